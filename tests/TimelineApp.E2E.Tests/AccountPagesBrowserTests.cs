using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using TimelineApp.Data.Access;

namespace TimelineApp.E2E.Tests;

/// <summary>
/// The admin's accounts page and audit export, and signing out (here, and everywhere), in a real browser. Each test that
/// signs out uses its own account, so the shared admin's sign-in stays valid for the other tests.
/// </summary>
public sealed class AccountPagesBrowserTests(AppFixture app)
{
    [Fact]
    public async Task TheAdmin_CreatesAnAccount_AndChangesItsRole_OnTheAccountsPage()
    {
        Assert.SkipUnless(AppFixture.ShouldRun, AppFixture.SkipReason);
        string name = "newbie-" + Guid.NewGuid().ToString("N")[..6];
        var page = await app.OpenAsync("/admin/users");

        await page.Locator("input[data-testid=new-user-name], [data-testid=new-user-name] input").First.FillAsync(name);
        await page.Locator("input[data-testid=new-user-password], [data-testid=new-user-password] input").First.FillAsync(AppFixture.Password);
        await page.Locator("[data-testid=new-user-create]").ClickAsync();
        await Assertions.Expect(page.Locator("[data-testid=users-message]")).ToContainTextAsync($"Account {name} created (viewer)");
        var row = page.Locator($"[data-testid=user-row][data-name='{name}']");
        await Assertions.Expect(row).ToHaveCountAsync(1);

        await row.Locator("[data-testid=user-role]").ClickAsync();
        await page.Locator(".mud-popover-open .mud-list-item").Filter(new() { HasText = "editor" }).ClickAsync();
        await Assertions.Expect(page.Locator("[data-testid=users-message]")).ToContainTextAsync($"{name} is now editor");
        var listed = await app.Services.GetRequiredService<AccountService>().ListAsync(AccountService.Operator, TestContext.Current.CancellationToken);
        Assert.Equal(AccountRole.Editor, listed.Single(a => a.Name == name).Role);

        // A short password is refused with the reason, and no account is made.
        await page.Locator("input[data-testid=new-user-name], [data-testid=new-user-name] input").First.FillAsync(name + "-2");
        await page.Locator("input[data-testid=new-user-password], [data-testid=new-user-password] input").First.FillAsync("short");
        await page.Locator("[data-testid=new-user-create]").ClickAsync();
        await Assertions.Expect(page.Locator("[data-testid=users-message]")).ToContainTextAsync("at least 12");
        Assert.DoesNotContain(await app.Services.GetRequiredService<AccountService>().ListAsync(AccountService.Operator, TestContext.Current.CancellationToken), a => a.Name == name + "-2");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task OnlyAnAdmin_OpensTheAccountsPage_AndExportsTheAuditLog()
    {
        Assert.SkipUnless(AppFixture.ShouldRun, AppFixture.SkipReason);
        var viewer = await app.OpenAsync("/admin/users", account: "e2e-viewer", role: AccountRole.Viewer);
        await Assertions.Expect(viewer.Locator("[data-testid=not-allowed]")).ToBeVisibleAsync();
        Assert.Equal(0, await viewer.Locator("[data-testid=users-table]").CountAsync());
        var refused = await viewer.Context.APIRequest.GetAsync(app.BaseUrl + "/admin/audit.csv", new() { MaxRedirects = 0 });
        Assert.NotEqual(200, refused.Status);
        Assert.DoesNotContain("at,actor", await refused.TextAsync(), StringComparison.Ordinal);
        await viewer.Context.CloseAsync();

        var admin = await app.OpenAsync("/admin/audit");
        var download = await admin.RunAndWaitForDownloadAsync(() => admin.Locator("[data-testid=audit-export]").ClickAsync());
        Assert.Equal("audit-log.csv", download.SuggestedFilename);
        string csv = await File.ReadAllTextAsync((await download.PathAsync())!, TestContext.Current.CancellationToken);
        Assert.StartsWith("at,actor,via,action,dataset,target,detail", csv, StringComparison.Ordinal);
        Assert.Contains(",AccountCreate,", csv, StringComparison.Ordinal);
        await admin.Context.CloseAsync();
    }

    [Fact]
    public async Task SignOut_EndsThisBrowsersSession_AndSignOutEverywhere_EndsTheOthers()
    {
        Assert.SkipUnless(AppFixture.ShouldRun, AppFixture.SkipReason);
        string name = "leaver-" + Guid.NewGuid().ToString("N")[..6];

        // Sign out: this browser is sent to sign-in again.
        var page = await app.OpenAsync("/datasets", account: name, role: AccountRole.Admin);
        await page.Locator("[data-testid=sign-out]").ClickAsync();
        await page.WaitForURLAsync(app.BaseUrl + "/**");
        await page.GotoAsync(app.BaseUrl + "/datasets");
        Assert.Contains("/account/login", page.Url, StringComparison.Ordinal);
        await page.Context.CloseAsync();

        // Everywhere: a second browser of the same account keeps its cookie, yet the server refuses it from then on.
        var here = await app.OpenAsync("/datasets", account: name, role: AccountRole.Admin);
        var elsewhere = await app.OpenAsync("/datasets", account: name, role: AccountRole.Admin);
        Assert.Equal(200, (await elsewhere.Context.APIRequest.GetAsync(app.BaseUrl + "/admin/audit.csv", new() { MaxRedirects = 0 })).Status);
        await here.Locator("[data-testid=sign-out-everywhere]").ClickAsync();
        await here.WaitForURLAsync(app.BaseUrl + "/**");
        await here.GotoAsync(app.BaseUrl + "/datasets");
        Assert.Contains("/account/login", here.Url, StringComparison.Ordinal);

        var stale = await elsewhere.Context.APIRequest.GetAsync(app.BaseUrl + "/admin/audit.csv", new() { MaxRedirects = 0 });
        Assert.Equal((int)HttpStatusCode.Forbidden, stale.Status); // the security stamp it carries is no longer the account's
        await here.Context.CloseAsync();
        await elsewhere.Context.CloseAsync();
    }
}
