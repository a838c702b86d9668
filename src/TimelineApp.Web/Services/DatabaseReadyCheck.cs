using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace TimelineApp.Web.Services;

/// <summary>
/// Healthy once the database has been prepared (migrated), not merely reachable: between the server coming
/// back and the next retry, the app still refuses uploads, and /health says so.
/// </summary>
public sealed class DatabaseReadyCheck(DatabaseStatus status) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(status.Problem is { } problem ? HealthCheckResult.Unhealthy(problem) : HealthCheckResult.Healthy());
}
