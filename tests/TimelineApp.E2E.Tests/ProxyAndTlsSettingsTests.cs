using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace TimelineApp.E2E.Tests;

/// <summary>
/// The reverse-proxy and TLS switches of the "Security" section, each on its own app: forwarded headers are believed
/// from the configured proxies only, and HTTPS redirection and HSTS come only when the app terminates TLS itself.
/// </summary>
public sealed class ProxyAndTlsSettingsTests : IAsyncDisposable
{
    private readonly List<(WebApplicationFactory<Program> Factory, string Directory)> _apps = [];

    [Theory]
    [InlineData("10.0.0.5", true)]  // the configured proxy: its X-Forwarded-Proto counts
    [InlineData("10.0.0.9", false)] // anyone else: the header is ignored
    public async Task ForwardedHeaders_AreBelievedFromTheKnownProxyOnly(string caller, bool believed)
    {
        using var client = App(caller, ("Security:ForwardedHeaders:Enabled", "true"), ("Security:ForwardedHeaders:KnownProxies:0", "10.0.0.5")).CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/datasets");
        request.Headers.Add("X-Forwarded-Proto", "https");

        using var response = await client.SendAsync(request, TestContext.Current.CancellationToken);

        // The client id cookie is marked Secure exactly when the request counts as https.
        string cookie = Assert.Single(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith("timeline-client=", StringComparison.Ordinal));
        Assert.Equal(believed, cookie.Contains("secure", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task ByDefault_ForwardedHeadersAreIgnored_AndPlainHttpIsServed()
    {
        using var client = App("10.0.0.5").CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, BaseAddress = new Uri("http://localhost") });
        using var request = new HttpRequestMessage(HttpMethod.Get, "/datasets");
        request.Headers.Add("X-Forwarded-Proto", "https");

        using var response = await client.SendAsync(request, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain(response.Headers.GetValues("Set-Cookie"), c => c.Contains("secure", StringComparison.OrdinalIgnoreCase));
        Assert.False(response.Headers.Contains("Strict-Transport-Security"));
        Assert.DoesNotContain("upgrade-insecure-requests", string.Join(';', response.Headers.GetValues("Content-Security-Policy")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task WhenTheAppTerminatesTls_HttpIsRedirected_AndHttpsCarriesHsts()
    {
        var app = App("10.0.0.5", ("Security:TerminatesTls", "true"), ("https_port", "443"));
        // A real host name: like ASP.NET's own UseHsts, the library never sends HSTS to localhost.
        using var http = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, BaseAddress = new Uri("http://timeline.example") });
        using var https = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, BaseAddress = new Uri("https://timeline.example") });

        using var redirected = await http.GetAsync("/datasets", TestContext.Current.CancellationToken);
        using var served = await https.GetAsync("/datasets", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.TemporaryRedirect, redirected.StatusCode);
        Assert.Equal("https://timeline.example/datasets", redirected.Headers.Location?.ToString());
        Assert.Equal(HttpStatusCode.OK, served.StatusCode);
        Assert.StartsWith("max-age=31536000", Assert.Single(served.Headers.GetValues("Strict-Transport-Security")), StringComparison.Ordinal);
        Assert.Contains("upgrade-insecure-requests", Assert.Single(served.Headers.GetValues("Content-Security-Policy")), StringComparison.Ordinal);
    }

    // An app whose requests arrive from the given address (as a proxy's or a client's would), with these settings.
    private WebApplicationFactory<Program> App(string remoteAddress, params (string Key, string Value)[] settings)
    {
        string directory = Directory.CreateTempSubdirectory("timeline-proxy").FullName;
        var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(b =>
        {
            b.UseEnvironment("Development");
            b.UseSetting("Database:DataDirectory", directory);
            b.UseSetting("Sample:LoadWhenEmpty", "false");
            foreach (var (key, value) in settings)
            {
                b.UseSetting(key, value);
            }

            b.ConfigureServices(s => s.AddSingleton<IStartupFilter>(new RemoteAddressFilter(IPAddress.Parse(remoteAddress))));
        });
        _apps.Add((factory, directory));
        return factory;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var (factory, directory) in _apps)
        {
            await factory.DisposeAsync();
        }

        SqliteConnection.ClearAllPools();
        foreach (var (_, directory) in _apps)
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    /// <summary>Sets the connection's address before the app's own middleware (the test server leaves it empty).</summary>
    private sealed class RemoteAddressFilter(IPAddress address) : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((context, nextMiddleware) =>
            {
                context.Connection.RemoteIpAddress = address;
                return nextMiddleware(context);
            });
            next(app);
        };
    }
}
