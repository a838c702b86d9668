using System.Net;
using System.Text;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using NodaTime;
using TimelineApp.Core.Documents;
using TimelineApp.Core.Samples;
using TimelineApp.Data;
using TimelineApp.Data.Access;
using TimelineApp.Data.Entities;
using TimelineApp.Data.Storage;

namespace TimelineApp.E2E.Tests;

/// <summary>
/// What each kind of person can open and do in a real browser: nobody (anonymous reading off, and on), a viewer, an
/// editor, an admin; and the lockout after repeated wrong passwords. Refusals leave the database as it was.
/// </summary>
public sealed class RoleBrowserTests(AppFixture app)
{
    private static readonly string[] GuardedPaths = ["/", "/datasets", "/upload", "/admin/audit"];

    [Fact]
    public async Task Anonymous_WithAnonymousReadOff_IsSentToSignIn_FromEveryPage()
    {
        Assert.SkipUnless(AppFixture.ShouldRun, AppFixture.SkipReason);
        await using var context = await app.Browser.NewContextAsync(new() { TimezoneId = "UTC" });
        var page = await context.NewPageAsync();
        foreach (string path in GuardedPaths)
        {
            await page.GotoAsync(app.BaseUrl + path);
            Assert.Contains("/account/login", page.Url, StringComparison.Ordinal);
            await Assertions.Expect(page.Locator("[data-testid=login-form]")).ToBeVisibleAsync();
        }
    }

    [Fact]
    public async Task Anonymous_WithAnonymousReadOn_ReadsPublicDatasetsOnly_AndCannotChangeAnything()
    {
        Assert.SkipUnless(AppFixture.ShouldRun, AppFixture.SkipReason);
        string directory = Directory.CreateTempSubdirectory("timeline-e2e-anon").FullName;
        try
        {
            await using var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(b =>
            {
                b.UseEnvironment("Development");
                b.UseSetting("Database:DataDirectory", directory);
                b.UseSetting("Sample:LoadWhenEmpty", "true");
                b.UseSetting("Accounts:AnonymousRead", "true");
            });
            factory.UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
            factory.StartServer();
            string baseUrl = factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First().TrimEnd('/');
            var sample = await WaitForSampleAsync(factory.Services);
            Assert.Equal(DatasetVisibility.Public, sample.Visibility);

            // Accounts exist (so this is the switch, not the first run), and one of them has a dataset shared with
            // everyone signed in: anonymous people must not see it.
            var ct = TestContext.Current.CancellationToken;
            var accounts = factory.Services.GetRequiredService<AccountService>();
            Assert.True((await accounts.CreateAsync(AccountService.Operator, "owner", AppFixture.Password, AccountRole.Editor, ct)).Succeeded);
            var owner = (await accounts.ActorForAsync("owner", "web", ct))!;
            using var dump = new MemoryStream([.. SampleDump.ReadBytes(), .. "\nmembers only"u8.ToArray()]);
            await factory.Services.GetRequiredService<DatasetActions>().UploadAsync(owner, dump, "members only", SampleDump.Capture, DatasetVisibility.SignedIn, ct);

            await using var context = await app.Browser.NewContextAsync(new() { TimezoneId = "UTC" });
            var page = await context.NewPageAsync();
            await page.GotoAsync(baseUrl + "/");
            await page.Locator("[data-interactive=true]").WaitForAsync();
            await Assertions.Expect(page.Locator("[data-testid=event-row]").First).ToBeVisibleAsync();

            await page.GotoAsync(baseUrl + "/datasets");
            await page.Locator("[data-interactive=true]").WaitForAsync();
            await Assertions.Expect(page.Locator("[data-testid=dataset-row]")).ToHaveCountAsync(1); // the public sample only
            await Assertions.Expect(page.Locator("[data-testid=dataset-name]")).ToHaveTextAsync(SampleDump.Name);
            Assert.Equal(0, await page.Locator("[data-testid=rename], [data-testid=delete], [data-testid=reprocess]").CountAsync());
            Assert.Equal(0, await page.Locator("[data-testid=nav-upload]").CountAsync());

            await page.GotoAsync(baseUrl + "/upload");
            Assert.Contains("/account/login", page.Url, StringComparison.Ordinal);
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(directory, recursive: true);
        }
    }

    [Fact]
    public async Task AViewer_ReadsButHasNoButtons_AndCannotOpenUploadOrAudit()
    {
        Assert.SkipUnless(AppFixture.ShouldRun, AppFixture.SkipReason);
        var page = await app.OpenAsync("/datasets", account: "e2e-viewer", role: AccountRole.Viewer);

        await Assertions.Expect(page.Locator("[data-testid=dataset-row]").First).ToBeVisibleAsync();
        Assert.Equal(0, await page.Locator("[data-testid=rename], [data-testid=delete], [data-testid=reprocess], [data-testid=visibility]").CountAsync());
        Assert.Equal(0, await page.Locator("[data-testid=nav-upload], [data-testid=nav-audit]").CountAsync());
        await Assertions.Expect(page.Locator("[data-testid=signed-in-as]")).ToHaveTextAsync("e2e-viewer");

        foreach (string path in new[] { "/upload", "/admin/audit" })
        {
            await page.GotoAsync(app.BaseUrl + path);
            await Assertions.Expect(page.Locator("[data-testid=not-allowed]")).ToBeVisibleAsync();
            Assert.Equal(0, await page.Locator("[data-testid=submit-upload], [data-testid=audit-table]").CountAsync());
        }

        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task AnEditor_RenamesAndDeletesTheirDataset_ButCannotOpenTheAuditLog_AndTheAdminSeesWhoDidWhat()
    {
        Assert.SkipUnless(AppFixture.ShouldRun, AppFixture.SkipReason);
        string editor = "e2e-editor";
        var page = await app.OpenAsync("/datasets", account: editor, role: AccountRole.Editor);
        var ct = TestContext.Current.CancellationToken;
        var actor = (await app.Services.GetRequiredService<AccountService>().ActorForAsync(editor, "web", ct))!;
        string name = $"editor's {Guid.NewGuid():N}";
        using (var dump = new MemoryStream([.. SampleDump.ReadBytes(), .. Encoding.UTF8.GetBytes("\n" + name)]))
        {
            await app.Services.GetRequiredService<DatasetActions>().UploadAsync(actor, dump, name, SampleDump.Capture, DatasetVisibility.Private, ct);
        }

        await page.ReloadAsync();
        await page.Locator("[data-interactive=true]").WaitForAsync();
        var row = page.Locator("[data-testid=dataset-row]").Filter(new() { HasText = name });
        await row.Locator("[data-testid=rename]").ClickAsync();
        await page.Locator("input[data-testid=rename-input], [data-testid=rename-input] input").First.FillAsync(name + " renamed");
        await page.Locator("[data-testid=rename-save]").ClickAsync();
        var renamed = page.Locator("[data-testid=dataset-row]").Filter(new() { HasText = name + " renamed" });
        await Assertions.Expect(renamed).ToHaveCountAsync(1);

        await renamed.Locator("[data-testid=delete]").ClickAsync();
        await page.Locator(".mud-dialog button").Filter(new() { HasText = "Delete" }).ClickAsync();
        await Assertions.Expect(page.Locator("[data-testid=datasets-message]")).ToContainTextAsync("Deleted");

        await page.GotoAsync(app.BaseUrl + "/admin/audit");
        await Assertions.Expect(page.Locator("[data-testid=not-allowed]")).ToBeVisibleAsync();
        await page.Context.CloseAsync();

        var admin = await app.OpenAsync("/admin/audit");
        foreach (string action in new[] { "Upload", "Rename", "Delete" })
        {
            await Assertions.Expect(admin.Locator("[data-testid=audit-row]").Filter(new() { HasText = editor }).Filter(new() { HasText = action }).First).ToBeVisibleAsync();
        }

        await admin.Context.CloseAsync();
    }

    [Fact]
    public async Task FiveWrongPasswords_LockTheAccount_AndThenTheRightOneIsRefused()
    {
        Assert.SkipUnless(AppFixture.ShouldRun, AppFixture.SkipReason);
        string name = $"locky-{Guid.NewGuid():N}"[..14];
        await app.CreateAccountAsync(name, AccountRole.Viewer);
        await using var context = await app.Browser.NewContextAsync(new() { TimezoneId = "UTC" });
        var page = await context.NewPageAsync();

        for (int attempt = 1; attempt <= 4; attempt++)
        {
            await AppFixture.SignInThroughTheFormAsync(page, app.BaseUrl, name, "not the password " + attempt);
            await Assertions.Expect(page.Locator("[data-testid=login-error]")).ToContainTextAsync("Wrong name or password");
        }

        await AppFixture.SignInThroughTheFormAsync(page, app.BaseUrl, name, "not the password 5");
        await Assertions.Expect(page.Locator("[data-testid=login-error]")).ToContainTextAsync("locked");
        await AppFixture.SignInThroughTheFormAsync(page, app.BaseUrl, name, AppFixture.Password);
        await Assertions.Expect(page.Locator("[data-testid=login-error]")).ToContainTextAsync("locked");
        Assert.DoesNotContain(await context.CookiesAsync(), c => c.Name == "timeline-auth");

        await using var db = await app.Services.GetRequiredService<IDbContextFactory<TimelineDbContext>>().CreateDbContextAsync(TestContext.Current.CancellationToken);
        var account = await db.Users.AsNoTracking().SingleAsync(u => u.UserName == name, TestContext.Current.CancellationToken);
        Assert.True(account.LockoutEnd > DateTimeOffset.UtcNow.AddMinutes(10));
    }

    [Fact]
    public async Task SignInAttempts_AreRateLimitedPerAddress()
    {
        string directory = Directory.CreateTempSubdirectory("timeline-e2e-signin").FullName;
        try
        {
            await using var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(b =>
            {
                b.UseEnvironment("Development");
                b.UseSetting("Database:DataDirectory", directory);
                b.UseSetting("Sample:LoadWhenEmpty", "false");
                b.UseSetting("Security:RateLimits:SignInsPerAddress", "3");
            });
            using var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
            var statuses = new List<HttpStatusCode>();
            for (int i = 0; i < 4; i++)
            {
                using var form = new FormUrlEncodedContent([new("UserName", "someone"), new("Password", "guess " + i)]);
                using var response = await client.PostAsync(new Uri("/account/login", UriKind.Relative), form, TestContext.Current.CancellationToken);
                statuses.Add(response.StatusCode);
            }

            Assert.All(statuses.Take(3), s => Assert.NotEqual(HttpStatusCode.TooManyRequests, s));
            Assert.Equal(HttpStatusCode.TooManyRequests, statuses[3]);
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(directory, recursive: true);
        }
    }

    private static async Task<DatasetSummary> WaitForSampleAsync(IServiceProvider services)
    {
        var store = services.GetRequiredService<DatasetStore>();
        for (var waited = TimeSpan.Zero; waited < TimeSpan.FromSeconds(60); waited += TimeSpan.FromMilliseconds(250))
        {
            if ((await store.ListAsync()).FirstOrDefault(d => d.Name == SampleDump.Name && d.Status == DatasetStatus.Ready) is { } sample)
            {
                return sample;
            }

            await Task.Delay(250);
        }

        throw new TimeoutException("The bundled sample was not loaded within a minute of start-up.");
    }
}
