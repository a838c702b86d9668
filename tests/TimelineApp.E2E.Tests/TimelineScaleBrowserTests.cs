using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using NodaTime;
using NodaTime.Text;
using TimelineApp.Core.Documents;
using Capture = TimelineApp.Core.Documents.Capture;
using TimelineApp.Core.Events;
using TimelineApp.Core.Pipeline;

namespace TimelineApp.E2E.Tests;

/// <summary>
/// The axis at real scale in a real browser: a first view that fits the story, edge counts that lead to every
/// other event, lanes that drop nothing, a list that follows the view, and titles readable on the axis.
/// </summary>
public sealed partial class TimelineScaleBrowserTests(AppFixture app)
{
    private static readonly LocalDate Captured = new(2025, 7, 14);

    /// <summary>
    /// Shaped like news: most events in the weeks before the capture, some months back, a few in past decades and
    /// centuries (history mentioned in passing), a couple ahead. Each event has at most one country.
    /// </summary>
    private static List<TimelineEvent> NewsShaped()
    {
        var random = new Random(7);
        string[] countries = ["NOR", "ISL", "GBR", ""];
        var events = new List<TimelineEvent>();
        TimelineEvent Add(string id, LocalDate first, LocalDate last, string title)
        {
            string country = countries[events.Count % countries.Length];
            var e = SeededDataset.Day(id, first, title, country.Length == 0 ? [] : [country]);
            if (last != default && last != first)
            {
                e = e with { End = last.PlusDays(1).AtStartOfDayInZone(DateTimeZone.Utc).ToInstant(), LastDay = last, Precision = Core.Dates.TimePrecision.Year };
            }

            events.Add(e);
            return e;
        }

        for (int i = 0; i < 180; i++)
        {
            Add($"recent{i}", Captured.PlusDays(-random.Next(0, 42)), default, $"Recent happening {i}");
        }

        for (int i = 0; i < 10; i++)
        {
            Add($"months{i}", Captured.PlusDays(-random.Next(60, 365)), default, $"Earlier this year {i}");
        }

        foreach (int year in new[] { 1985, 1990, 2001, 2008 })
        {
            var first = new LocalDate(year, 1, 1);
            Add($"year{year}", first, new LocalDate(year, 12, 31), $"Back in {year}");
        }

        Add("century11", new LocalDate(1001, 1, 1), new LocalDate(1100, 12, 31), "A temple built in the 11th century");
        Add("century20", new LocalDate(1901, 1, 1), new LocalDate(2000, 12, 31), "The worst crisis of the 20th century");
        Add("ahead1", Captured.PlusDays(20), default, "Talks resume");
        Add("ahead2", Captured.PlusDays(45), default, "Vote expected");
        return [.. events.Select(e => e.LastDay == default ? e with { LastDay = e.FirstDay } : e)];
    }

    private static async Task<(Instant Start, Instant End)> WindowAsync(IPage page)
    {
        var axis = page.Locator("[data-testid=timeline-axis]");
        var start = InstantPattern.ExtendedIso.Parse((await axis.GetAttributeAsync("data-window-start"))!).GetValueOrThrow();
        var end = InstantPattern.ExtendedIso.Parse((await axis.GetAttributeAsync("data-window-end"))!).GetValueOrThrow();
        return (start, end);
    }

    // As the page lists them: every event that touches the window.
    private static bool InWindow(TimelineEvent e, (Instant Start, Instant End) w) => e.End >= w.Start && e.Start <= w.End;

    private static async Task<int> ListedAsync(IPage page) =>
        int.Parse(ListedCount().Match(await page.Locator("[data-testid=list-scope]").InnerTextAsync()).Groups[1].Value, CultureInfo.InvariantCulture);

    [Fact]
    public async Task NewsShapedData_TheFirstViewHoldsTheStory_AndTheEdgeCountsLeadToEveryOtherEvent()
    {
        Assert.SkipUnless(AppFixture.ShouldRun, AppFixture.SkipReason);
        var events = NewsShaped();
        var id = await SeededDataset.AddAsync(app.Services, "news-shaped", events);
        var page = await app.OpenAsync($"/?dataset={id:N}");

        var first = await WindowAsync(page);
        int inside = events.Count(e => InWindow(e, first));
        Assert.True(inside >= 0.9 * events.Count, $"{inside} of {events.Count} events in the first view {first}");
        var shortest = ShortestSpanHolding(events, (int)Math.Ceiling(0.9 * events.Count));
        Assert.True(first.End - first.Start <= shortest * 3, $"first view {first.End - first.Start} against a shortest 90% span of {shortest}");

        // Every event outside the first view is reached by following the edge counts.
        var seen = events.Where(e => InWindow(e, first)).Select(e => e.Id).ToHashSet(StringComparer.Ordinal);
        foreach (string edge in new[] { "edge-earlier", "edge-later" })
        {
            await page.Locator("[data-testid=timeline-axis]").FocusAsync();
            await page.Keyboard.PressAsync("Home");
            await Assertions.Expect(page.Locator("[data-testid=timeline-axis]")).ToHaveAttributeAsync("data-window-start", first.Start.ToString());
            for (int step = 0; step < 10 && await page.Locator($"[data-testid={edge}]").CountAsync() > 0; step++)
            {
                var before = await WindowAsync(page);
                await page.Locator($"[data-testid={edge}]").ClickAsync();
                await Assertions.Expect(page.Locator("[data-testid=timeline-axis]")).Not.ToHaveAttributeAsync("data-window-start", before.Start.ToString());
                var now = await WindowAsync(page);
                seen.UnionWith(events.Where(e => InWindow(e, now)).Select(e => e.Id));
            }
        }

        Assert.Empty(events.Where(e => !seen.Contains(e.Id)).Select(e => e.Id));
    }

    [Fact]
    public async Task InLanesByCountry_EveryEventIsDrawnInSomeLane_AndZoomingChangesTheList()
    {
        Assert.SkipUnless(AppFixture.ShouldRun, AppFixture.SkipReason);
        var events = NewsShaped();
        var id = await SeededDataset.AddAsync(app.Services, "news-shaped lanes", events);
        var page = await app.OpenAsync($"/?dataset={id:N}&lanes=country");
        await page.Locator("[data-testid=fit-all]").ClickAsync();
        await Assertions.Expect(page.Locator("[data-testid=edge-earlier]")).ToHaveCountAsync(0);
        await Assertions.Expect(page.Locator("g.lane[data-lane='']")).ToHaveCountAsync(1);

        // Each event has at most one country, so the marks and the bubbles' counts over all lanes add up to all of them
        // (a bubble's leader, drawn beside it, is counted by its bubble).
        int marks = await page.Locator("g.lane g.mark:not(.leader)").CountAsync();
        int inBubbles = 0;
        foreach (string count in await page.Locator("g.lane [data-testid=cluster] text").AllTextContentsAsync())
        {
            inBubbles += int.Parse(count, CultureInfo.InvariantCulture);
        }

        Assert.Equal(events.Count, marks + inBubbles);

        // The list follows the window: zooming in leaves out what the window no longer shows.
        await page.Locator("[data-testid=timeline-axis]").FocusAsync();
        await page.Keyboard.PressAsync("Home");
        await Assertions.Expect(page.Locator("[data-testid=event-row]")).Not.ToHaveCountAsync(0);
        int before = await ListedAsync(page);
        var window = await WindowAsync(page);
        await page.Locator("[data-testid=zoom-in]").ClickAsync();
        await Assertions.Expect(page.Locator("[data-testid=timeline-axis]")).Not.ToHaveAttributeAsync("data-window-start", window.Start.ToString());
        var half = await WindowAsync(page);
        await page.Locator("[data-testid=zoom-in]").ClickAsync();
        await Assertions.Expect(page.Locator("[data-testid=timeline-axis]")).Not.ToHaveAttributeAsync("data-window-start", half.Start.ToString());
        // Two clicks make two navigations: the window and the list settle together, read until they agree (or time runs out).
        int expected = -1, listed = -2;
        for (var waited = TimeSpan.Zero; waited < TimeSpan.FromSeconds(15) && listed != expected; waited += TimeSpan.FromMilliseconds(200))
        {
            await page.WaitForTimeoutAsync(200);
            var zoomed = await WindowAsync(page);
            expected = events.Count(e => InWindow(e, zoomed));
            listed = await ListedAsync(page);
        }

        Assert.Equal(expected, listed);
        Assert.True(expected < before, $"{expected} rows after zooming in, {before} before");
    }

    [Fact]
    public async Task ManyCountries_TheBusiestLanesComeFirst_AndShowMoreDrawsTheRest()
    {
        Assert.SkipUnless(AppFixture.ShouldRun, AppFixture.SkipReason);
        string[] codes = ["NOR", "ISL", "GBR", "FRA", "DEU", "ESP", "ITA", "POL", "SWE", "FIN", "DNK", "NLD", "BEL", "AUT", "CHE", "PRT", "IRL", "GRC", "CZE", "HUN"];
        // Country i has 21 - i events, all in the five days before the capture (so all in the first view): the busiest
        // lanes are the first codes.
        var events = codes.SelectMany((code, i) => Enumerable.Range(0, 21 - i)
            .Select(k => SeededDataset.Day($"{code}{k}", Captured.PlusDays(-(k % 5)), $"{code} happening {k}", code))).ToList();
        var id = await SeededDataset.AddAsync(app.Services, "twenty countries", events);
        var page = await app.OpenAsync($"/?dataset={id:N}&lanes=country");

        var lanes = page.Locator("g.lane");
        await Assertions.Expect(lanes).ToHaveCountAsync(12);
        Assert.Equal(codes.Take(12), await lanes.EvaluateAllAsync<string[]>("ls => ls.map(l => l.dataset.lane)"));
        int onlyInHidden = Enumerable.Range(12, 8).Sum(i => 21 - i);
        await Assertions.Expect(page.Locator("[data-testid=hidden-lanes]")).ToContainTextAsync($"8 more countries not drawn ({onlyInHidden} events only there)");

        await page.Locator("[data-testid=more-lanes]").ClickAsync();
        await Assertions.Expect(lanes).ToHaveCountAsync(20);
        await Assertions.Expect(page.Locator("[data-testid=hidden-lanes]")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task Escape_ClosesTheDetail_AndFocusReturnsToTheRow()
    {
        Assert.SkipUnless(AppFixture.ShouldRun, AppFixture.SkipReason);
        var id = await SeededDataset.AddAsync(app.Services, "escape", NewsShaped());
        var page = await app.OpenAsync($"/?dataset={id:N}");

        var row = page.Locator("[data-testid=event-row]").Nth(2);
        string eventId = (await row.GetAttributeAsync("data-event"))!;
        await page.Locator($"[data-testid=event-row][data-event='{eventId}']").FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page).ToHaveURLAsync(new Regex($"event={eventId}"));
        await Assertions.Expect(page.Locator("[data-testid=detail-title]")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator($"g.mark.selected[data-event='{eventId}']")).ToHaveCountAsync(1);

        await page.Keyboard.PressAsync("Escape");

        await Assertions.Expect(page.Locator("[data-testid=detail-title]")).ToHaveCountAsync(0);
        await Assertions.Expect(page.Locator($"[data-testid=event-row][data-event='{eventId}']")).ToBeFocusedAsync();
    }

    [Fact]
    public async Task TheExampleDump_FirstViewShowsEveryEventOfJuly2025_WithoutABubble()
    {
        Assert.SkipUnless(AppFixture.ShouldRun, AppFixture.SkipReason);
        string? seeds = SharedFolder("seeds");
        Assert.SkipWhen(seeds is null, "The example dump is in ../shared/seeds beside the repository.");
        string dump = Directory.GetFiles(seeds!, "*.txt").Order(StringComparer.Ordinal).First();
        var result = TimelinePipeline.CreateDefault().Process(await File.ReadAllTextAsync(dump, TestContext.Current.CancellationToken), new Capture(Instant.FromUtc(2025, 7, 14, 15, 0), DateTimeZone.Utc), cancellationToken: TestContext.Current.CancellationToken);
        var id = await SeededDataset.AddResultAsync(app.Services, "example dump", result);
        var page = await app.OpenAsync($"/?dataset={id:N}", 1440, 900);

        var july = result.Events.Where(e => e.FirstDay >= new LocalDate(2025, 7, 1) && e.LastDay <= new LocalDate(2025, 7, 31)).ToList();
        Assert.NotEmpty(july);
        await page.ScreenshotAsync(new() { Path = Path.Combine(AppFixture.ArtifactsDirectory, "example-first-view.png"), FullPage = true });
        await Assertions.Expect(page.Locator("[data-testid=cluster]")).ToHaveCountAsync(0);
        foreach (var e in july)
        {
            await Assertions.Expect(page.Locator($"g.mark[data-event='{e.Id}']")).ToHaveCountAsync(1);
        }
    }

    /// <summary>
    /// 256 real news articles (TBAQ, 1998–2000, as JSON articles; about 1,500 events): the first view at 1440×900 shows at least 30
    /// titles, measured in the browser, no two overlapping.
    /// </summary>
    [Fact]
    public async Task RealNewsAtScale_ThirtyTitlesAreReadableOnTheAxis_NoneOverlapping()
    {
        Assert.SkipUnless(AppFixture.ShouldRun, AppFixture.SkipReason);
        string? tbaq = SharedFolder(Path.Combine("corpora", "tbaq"));
        Assert.SkipWhen(tbaq is null, "TBAQ is in ../shared/corpora/tbaq beside the repository.");
        var capture = new Capture(Instant.FromUtc(2000, 5, 1, 0, 0), DateTimeZone.Utc);
        var result = TimelinePipeline.CreateDefault(maxParallelism: Environment.ProcessorCount).Process(TbaqAsJsonArticles(tbaq!), capture, cancellationToken: TestContext.Current.CancellationToken);
        Assert.True(result.Events.Count > 1000, $"{result.Events.Count} events");
        var id = await SeededDataset.AddResultAsync(app.Services, "tbaq", result);
        var page = await app.OpenAsync($"/?dataset={id:N}", 1440, 900);
        await Assertions.Expect(page.Locator("text.mark-label").First).ToBeVisibleAsync();
        await page.ScreenshotAsync(new() { Path = Path.Combine(AppFixture.ArtifactsDirectory, "scale-first-view.png") });

        var labels = await page.EvaluateAsync<LabelBox[]>(
            "() => Array.from(document.querySelectorAll('svg.timeline-axis text.mark-label')).map(t => { const r = t.getBoundingClientRect(); return { text: t.textContent, x: r.x, y: r.y, width: r.width, height: r.height }; })");
        var readable = labels.Where(l => l.Text.TrimEnd('…').Length >= 8 && l.Height >= 9 && l.Width > 0).ToList();
        Assert.True(readable.Count >= 30, $"{readable.Count} readable titles of {labels.Length} labels among {result.Events.Count} events");
        foreach (var a in labels)
        {
            var overlapping = labels.Where(b => !ReferenceEquals(a, b) && a.X < b.X + b.Width - 0.5 && b.X < a.X + a.Width - 0.5 && a.Y < b.Y + b.Height - 0.5 && b.Y < a.Y + a.Height - 0.5).ToList();
            Assert.True(overlapping.Count == 0, $"'{a.Text}' overlaps '{overlapping.FirstOrDefault()?.Text}'");
        }
    }

    private sealed class LabelBox
    {
        public string Text { get; set; } = string.Empty;

        public double X { get; set; }

        public double Y { get; set; }

        public double Width { get; set; }

        public double Height { get; set; }
    }

    private static Duration ShortestSpanHolding(List<TimelineEvent> events, int count)
    {
        var points = events.Select(e => e.Start).Order().ToList();
        var best = Duration.MaxValue;
        for (int i = 0; i + count - 1 < points.Count; i++)
        {
            var span = points[i + count - 1] - points[i];
            best = span < best ? span : best;
        }

        return Duration.Max(best, Duration.FromDays(1));
    }

    /// <summary>A folder of ../shared beside the repository, or null when it is not there.</summary>
    private static string? SharedFolder(string relative)
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "TimelineApp.sln")))
        {
            dir = dir.Parent;
        }

        string? path = dir is null ? null : Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared", relative));
        return path is not null && Directory.Exists(path) ? path : null;
    }

    /// <summary>TimeML files as a JSON articles dump: the title, the text without its tags, the creation date as published.</summary>
    private static string TbaqAsJsonArticles(string folder)
    {
        var articles = Directory.GetFiles(folder, "*.tml", SearchOption.AllDirectories).Order(StringComparer.Ordinal).Select(file =>
        {
            string xml = File.ReadAllText(file);
            string Element(string name) => System.Net.WebUtility.HtmlDecode(Tags().Replace(Regex.Match(xml, $"<{name}>(.*?)</{name}>", RegexOptions.Singleline, TimeSpan.FromSeconds(1)).Groups[1].Value, string.Empty)).Trim();
            string dct = Regex.Match(xml, "functionInDocument=\"CREATION_TIME\">([0-9-]{10})", RegexOptions.None, TimeSpan.FromSeconds(1)).Groups[1].Value;
            return new { title = Element("TITLE"), text = Element("TEXT"), published = dct, source = Path.GetFileName(Path.GetDirectoryName(file)) };
        });
        return JsonSerializer.Serialize(articles, JsonSerializerOptions.Web);
    }

    [GeneratedRegex(@"Listing the (\d+) events", RegexOptions.None, 1000)]
    private static partial Regex ListedCount();

    [GeneratedRegex("<[^>]+>", RegexOptions.None, 1000)]
    private static partial Regex Tags();
}
