using Microsoft.Playwright;

namespace TimelineApp.E2E.Tests;

/// <summary>The timeline on a phone (390 × 844): a menu instead of links, rows of date and title, no sideways scrolling.</summary>
public sealed class PhoneWidthBrowserTests(AppFixture app)
{
    private const int Width = 390;

    private async Task<IPage> OpenOnAPhoneAsync(string path)
    {
        var page = await app.NewPageAsync(new() { ViewportSize = new() { Width = Width, Height = 844 }, TimezoneId = "UTC", IsMobile = true, HasTouch = true });
        await page.GotoAsync(app.BaseUrl + path);
        await page.Locator("[data-interactive=true]").WaitForAsync();
        return page;
    }

    private static Task<int> SidewaysOverflowAsync(IPage page) =>
        page.EvaluateAsync<int>("() => document.scrollingElement.scrollWidth - document.scrollingElement.clientWidth");

    [Fact]
    public async Task AtPhoneWidth_TheNavigationIsAMenu_RowsShowDateAndTitle_AndNothingScrollsSideways()
    {
        Assert.SkipUnless(AppFixture.ShouldRun, AppFixture.SkipReason);
        var page = await OpenOnAPhoneAsync("/");
        var rows = page.Locator("[data-testid=event-row]");
        await Assertions.Expect(rows.First).ToBeVisibleAsync();

        // The page itself does not scroll sideways.
        Assert.Equal(0, await SidewaysOverflowAsync(page));

        // Navigation: the links are behind a menu that opens and leads to each page.
        await Assertions.Expect(page.Locator("[data-testid=nav-upload]")).ToBeHiddenAsync();
        await page.Locator("[data-testid=nav-menu] button").First.ClickAsync();
        var upload = page.GetByRole(AriaRole.Menuitem, new() { Name = "Upload" }).Or(page.Locator(".mud-menu-item", new() { HasText = "Upload" })).First;
        await Assertions.Expect(upload).ToBeVisibleAsync();
        var box = (await upload.BoundingBoxAsync())!;
        Assert.True(box.X >= 0 && box.X + box.Width <= Width, $"menu item at {box.X}..{box.X + box.Width}");
        await page.Keyboard.PressAsync("Escape");

        // Each row in view shows its date and its title inside the screen.
        int count = Math.Min(await rows.CountAsync(), 8);
        Assert.True(count >= 3, $"{count} rows");
        for (int i = 0; i < count; i++)
        {
            foreach (string part in new[] { "row-date", "row-title" })
            {
                var cell = rows.Nth(i).Locator($"[data-testid={part}]");
                await Assertions.Expect(cell).ToBeVisibleAsync();
                await Assertions.Expect(cell).Not.ToBeEmptyAsync();
                var b = (await cell.BoundingBoxAsync())!;
                Assert.True(b.X >= 0 && b.X + b.Width <= Width + 0.5, $"row {i} {part} at {b.X}..{b.X + b.Width}");
                bool clipped = await cell.EvaluateAsync<bool>("c => c.scrollWidth > c.clientWidth + 1");
                Assert.False(clipped, $"row {i} {part} is cut off sideways");
            }
        }

        // Opening the axis does not make the page scroll sideways either.
        await page.Locator(".axis-toggle").ClickAsync();
        await Assertions.Expect(page.Locator("[data-testid=timeline-axis]")).ToBeVisibleAsync();
        Assert.Equal(0, await SidewaysOverflowAsync(page));
        await page.ScreenshotAsync(new() { Path = Path.Combine(AppFixture.ArtifactsDirectory, "phone-timeline.png"), FullPage = true });
    }
}
