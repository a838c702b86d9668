using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace TimelineApp.Web.Services;

/// <summary>
/// The body of <c>/health</c>: the overall status and each check's status and reason, so an operator reads why
/// (the database is unreachable, the disk is full) rather than a bare "Unhealthy". No exception text.
/// </summary>
public static class HealthResponse
{
    public static HealthCheckOptions Options { get; } = new() { ResponseWriter = WriteAsync };

    private static Task WriteAsync(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "application/json; charset=utf-8";
        var body = new
        {
            status = report.Status.ToString(),
            checks = report.Entries.ToDictionary(
                e => e.Key,
                e => new { status = e.Value.Status.ToString(), reason = e.Value.Status == HealthStatus.Healthy ? null : e.Value.Description ?? "failed" }),
        };
        return context.Response.WriteAsync(JsonSerializer.Serialize(body));
    }
}
