using System.Net;
using System.Net.WebSockets;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace TimelineApp.E2E.Tests;

/// <summary>
/// Settings of the server, over plain HTTP (no browser needed): the cap on live Blazor connections per address or
/// account, OpenID Connect sign-in switched on by configuration, and the Data Protection key ring kept in the database.
/// </summary>
public sealed class CircuitAndExternalSignInTests : IAsyncLifetime
{
    private readonly string _dataDirectory = Directory.CreateTempSubdirectory("timeline-circuits").FullName;
    private WebApplicationFactory<Program> _factory = default!;
    private string _baseUrl = string.Empty;

    public ValueTask InitializeAsync()
    {
        _factory = new WebApplicationFactory<Program>().WithWebHostBuilder(b =>
        {
            b.UseEnvironment("Development");
            b.UseSetting("Database:DataDirectory", _dataDirectory);
            b.UseSetting("Sample:LoadWhenEmpty", "false");
            b.UseSetting("Security:RateLimits:CircuitsPerAnonymousAddress", "1");
            b.UseSetting("Security:KeyRingInDatabase", "true");
            b.UseSetting("Accounts:OpenIdConnect:Authority", "https://idp.example.test/realms/news");
            b.UseSetting("Accounts:OpenIdConnect:ClientId", "timeline");
            b.UseSetting("Accounts:OpenIdConnect:DisplayName", "Example News SSO");
            b.ConfigureServices(services => services.PostConfigure<OpenIdConnectOptions>(ExternalSignInScheme, o =>
            {
                // The provider's discovery document, given here instead of fetched from a provider that does not exist.
                o.ConfigurationManager = new Microsoft.IdentityModel.Protocols.StaticConfigurationManager<OpenIdConnectConfiguration>(new OpenIdConnectConfiguration
                {
                    Issuer = "https://idp.example.test/realms/news",
                    AuthorizationEndpoint = "https://idp.example.test/realms/news/authorize",
                    TokenEndpoint = "https://idp.example.test/realms/news/token",
                });
            }));
        });
        _factory.UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        _factory.StartServer();
        _baseUrl = _factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First().TrimEnd('/');
        return ValueTask.CompletedTask;
    }

    private const string ExternalSignInScheme = TimelineApp.Web.Accounts.ExternalSignIn.Scheme;

    [Fact]
    public async Task ASecondLiveConnection_OverTheCap_IsRefused429_AndFreedWhenTheFirstCloses()
    {
        var ct = TestContext.Current.CancellationToken;
        using var http = new HttpClient { BaseAddress = new Uri(_baseUrl) };

        using var first = await ConnectAsync(http, ct);
        Assert.Equal(WebSocketState.Open, first.State);

        using var second = new ClientWebSocket { Options = { CollectHttpResponseDetails = true } };
        var secondUri = await CircuitUriAsync(http, ct);
        await Assert.ThrowsAsync<WebSocketException>(() => second.ConnectAsync(secondUri, ct));
        Assert.Equal(HttpStatusCode.TooManyRequests, second.HttpStatusCode);

        first.Abort();
        for (int attempt = 0; ; attempt++)
        {
            try
            {
                using var third = await ConnectAsync(http, ct);
                Assert.Equal(WebSocketState.Open, third.State);
                break;
            }
            catch (WebSocketException) when (attempt < 40)
            {
                await Task.Delay(100, ct); // the server notices the closed socket a moment later
            }
        }
    }

    [Fact]
    public async Task WithOpenIdConnectConfigured_TheLoginPageOffersIt_AndTheButtonGoesToTheProvider_WithPkce()
    {
        var ct = TestContext.Current.CancellationToken;
        using var http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = new CookieContainer() }) { BaseAddress = new Uri(_baseUrl) };
        string login = await http.GetStringAsync("/account/login?ReturnUrl=%2Fdatasets", ct);
        Assert.Contains("Sign in with Example News SSO", login, StringComparison.Ordinal);
        string token = Regex.Match(login, "name=\"__RequestVerificationToken\" value=\"([^\"]+)\"").Groups[1].Value;
        Assert.NotEmpty(token);

        using var form = new FormUrlEncodedContent([new("__RequestVerificationToken", token), new("ReturnUrl", "/datasets")]);
        using var response = await http.PostAsync("/account/external", form, ct);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var to = response.Headers.Location!;
        Assert.StartsWith("https://idp.example.test/realms/news/authorize?", to.ToString(), StringComparison.Ordinal);
        var query = Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(to.Query);
        Assert.Equal("timeline", query["client_id"]);
        Assert.Equal("code", query["response_type"]);
        Assert.Equal("S256", query["code_challenge_method"]);
        Assert.Equal(_baseUrl + "/signin-oidc", query["redirect_uri"]);

        // Without the antiforgery token the form is refused: another site cannot start a sign-in in someone's name.
        using var forged = await http.PostAsync("/account/external", new FormUrlEncodedContent([new("ReturnUrl", "/")]), ct);
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
    }

    [Fact]
    public async Task WithTheKeyRingInTheDatabase_TheKeysThatSignFormsAreStoredThere()
    {
        var ct = TestContext.Current.CancellationToken;
        using var http = new HttpClient { BaseAddress = new Uri(_baseUrl) };
        string login = await http.GetStringAsync("/account/login", ct); // its antiforgery token needs a key

        Assert.Contains("__RequestVerificationToken", login, StringComparison.Ordinal);
        await using var db = await _factory.Services.GetRequiredService<Microsoft.EntityFrameworkCore.IDbContextFactory<TimelineApp.Data.TimelineDbContext>>().CreateDbContextAsync(ct);
        var key = Assert.Single(await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.ToListAsync(db.DataProtectionKeys, ct));
        Assert.Contains("<key ", key.Xml, StringComparison.Ordinal);
    }

    private async Task<ClientWebSocket> ConnectAsync(HttpClient http, CancellationToken ct)
    {
        var socket = new ClientWebSocket { Options = { CollectHttpResponseDetails = true } };
        await socket.ConnectAsync(await CircuitUriAsync(http, ct), ct);
        return socket;
    }

    // SignalR's negotiate gives a connection token; the connection itself is the WebSocket to /_blazor?id=token.
    private async Task<Uri> CircuitUriAsync(HttpClient http, CancellationToken ct)
    {
        using var negotiate = await http.PostAsync("/_blazor/negotiate?negotiateVersion=1", null, ct);
        negotiate.EnsureSuccessStatusCode();
        using var json = JsonDocument.Parse(await negotiate.Content.ReadAsStringAsync(ct));
        string id = json.RootElement.GetProperty("connectionToken").GetString()!;
        return new Uri(_baseUrl.Replace("http://", "ws://", StringComparison.Ordinal) + "/_blazor?id=" + Uri.EscapeDataString(id));
    }

    public async ValueTask DisposeAsync()
    {
        await _factory.DisposeAsync();
        SqliteConnection.ClearAllPools();
        Directory.Delete(_dataDirectory, recursive: true);
    }
}
