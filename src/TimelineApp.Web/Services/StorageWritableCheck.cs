using Microsoft.Extensions.Diagnostics.HealthChecks;
using TimelineApp.Data.Storage;

namespace TimelineApp.Web.Services;

/// <summary>
/// Unhealthy while the database refuses writes (read-only, disk full), with the reason: it may still answer the
/// database check's SELECT, but no upload can be stored and no job can finish until an operator acts.
/// </summary>
public sealed class StorageWritableCheck(StorageFaults faults) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(faults.Current is { } fault
            ? HealthCheckResult.Unhealthy($"Writes are refused: {fault.Reason}.")
            : HealthCheckResult.Healthy());
}
