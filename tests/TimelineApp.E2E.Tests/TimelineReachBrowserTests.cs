using Microsoft.Playwright;
using NodaTime;
using TimelineApp.Core.Events;

namespace TimelineApp.E2E.Tests;

/// <summary>Every event reachable from the axis in a real browser: bubbles that open, and the wheel zooming at the pointer.</summary>
public sealed class TimelineReachBrowserTests(AppFixture app)
{
    private static readonly LocalDate BusyDay = new(2025, 7, 10);

    private static List<TimelineEvent> Story() =>
    [
        .. Enumerable.Range(0, 16).Select(i => SeededDataset.Day($"busy{i}", BusyDay, $"Busy day event number {i:00}")),
        .. Enumerable.Range(0, 8).Select(i => SeededDataset.Day($"other{i}", BusyDay.PlusDays((3 * i) - 13), $"Other event {i}")),
    ];

    [Fact]
    public async Task ASameDayBubble_OpensIntoItsEvents_AndEachOneOpensItsDetail()
    {
        Assert.SkipUnless(AppFixture.ShouldRun, AppFixture.SkipReason);
        var id = await SeededDataset.AddAsync(app.Services, "same-day bubble", Story());
        var page = await app.OpenAsync($"/?dataset={id:N}");

        var bubble = page.Locator("[data-testid=cluster]");
        await Assertions.Expect(bubble).ToHaveCountAsync(1);
        await Assertions.Expect(bubble).ToHaveAttributeAsync("aria-label", new System.Text.RegularExpressions.Regex("^16 events: Busy day event number"));
        await bubble.ClickAsync();

        var items = page.Locator("[data-testid=cluster-event]");
        await Assertions.Expect(items).ToHaveCountAsync(16);
        await page.ScreenshotAsync(new() { Path = Path.Combine(AppFixture.ArtifactsDirectory, "bubble-open.png") });
        for (int i = 0; i < 16; i++)
        {
            await page.Locator($"[data-testid=cluster-event][data-event=busy{i}]").ClickAsync();
            await Assertions.Expect(page.Locator("[data-testid=detail-title]")).ToHaveTextAsync($"Busy day event number {i:00}");
            await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex($"event=busy{i}"));
        }
    }

    [Fact]
    public async Task TheWheel_ZoomsAroundThePointer_TheMarkUnderItStaysUnderIt()
    {
        Assert.SkipUnless(AppFixture.ShouldRun, AppFixture.SkipReason);
        var id = await SeededDataset.AddAsync(app.Services, "wheel", Story());
        var page = await app.OpenAsync($"/?dataset={id:N}");

        // A mark well to the left of the middle: zooming around the centre would move it by many pixels.
        await Assertions.Expect(page.Locator("g.mark circle").First).ToBeVisibleAsync();
        var axis = (await page.Locator("[data-testid=timeline-axis]").BoundingBoxAsync())!;
        ILocator? mark = null;
        foreach (string markId in (await page.Locator("g.mark").EvaluateAllAsync<string[]>("marks => marks.map(m => m.dataset.event)")).Order(StringComparer.Ordinal))
        {
            var candidate = page.Locator($"g.mark[data-event={markId}] circle");
            if (await candidate.BoundingBoxAsync() is { } box && box.X < axis.X + (axis.Width * 0.4))
            {
                mark = candidate;
                break;
            }
        }

        Assert.NotNull(mark);
        var before = (await mark.BoundingBoxAsync())!;
        double x = before.X + (before.Width / 2), y = before.Y + (before.Height / 2);

        await page.Mouse.MoveAsync((float)x, (float)y);
        await page.Mouse.WheelAsync(0, -120);

        // The page marks which address its view was computed for: once that holds a window, the zoom is drawn.
        await Assertions.Expect(page.Locator("[data-testid=event-count]")).ToHaveAttributeAsync("data-view", new System.Text.RegularExpressions.Regex("win="));

        var after = (await mark.BoundingBoxAsync())!;
        double moved = after.X + (after.Width / 2) - x;
        Assert.True(Math.Abs(moved) < 3, $"the mark moved {moved:0.#} px");
    }
}
