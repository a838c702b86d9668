using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using TimelineApp.Core.Samples;
using TimelineApp.Data.Entities;
using TimelineApp.Data.Storage;

namespace TimelineApp.E2E.Tests;

public sealed class TimelineBrowserTests(AppFixture app)
{
    private const string Dump = """

        Coastal states sign fisheries accord after talks in Reykjavik
        REYKJAVIK--Iceland and Norway signed a fisheries accord on Saturday after three days of talks on shared cod stocks.
        Norwegian Fisheries Minister Sigrid Aune said the accord would be reviewed next month.
        The two countries last agreed on quotas in June 2019.
        Separately, Denmark said on Friday it would review its own herring quotas.

        Comments
        No comments yet...

        North Atlantic Post
        3 hours ago
        - North Atlantic Post
        Fishing crews welcome accord
        Fishing crews in Iceland welcomed the accord on Sunday and said quotas were fair.
        """;

    [Fact]
    public async Task FirstPage_ShowsTheSampleTimeline()
    {
        Assert.SkipUnless(AppFixture.ShouldRun, AppFixture.SkipReason);
        // Other tests add datasets to the same app while this one runs, and "/" opens the newest: open the sample by id.
        var page = await app.OpenAsync($"/?dataset={await SampleIdAsync():N}");

        await Assertions.Expect(page.Locator("[data-testid=event-row]").First).ToBeVisibleAsync();
        // The list renders its rows as the circuit sends them: wait for the condition, not for a fixed time.
        await page.WaitForFunctionAsync("() => document.querySelectorAll('[data-testid=event-row]').length >= 5");
        Assert.True(await page.Locator("g.mark, [data-testid=cluster]").CountAsync() >= 1);
        await page.ScreenshotAsync(new() { Path = Path.Combine(AppFixture.ArtifactsDirectory, "sample-timeline.png"), FullPage = true });
    }

    [Fact]
    public async Task TheList_IsKeyboardNavigable_ArrowsMoveEnterOpens()
    {
        Assert.SkipUnless(AppFixture.ShouldRun, AppFixture.SkipReason);
        var page = await app.OpenAsync($"/?dataset={await SampleIdAsync():N}");
        var rows = page.Locator("[data-testid=event-row]");
        await Assertions.Expect(rows.First).ToBeVisibleAsync();

        string? second = await rows.Nth(1).GetAttributeAsync("data-event");
        await rows.First.FocusAsync();
        await page.Keyboard.PressAsync("ArrowDown");
        await Assertions.Expect(rows.Nth(1)).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Enter");

        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("[?&]event="));
        await Assertions.Expect(page.Locator("[data-testid=event-row][aria-selected=true]")).ToHaveAttributeAsync("data-event", second!);
    }

    [Fact]
    public async Task UploadFilterDetailAndSharedUrl_WorkEndToEnd()
    {
        Assert.SkipUnless(AppFixture.ShouldRun, AppFixture.SkipReason);
        string file = Path.Combine(Path.GetTempPath(), $"fisheries-{Guid.NewGuid():N}.txt");
        await File.WriteAllTextAsync(file, Dump, TestContext.Current.CancellationToken);
        try
        {
            var page = await app.OpenAsync("/upload");
            await UploadPageDriver.ChooseFileAsync(page, file);
            await page.Locator("input[data-testid=captured-at], [data-testid=captured-at] input").First.FillAsync("2025-07-14T15:00");
            await page.Locator("[data-testid=submit-upload]").ClickAsync();

            // On success the new dataset's timeline opens.
            try
            {
                await Assertions.Expect(page.Locator("[data-testid=event-row]").First).ToBeVisibleAsync(new() { Timeout = 60_000 });
            }
            catch (PlaywrightException)
            {
                await page.ScreenshotAsync(new() { Path = Path.Combine(AppFixture.ArtifactsDirectory, "upload-failure.png"), FullPage = true });
                throw;
            }

            Assert.Contains("dataset=", page.Url, StringComparison.Ordinal);
            var rows = page.Locator("[data-testid=event-row]");
            await Assertions.Expect(rows.Filter(new() { HasText = "signed a fisheries accord" }).Filter(new() { HasText = "Sat 2025-07-12" })).ToHaveCountAsync(1);
            int all = await rows.CountAsync();

            // Filter by a country through the URL-backed filter bar.
            var countryBox = page.Locator("input[data-testid=filter-countries], [data-testid=filter-countries] input").First;
            await countryBox.ClickAsync();
            await countryBox.PressSequentiallyAsync("Norw");
            await page.Locator(".mud-popover-open .mud-list-item", new() { HasText = "Norway" }).ClickAsync();
            try
            {
                await Assertions.Expect(rows).Not.ToHaveCountAsync(all);
            }
            catch (PlaywrightException)
            {
                await page.ScreenshotAsync(new() { Path = Path.Combine(AppFixture.ArtifactsDirectory, "filter-failure.png"), FullPage = true });
                throw;
            }

            await page.Keyboard.PressAsync("Escape");
            Assert.Contains("country=NOR", page.Url, StringComparison.Ordinal);
            int filtered = await rows.CountAsync();
            Assert.InRange(filtered, 1, all - 1);
            foreach (string text in await rows.AllInnerTextsAsync())
            {
                Assert.Contains("NOR", text, StringComparison.Ordinal);
            }

            // Open an event: its evidence is highlighted.
            await rows.Filter(new() { HasText = "Sat 2025-07-12" }).First.ClickAsync();
            await Assertions.Expect(page.Locator("[data-testid=evidence-phrase]").First).ToHaveTextAsync("Saturday");
            await page.ScreenshotAsync(new() { Path = Path.Combine(AppFixture.ArtifactsDirectory, "uploaded-timeline.png"), FullPage = true });

            // The URL carries the whole view: a new page shows the same.
            var copy = await app.NewPageAsync(new() { TimezoneId = "UTC" });
            await copy.GotoAsync(page.Url);
            await Assertions.Expect(copy.Locator("[data-testid=evidence-phrase]").First).ToHaveTextAsync("Saturday");
            await Assertions.Expect(copy.Locator("[data-testid=event-row]")).ToHaveCountAsync(filtered);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public async Task UploadingABinaryFile_SaysSoPlainly()
    {
        Assert.SkipUnless(AppFixture.ShouldRun, AppFixture.SkipReason);
        string file = Path.Combine(Path.GetTempPath(), $"binary-{Guid.NewGuid():N}.txt");
        await File.WriteAllBytesAsync(file, [0x7F, 0x45, 0x4C, 0x46, 0, 0, 0, 1, 2, 3], TestContext.Current.CancellationToken);
        try
        {
            var page = await app.OpenAsync("/upload");
            await UploadPageDriver.ChooseFileAsync(page, file);
            await page.Locator("[data-testid=submit-upload]").ClickAsync();

            await Assertions.Expect(page.Locator("[data-testid=job-progress]")).ToContainTextAsync("binary", new() { Timeout = 90_000 });
        }
        finally
        {
            File.Delete(file);
        }
    }

    /// <summary>The bundled sample's dataset id, once the app has finished loading it at start-up.</summary>
    private async Task<Guid> SampleIdAsync()
    {
        var store = app.Services.GetRequiredService<DatasetStore>();
        for (var waited = TimeSpan.Zero; waited < TimeSpan.FromSeconds(60); waited += TimeSpan.FromMilliseconds(250))
        {
            var sample = (await store.ListAsync()).FirstOrDefault(d => d.Name == SampleDump.Name && d.Status == DatasetStatus.Ready);
            if (sample is not null)
            {
                return sample.Id;
            }

            await Task.Delay(250);
        }

        throw new TimeoutException("The bundled sample was not loaded within a minute of start-up.");
    }
}
