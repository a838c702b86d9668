using TimelineApp.Web.Components;
using TimelineApp.Web.Services;

var builder = WebApplication.CreateBuilder(args);
builder.AddTimelineApp();

var app = builder.Build();
if (!app.Environment.IsDevelopment())
{
    app.UseExceptionHandler("/Error", createScopeForErrors: true);
}

app.UseAntiforgery();
app.MapStaticAssets();
app.MapHealthChecks("/health"); // 503 while the database cannot be reached
app.MapRazorComponents<App>().AddInteractiveServerRenderMode();
app.Run();

/// <summary>The web app's entry point; public so the end-to-end tests can host it.</summary>
public partial class Program;
