using TimelineApp.Web.Accounts;
using TimelineApp.Web.Components;
using TimelineApp.Web.Exports;
using TimelineApp.Web.Security;
using TimelineApp.Web.Services;

var builder = WebApplication.CreateBuilder(args);
builder.AddTimelineApp();
builder.AddTimelineSecurity(); // headers, rate limits, reverse proxy and TLS: the "Security" section

var app = builder.Build();
app.UseTimelineSecurity(); // first, so every response (error pages too) carries the headers
if (!app.Environment.IsDevelopment())
{
    // A failed page answers a short page saying what happened (503 when the database is down), never a stack trace.
    app.UseExceptionHandler(new ExceptionHandlerOptions { ExceptionHandler = OutagePage.WriteAsync });
}

app.UseClientIdCookie();
app.UseAuthentication();
app.UseMiddleware<CircuitLimit>(); // open tabs per account, once the account is known
app.UseAuthorization();
app.UseAntiforgery();
app.MapStaticAssets();
app.MapAccountEndpoints(); // sign-in (rate limited, lockout) and sign-out
app.MapExternalSignIn(); // OpenID Connect, when Accounts:OpenIdConnect is set
app.MapAuditExport(); // GET /admin/audit.csv, admins only
app.MapHealthChecks("/health", HealthResponse.Options); // 503 while the database cannot be reached or refuses writes
// The security headers send the whole Content-Security-Policy, frame-ancestors included: Blazor's own header would be a second one.
app.MapRazorComponents<App>().AddInteractiveServerRenderMode(o => o.ContentSecurityFrameAncestorsPolicy = null);
app.Run();

/// <summary>The web app's entry point; public so the end-to-end tests can host it.</summary>
public partial class Program;
