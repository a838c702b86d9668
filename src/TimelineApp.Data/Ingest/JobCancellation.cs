using Microsoft.EntityFrameworkCore;
using NodaTime;
using TimelineApp.Data.Entities;
using TimelineApp.Data.Storage;

namespace TimelineApp.Data.Ingest;

/// <summary>
/// Stops jobs on request. Cancelling writes the final status first (conditional on the job still being open), which
/// also clears its lease token: a run on another node then finds its lease gone at its next write or renewal and
/// stops, and a run in this process is stopped at once. Deleting a dataset does the same by removing the job rows.
/// </summary>
public sealed class JobCancellation(IDbContextFactory<TimelineDbContext> contexts, DatasetStore store, RunningJobs running, JobNotifications notifications, JobQueries queries, IClock clock)
{
    public const string CancelledMessage = "Cancelled on request; the uploaded file is kept and can be re-processed.";

    /// <summary>Cancels a queued or running job; false when it had already ended (or does not exist).</summary>
    public async Task<bool> CancelAsync(Guid jobId, CancellationToken cancellationToken = default)
    {
        var now = clock.GetCurrentInstant();
        var from = JobTransitions.Sources(JobStatus.Cancelled);
        bool cancelled;
        await using (var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false))
        {
            await using var tx = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            cancelled = await db.IngestJobs.Where(j => j.Id == jobId && from.Contains(j.Status)).ExecuteUpdateAsync(
                u => u.SetProperty(j => j.Status, JobStatus.Cancelled).SetProperty(j => j.Error, CancelledMessage).SetProperty(j => j.UpdatedAt, now)
                    .SetProperty(j => j.LeaseUntil, (Instant?)null).SetProperty(j => j.LeaseHolder, (string?)null),
                cancellationToken).ConfigureAwait(false) == 1;
            if (cancelled)
            {
                var datasetId = await db.IngestJobs.Where(j => j.Id == jobId).Select(j => j.DatasetId).FirstAsync(cancellationToken).ConfigureAwait(false);
                await db.Datasets.Where(d => d.Id == datasetId && d.Status != DatasetStatus.Ready)
                    .ExecuteUpdateAsync(u => u.SetProperty(d => d.Status, DatasetStatus.Cancelled).SetProperty(d => d.Error, CancelledMessage), cancellationToken).ConfigureAwait(false);
            }

            await tx.CommitAsync(cancellationToken).ConfigureAwait(false);
        }

        running.Cancel(jobId);
        if (cancelled && await queries.GetAsync(jobId, cancellationToken).ConfigureAwait(false) is { } job)
        {
            notifications.Publish(job);
        }

        return cancelled;
    }

    /// <summary>Deletes a dataset with its jobs and everything derived from it, stopping a run of it in this process first.</summary>
    public async Task<bool> DeleteDatasetAsync(Guid datasetId, CancellationToken cancellationToken = default)
    {
        var open = await queries.OpenForDatasetAsync(datasetId, cancellationToken).ConfigureAwait(false);
        foreach (var jobId in open)
        {
            running.Cancel(jobId);
        }

        return await store.DeleteAsync(datasetId, cancellationToken).ConfigureAwait(false);
    }
}
