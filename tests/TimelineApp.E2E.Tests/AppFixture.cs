using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using TimelineApp.Data.Access;

[assembly: AssemblyFixture(typeof(TimelineApp.E2E.Tests.AppFixture))]

namespace TimelineApp.E2E.Tests;

/// <summary>
/// The real app on a real Kestrel socket (in-process), on a fresh SQLite database that loads the bundled
/// sample, and Debian's Chromium driven by Playwright. Without Chromium the browser tests skip with a
/// message, except under CI=true, where a missing browser is a failure.
/// </summary>
public sealed class AppFixture : IAsyncLifetime
{
    private readonly string _dataDirectory = Directory.CreateTempSubdirectory("timeline-e2e").FullName;
    private WebApplicationFactory<Program>? _factory;
    private IPlaywright? _playwright;

    public static string ChromiumPath => Environment.GetEnvironmentVariable("TIMELINE_CHROMIUM") ?? "/usr/bin/chromium";

    public static bool ShouldRun => File.Exists(ChromiumPath) || string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    public static string SkipReason => $"Browser tests need Chromium at {ChromiumPath} (apt-get install chromium, or set TIMELINE_CHROMIUM).";

    public string BaseUrl { get; private set; } = string.Empty;

    public IBrowser Browser { get; private set; } = default!;

    public IServiceProvider Services => _factory!.Services;

    /// <summary>Where screenshots go for people to look at.</summary>
    public static string ArtifactsDirectory => Directory.CreateDirectory(Path.Combine(AppContext.BaseDirectory, "artifacts")).FullName;

    public async ValueTask InitializeAsync()
    {
        if (!ShouldRun)
        {
            return;
        }

        _factory = new WebApplicationFactory<Program>().WithWebHostBuilder(b =>
        {
            b.UseEnvironment("Development");
            b.UseSetting("Database:DataDirectory", _dataDirectory);
            b.UseSetting("Sample:LoadWhenEmpty", "true");
            // Every browser test signs in (most as the one admin below): the per-account limits and the sign-in limit
            // would otherwise count the whole suite as one person.
            b.UseSetting("Security:RateLimits:SignInsPerAddress", "1000");
            b.UseSetting("Security:RateLimits:UploadsPerClient", "1000");
            b.UseSetting("Ingest:MaxConcurrentJobsPerOwner", "100");
            b.UseSetting("Security:RateLimits:CircuitsPerAccount", "1000"); // the suite keeps many pages of one admin open at once
            b.UseSetting("Security:RateLimits:CircuitsPerAnonymousAddress", "1000");
        });
        _factory.UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        _factory.StartServer();
        BaseUrl = _factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First().TrimEnd('/');

        // CI machines are small and shared: give the page time before an expectation fails.
        Assertions.SetDefaultExpectTimeout(15_000);
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
    }

    /// <summary>The password of every account the fixture makes.</summary>
    public const string Password = "end-to-end password";

    /// <summary>The account pages open as unless a test says otherwise.</summary>
    public const string AdminName = "e2e-admin";

    /// <summary>A new page, signed in as the admin (or <paramref name="account"/>), whose circuit is up (the layout marks itself interactive).</summary>
    public async Task<IPage> OpenAsync(string path, int width = 1400, int height = 1000, string account = AdminName, AccountRole role = AccountRole.Admin)
    {
        var page = await NewPageAsync(new() { ViewportSize = new() { Width = width, Height = height }, TimezoneId = "UTC" }, account, role);
        await page.GotoAsync(BaseUrl + path);
        await page.Locator("[data-interactive=true]").WaitForAsync();
        return page;
    }

    /// <summary>A new page in its own browser context, signed in as <paramref name="account"/> (made with the role on first use).</summary>
    public async Task<IPage> NewPageAsync(BrowserNewContextOptions? options = null, string account = AdminName, AccountRole role = AccountRole.Admin)
    {
        options ??= new() { TimezoneId = "UTC" };
        options.StorageState = await _signedIn.GetOrAdd(account, name => SignInAsync(name, role));
        var context = await Browser.NewContextAsync(options);
        return await context.NewPageAsync();
    }

    /// <summary>An HTTP client carrying the admin's sign-in cookie.</summary>
    public async Task<HttpClient> SignedInHttpClientAsync()
    {
        await using var context = await Browser.NewContextAsync(new() { StorageState = await _signedIn.GetOrAdd(AdminName, name => SignInAsync(name, AccountRole.Admin)) });
        var cookies = new CookieContainer();
        foreach (var cookie in await context.CookiesAsync())
        {
            cookies.Add(new Uri(BaseUrl), new System.Net.Cookie(cookie.Name, cookie.Value));
        }

        return new HttpClient(new HttpClientHandler { CookieContainer = cookies });
    }

    /// <summary>Creates an account through the app's account service.</summary>
    public async Task CreateAccountAsync(string name, AccountRole role)
    {
        var result = await Services.GetRequiredService<AccountService>().CreateAsync(AccountService.Operator, name, Password, role);
        Assert.True(result.Succeeded, string.Join("; ", result.Errors));
    }

    /// <summary>Signs in through the login form, as a person would.</summary>
    public static async Task SignInThroughTheFormAsync(IPage page, string baseUrl, string name, string password)
    {
        await page.GotoAsync(baseUrl + "/account/login");
        await page.FillAsync("[data-testid=login-name]", name);
        await page.FillAsync("[data-testid=login-password]", password);
        await page.ClickAsync("[data-testid=login-submit]");
    }

    // Each account signs in once; its cookie (the storage state) is reused by every page opened as it.
    private async Task<string> SignInAsync(string name, AccountRole role)
    {
        await CreateAccountAsync(name, role);
        await using var context = await Browser.NewContextAsync(new() { TimezoneId = "UTC" });
        var page = await context.NewPageAsync();
        await SignInThroughTheFormAsync(page, BaseUrl, name, Password);
        await page.WaitForURLAsync(BaseUrl + "/");
        return await context.StorageStateAsync();
    }

    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, Task<string>> _signedIn = new();

    public async ValueTask DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        _playwright?.Dispose();
        if (_factory is not null)
        {
            await _factory.DisposeAsync();
        }

        SqliteConnection.ClearAllPools();
        Directory.Delete(_dataDirectory, recursive: true);
    }
}
