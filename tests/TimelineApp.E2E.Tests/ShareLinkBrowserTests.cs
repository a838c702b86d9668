using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using NodaTime;
using TimelineApp.Core.Entities;
using TimelineApp.Data;
using TimelineApp.Data.Access;
using TimelineApp.Data.Entities;

namespace TimelineApp.E2E.Tests;

/// <summary>
/// A read-only share link in a real browser: the admin makes one for a filtered view of a private dataset; someone with
/// no account opens it and sees that view and nothing else (no navigation, no other dataset, no filters to change);
/// revoking it ends it.
/// </summary>
public sealed class ShareLinkBrowserTests(AppFixture app)
{
    [Fact]
    public async Task AShareLink_ShowsOneView_ToSomeoneWithoutAnAccount_UntilRevoked()
    {
        Assert.SkipUnless(AppFixture.ShouldRun, AppFixture.SkipReason);
        var day = new LocalDate(2025, 7, 10);
        var id = await SeededDataset.AddAsync(app.Services, "private story to share",
        [
            SeededDataset.Day("kor-1", day, "Seoul summit opens", "KOR"),
            SeededDataset.Day("kor-2", day.PlusDays(1), "Seoul summit closes", "KOR"),
            SeededDataset.Day("jpn-1", day.PlusDays(2), "Tokyo answers", "JPN"),
        ], [new Country("KOR", "South Korea"), new Country("JPN", "Japan")]);

        var admin = await app.OpenAsync($"/?dataset={id:N}&country=KOR");
        await Assertions.Expect(admin.Locator("[data-testid=event-count]")).ToContainTextAsync("2 of 3 events");
        await admin.Locator("[data-testid=share-open]").ClickAsync();
        await admin.Locator("[data-testid=share-create]").ClickAsync();
        var linkBox = admin.Locator("input[data-testid=share-link], [data-testid=share-link] input").First;
        await Assertions.Expect(linkBox).ToHaveValueAsync(new System.Text.RegularExpressions.Regex("/s/[A-Za-z0-9_-]{40,}$"));
        string link = await linkBox.InputValueAsync();
        Assert.StartsWith(app.BaseUrl + "/s/", link, StringComparison.Ordinal);

        // Someone with no account (anonymous reading is off in this app).
        await using var stranger = await app.Browser.NewContextAsync(new() { TimezoneId = "UTC" });
        var page = await stranger.NewPageAsync();
        await page.GotoAsync(link);
        await page.Locator("[data-interactive=true]").WaitForAsync();
        await Assertions.Expect(page.Locator("[data-testid=share-title]")).ToHaveTextAsync("private story to share");
        await Assertions.Expect(page.Locator("[data-testid=event-count]")).ToContainTextAsync("2 events");
        await Assertions.Expect(page.Locator("[data-testid=share-filters]")).ToContainTextAsync("KOR");
        await Assertions.Expect(page.Locator("[data-testid=event-row]")).ToHaveCountAsync(2);
        Assert.Equal(0, await page.Locator("[data-testid=event-row]").Filter(new() { HasText = "Tokyo" }).CountAsync());

        // Nothing leads elsewhere: no navigation, no dataset picker, no filters, no sign-in, no links at all.
        Assert.Equal(0, await page.Locator("[data-testid^=nav-], [data-testid=dataset-select], [data-testid=filter-bar], [data-testid=sign-in], [data-testid=share-open]").CountAsync());
        Assert.Equal(0, await page.Locator("a[href]").CountAsync());

        // The event detail opens, read-only: its chips add no filter and the address stays the link.
        await page.Locator("[data-testid=event-row]").First.ClickAsync();
        await Assertions.Expect(page.Locator("[data-testid=detail-country]").First).ToBeVisibleAsync();
        await page.Locator("[data-testid=detail-country]").First.ClickAsync();
        Assert.Equal(link, page.Url);
        await Assertions.Expect(page.Locator("[data-testid=event-row]")).ToHaveCountAsync(2);

        // The link is not a key to the rest of the app.
        await page.GotoAsync(app.BaseUrl + $"/?dataset={id:N}");
        Assert.Contains("/account/login", page.Url, StringComparison.Ordinal);
        await page.GotoAsync(link + "x");
        await Assertions.Expect(page.Locator("[data-testid=share-invalid]")).ToBeVisibleAsync();

        // Revoked: the same link opens nothing.
        await admin.ReloadAsync();
        await admin.Locator("[data-interactive=true]").WaitForAsync();
        await admin.Locator("[data-testid=share-open]").ClickAsync();
        await admin.Locator("[data-testid=share-revoke]").First.ClickAsync();
        await Assertions.Expect(admin.Locator("[data-testid=share-revoke]")).ToHaveCountAsync(0);
        await page.GotoAsync(link);
        await Assertions.Expect(page.Locator("[data-testid=share-invalid]")).ToBeVisibleAsync();
        Assert.Equal(0, await page.Locator("[data-testid=event-row]").CountAsync());
        await admin.Context.CloseAsync();
    }

    [Fact]
    public async Task AViewer_IsNotOfferedAShareLink()
    {
        Assert.SkipUnless(AppFixture.ShouldRun, AppFixture.SkipReason);
        var id = await SeededDataset.AddAsync(app.Services, "viewer cannot share", [SeededDataset.Day("e", new LocalDate(2025, 7, 1), "Something happens")]);
        await using (var db = await app.Services.GetRequiredService<IDbContextFactory<TimelineDbContext>>().CreateDbContextAsync(TestContext.Current.CancellationToken))
        {
            await db.Datasets.Where(d => d.Id == id).ExecuteUpdateAsync(s => s.SetProperty(d => d.Visibility, DatasetVisibility.SignedIn), TestContext.Current.CancellationToken);
        }

        var page = await app.OpenAsync($"/?dataset={id:N}", account: "e2e-viewer", role: AccountRole.Viewer);
        await Assertions.Expect(page.Locator("[data-testid=event-row]")).ToHaveCountAsync(1);
        Assert.Equal(0, await page.Locator("[data-testid=share-open]").CountAsync());
        await page.Context.CloseAsync();
    }
}
