using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using NodaTime;
using TimelineApp.Core.Dates;
using TimelineApp.Core.Documents;
using TimelineApp.Core.Events;
using TimelineApp.Core.Pipeline;
using TimelineApp.Data.Access;

namespace TimelineApp.E2E.Tests;

/// <summary>
/// The security headers on every page, and the Content-Security-Policy holding in a real browser: no page of the app
/// breaks it (MudBlazor, Blazor's circuit, the import map), and text from a hostile dump stays text.
/// </summary>
public sealed partial class SecurityBrowserTests(AppFixture app)
{
    // As in the Data tests' hostile fixture: markup a scraped page could carry, which must never run.
    private const string HostileHeadline = "<script>alert('headline')</script> talks end";
    private const string HostileBody = "Officials said on Saturday that <img src=x onerror=alert(1)> was a test of the system.";

    public static TheoryData<string> Pages => ["/", "/account/login", "/admin/audit", "/admin/users", "/upload", "/datasets", "/s/not-a-link", "/?dataset=unknown", $"/?dataset={Guid.NewGuid():N}"];

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task EveryPage_CarriesTheSecurityHeaders(string path)
    {
        Assert.SkipUnless(AppFixture.ShouldRun, AppFixture.SkipReason);
        using var http = await app.SignedInHttpClientAsync();
        using var response = await http.GetAsync(app.BaseUrl + path, TestContext.Current.CancellationToken);
        string html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        // One policy only: Blazor's own frame-ancestors header is switched off in favour of the full one.
        string csp = Assert.Single(response.Headers.GetValues("Content-Security-Policy"));
        var directives = csp.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .ToDictionary(d => d.Split(' ')[0], d => d[(d.IndexOf(' ', StringComparison.Ordinal) + 1)..]);
        Assert.Equal("'self'", directives["default-src"]);
        Assert.Matches(NonceOnlyScripts(), directives["script-src"]);
        Assert.DoesNotContain("unsafe", directives["script-src"], StringComparison.Ordinal);
        Assert.Equal("'none'", directives["script-src-attr"]);
        Assert.Equal("'self' 'unsafe-inline'", directives["style-src"]);
        Assert.Equal("'self'", directives["connect-src"]);
        Assert.Equal("'self' data:", directives["img-src"]);
        Assert.Equal("'self' data:", directives["font-src"]);
        Assert.Equal("'self'", directives["frame-ancestors"]);
        Assert.Equal("'none'", directives["object-src"]);
        Assert.Equal("'self'", directives["base-uri"]);
        Assert.Equal("'self'", directives["form-action"]);
        Assert.Equal("nosniff", Header(response, "X-Content-Type-Options"));
        Assert.Equal("SAMEORIGIN", Header(response, "X-Frame-Options"));
        Assert.Equal("strict-origin-when-cross-origin", Header(response, "Referrer-Policy"));
        Assert.Equal("same-origin", Header(response, "Cross-Origin-Opener-Policy"));
        Assert.Contains("camera=()", Header(response, "Permissions-Policy"), StringComparison.Ordinal);
        Assert.Contains("geolocation=()", Header(response, "Permissions-Policy"), StringComparison.Ordinal);
        Assert.Contains("microphone=()", Header(response, "Permissions-Policy"), StringComparison.Ordinal);
        Assert.False(response.Headers.Contains("Server"), "the Server header names the web server to attackers");
        Assert.False(response.Headers.Contains("Strict-Transport-Security"), "HSTS only where the app terminates TLS itself");

        // The page's one inline script (Blazor's import map) carries this response's nonce; nothing else is inline.
        string nonce = NonceOnlyScripts().Match(directives["script-src"]).Groups["nonce"].Value;
        var inline = InlineScript().Matches(html);
        Assert.All(inline, script => Assert.Contains($"nonce=\"{nonce}\"", System.Net.WebUtility.HtmlDecode(script.Value), StringComparison.Ordinal));
        Assert.Single(inline);
    }

    [Fact]
    public async Task TheNonce_IsNewForEachResponse()
    {
        Assert.SkipUnless(AppFixture.ShouldRun, AppFixture.SkipReason);
        using var http = new HttpClient();
        using var first = await http.GetAsync(app.BaseUrl + "/datasets", TestContext.Current.CancellationToken);
        using var second = await http.GetAsync(app.BaseUrl + "/datasets", TestContext.Current.CancellationToken);

        Assert.NotEqual(Header(first, "Content-Security-Policy"), Header(second, "Content-Security-Policy"));
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task EveryPage_RunsUnderThePolicy_WithoutAViolation(string path)
    {
        Assert.SkipUnless(AppFixture.ShouldRun, AppFixture.SkipReason);
        var watch = await PolicyWatch.OpenAsync(app, path);

        await watch.Page.WaitForTimeoutAsync(500); // late work (MudBlazor's observers, the reconnect UI's styles)
        await watch.AssertCleanAsync();
    }

    [Fact]
    public async Task HostileDumpText_RendersAsText_UnderThePolicy_AndTheTimelineStaysInteractive()
    {
        Assert.SkipUnless(AppFixture.ShouldRun, AppFixture.SkipReason);
        var id = await SeededDataset.AddResultAsync(app.Services, "<b onmouseover=alert(2)>hostile</b> dataset", HostileResult());
        var watch = await PolicyWatch.OpenAsync(app, $"/?dataset={id:N}");
        var page = watch.Page;

        var rows = page.Locator("[data-testid=event-row]");
        await Assertions.Expect(rows).ToHaveCountAsync(2);
        await Assertions.Expect(rows.First).ToContainTextAsync(HostileHeadline);

        // A click on the timeline still opens an event, and its detail shows the hostile evidence as plain text.
        await page.Locator("[data-testid=event-row]", new() { HasText = "onerror" }).ClickAsync();
        await Assertions.Expect(page.Locator("[data-testid=detail-title]")).ToHaveTextAsync("<img src=x onerror=alert(1)> was a test");
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("[?&]event=hostile-body"));
        await Assertions.Expect(page.Locator("[data-testid=detail-evidence]").First).ToContainTextAsync("onerror=alert(1)");
        Assert.Equal(0, await page.Locator("main script, main img[src=x], main b[onmouseover]").CountAsync());

        await page.ScreenshotAsync(new() { Path = Path.Combine(AppFixture.ArtifactsDirectory, "hostile-under-csp.png"), FullPage = true });
        await watch.AssertCleanAsync();
    }

    [Fact]
    public async Task ASharedViewOfHostileText_CarriesTheHeaders_AndRendersUnderThePolicy()
    {
        Assert.SkipUnless(AppFixture.ShouldRun, AppFixture.SkipReason);
        var id = await SeededDataset.AddResultAsync(app.Services, "<b onmouseover=alert(3)>shared hostile</b>", HostileResult());
        using var signedIn = await app.SignedInHttpClientAsync(); // the admin account exists from here on
        var admin = (await app.Services.GetRequiredService<AccountService>().ActorForAsync(AppFixture.AdminName, "web", TestContext.Current.CancellationToken))!;
        string token = (await app.Services.GetRequiredService<DatasetActions>().ShareAsync(admin, id, string.Empty, TestContext.Current.CancellationToken))!;

        using var http = new HttpClient(); // no account: the link is the permission
        using var response = await http.GetAsync(app.BaseUrl + "/s/" + token, TestContext.Current.CancellationToken);
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("script-src-attr 'none'", Header(response, "Content-Security-Policy"), StringComparison.Ordinal);
        Assert.Equal("nosniff", Header(response, "X-Content-Type-Options"));

        var watch = await PolicyWatch.OpenAsync(app, "/s/" + token);
        await Assertions.Expect(watch.Page.Locator("[data-testid=share-title]")).ToHaveTextAsync("<b onmouseover=alert(3)>shared hostile</b>");
        await watch.Page.Locator("[data-testid=event-row]", new() { HasText = "onerror" }).ClickAsync();
        await Assertions.Expect(watch.Page.Locator("[data-testid=detail-evidence]").First).ToContainTextAsync("onerror=alert(1)");
        Assert.Equal(0, await watch.Page.Locator("main script, main img[src=x], main b[onmouseover]").CountAsync());
        await watch.AssertCleanAsync();
    }

    private static TimelineResult HostileResult()
    {
        var capture = SeededDataset.Capture;
        var document = new NewsDocument(0, "<i>Wire</i>", HostileHeadline, HostileBody, new PublicationTime(capture, PublicationBasis.Explicit, "stated"), []);
        var saturday = new LocalDate(2025, 7, 12);
        TimelineEvent[] events =
        [
            SeededDataset.Day("hostile-headline", saturday.PlusDays(-1), HostileHeadline),
            SeededDataset.Day("hostile-body", saturday, "<img src=x onerror=alert(1)> was a test") with
            {
                Evidence = [new EventEvidence(0, HostileBody, new TimelineApp.Core.Text.TextSpan(18, 26), "Saturday", "seeded")],
            },
        ];
        return new TimelineResult(new TimelineApp.Core.Documents.Capture(capture, DateTimeZone.Utc), DumpFormat.JsonArticles, [new DocumentTimes(document, [])], events, [], []);
    }

    private static string Header(HttpResponseMessage response, string name) => string.Join(", ", response.Headers.GetValues(name));

    [GeneratedRegex("^'self' 'nonce-(?<nonce>[A-Za-z0-9+/=]{32,})'$", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex NonceOnlyScripts();

    [GeneratedRegex("<script(?![^>]*\\bsrc=)[^>]*>", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex InlineScript();

    /// <summary>A page watched for anything the policy refused: console reports, script errors, violation events, dialogs.</summary>
    private sealed class PolicyWatch
    {
        private readonly List<string> _problems = [];

        public IPage Page { get; private set; } = default!;

        public static async Task<PolicyWatch> OpenAsync(AppFixture app, string path)
        {
            var watch = new PolicyWatch();
            var page = await app.NewPageAsync(new() { ViewportSize = new() { Width = 1400, Height = 1000 }, TimezoneId = "UTC" });
            page.Console += (_, message) =>
            {
                if (message.Type is "error" or "warning" && message.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase))
                {
                    watch._problems.Add("console: " + message.Text);
                }
            };
            page.PageError += (_, error) => watch._problems.Add("page error: " + error);
            page.Dialog += (_, dialog) => watch._problems.Add("dialog (script ran): " + dialog.Message);
            // Before any of the page's own scripts: collects every violation the browser reports to the document.
            await page.AddInitScriptAsync("""
                window.__cspViolations = [];
                document.addEventListener('securitypolicyviolation', e =>
                    window.__cspViolations.push(e.violatedDirective + ' blocked ' + (e.blockedURI || 'inline') + ' at ' + e.sourceFile + ':' + e.lineNumber));
                """);
            await page.GotoAsync(app.BaseUrl + path);
            // The sign-in page is static (no circuit): its form is what there is to wait for.
            await page.Locator(path.StartsWith("/account/", StringComparison.Ordinal) ? "[data-testid=login-form]" : "[data-interactive=true]").WaitForAsync();
            watch.Page = page;
            return watch;
        }

        public async Task AssertCleanAsync()
        {
            var violations = await Page.EvaluateAsync<string[]>("() => window.__cspViolations");
            Assert.Empty(violations);
            Assert.Empty(_problems);
        }
    }
}
