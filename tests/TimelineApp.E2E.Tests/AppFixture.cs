using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

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

    /// <summary>A new page whose circuit is up (the layout marks itself interactive).</summary>
    public async Task<IPage> OpenAsync(string path, int width = 1400, int height = 1000)
    {
        var page = await Browser.NewPageAsync(new() { ViewportSize = new() { Width = width, Height = height }, TimezoneId = "UTC" });
        await page.GotoAsync(BaseUrl + path);
        await page.Locator("[data-interactive=true]").WaitForAsync();
        return page;
    }

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
