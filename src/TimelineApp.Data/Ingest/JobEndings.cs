using Microsoft.EntityFrameworkCore;
using NodaTime;
using TimelineApp.Core.Pipeline;
using TimelineApp.Data.Entities;

namespace TimelineApp.Data.Ingest;

/// <summary>
/// Records how a run ended, only while the run still holds its lease. Written with the dataset's status in one
/// transaction; a dataset that is already ready keeps showing its last good content (re-processing that failed).
/// </summary>
public sealed class JobEndings(IDbContextFactory<TimelineDbContext> contexts, IClock clock)
{
    /// <summary>Ends the run as <paramref name="status"/>; false when the lease was lost (nothing written).</summary>
    public async Task<bool> EndAsync(JobLease lease, JobStatus status, string? error, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(lease);
        JobTransitions.Ensure(JobStatus.Running, status);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using var tx = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        if (!await MarkAsync(db, lease, status, error, cancellationToken).ConfigureAwait(false))
        {
            return false;
        }

        var datasetStatus = status switch
        {
            JobStatus.Queued => DatasetStatus.Queued,
            JobStatus.Cancelled => DatasetStatus.Cancelled,
            _ => DatasetStatus.Failed,
        };
        string? datasetError = status == JobStatus.Queued ? null : error;
        await db.Datasets.Where(d => d.Id == lease.DatasetId && d.Status != DatasetStatus.Ready)
            .ExecuteUpdateAsync(u => u.SetProperty(d => d.Status, datasetStatus).SetProperty(d => d.Error, datasetError), cancellationToken).ConfigureAwait(false);
        await tx.CommitAsync(cancellationToken).ConfigureAwait(false);
        return true;
    }

    /// <summary>
    /// Marks the job succeeded inside the transaction that saves its result; throws <see cref="LeaseLostException"/>
    /// (so the transaction rolls back and nothing of the result is kept) when the run no longer holds the job.
    /// </summary>
    public async Task MarkSucceededAsync(TimelineDbContext db, JobLease lease, CancellationToken cancellationToken)
    {
        if (!await MarkAsync(db, lease, JobStatus.Succeeded, null, cancellationToken).ConfigureAwait(false))
        {
            throw new LeaseLostException("The job was cancelled, deleted or taken over while it ran; its result is discarded.");
        }
    }

    private async Task<bool> MarkAsync(TimelineDbContext db, JobLease lease, JobStatus status, string? error, CancellationToken cancellationToken)
    {
        var now = clock.GetCurrentInstant();
        bool done = status == JobStatus.Succeeded;
        bool requeued = status == JobStatus.Queued;
        return await JobLeases.Held(db, lease).ExecuteUpdateAsync(
            u => u
                .SetProperty(j => j.Status, status)
                .SetProperty(j => j.Stage, j => done ? PipelineStage.Done : requeued ? PipelineStage.Reading : j.Stage)
                .SetProperty(j => j.Error, error)
                .SetProperty(j => j.UpdatedAt, now)
                .SetProperty(j => j.LeaseUntil, (Instant?)null)
                .SetProperty(j => j.LeaseHolder, (string?)null),
            cancellationToken).ConfigureAwait(false) == 1;
    }
}
