using TimelineApp.Web.Components;
using TimelineApp.Web.Services;

var builder = WebApplication.CreateBuilder(args);
builder.AddTimelineApp();

var app = builder.Build();
if (!app.Environment.IsDevelopment())
{
    // A failed page answers a short page saying what happened (503 when the database is down), never a stack trace.
    app.UseExceptionHandler(new ExceptionHandlerOptions { ExceptionHandler = OutagePage.WriteAsync });
}

app.UseClientIdCookie();
app.UseAntiforgery();
app.MapStaticAssets();
app.MapHealthChecks("/health", HealthResponse.Options); // 503 while the database cannot be reached or refuses writes
app.MapRazorComponents<App>().AddInteractiveServerRenderMode();
app.Run();

/// <summary>The web app's entry point; public so the end-to-end tests can host it.</summary>
public partial class Program;
