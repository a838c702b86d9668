using Microsoft.EntityFrameworkCore;
using NodaTime;
using TimelineApp.Data.Entities;

namespace TimelineApp.Data.Ingest;

/// <summary>
/// Finds work that needs a runner: queued jobs, and running jobs whose lease ran out (their process died, since a
/// live run renews its lease). Those go back to the queue, or fail with the dump kept once they used up their
/// attempts. Each move is conditional on the lease token seen, so a run that renewed meanwhile keeps its job.
/// </summary>
public sealed class JobRecovery(IDbContextFactory<TimelineDbContext> contexts, IngestLimits limits, IClock clock)
{
    public const string GaveUpMessage = "Processing stopped unexpectedly several times; the uploaded file is kept and can be re-processed.";

    /// <summary>Returns the jobs to run, oldest first.</summary>
    public async Task<IReadOnlyList<Guid>> RecoverAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var now = clock.GetCurrentInstant();
        var stale = await db.IngestJobs.AsNoTracking()
            .Where(j => j.Status == JobStatus.Running && (j.LeaseUntil == null || j.LeaseUntil < now))
            .Select(j => new { j.Id, j.DatasetId, j.Attempts, j.LeaseHolder })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        foreach (var job in stale)
        {
            bool exhausted = job.Attempts >= limits.MaxAttempts;
            var to = exhausted ? JobStatus.Failed : JobStatus.Queued;
            JobTransitions.Ensure(JobStatus.Running, to);
            string? error = exhausted ? GaveUpMessage : null;
            await using var tx = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            int moved = await db.IngestJobs
                .Where(j => j.Id == job.Id && j.Status == JobStatus.Running && j.LeaseHolder == job.LeaseHolder && (j.LeaseUntil == null || j.LeaseUntil < now))
                .ExecuteUpdateAsync(
                    u => u.SetProperty(j => j.Status, to).SetProperty(j => j.Error, error).SetProperty(j => j.UpdatedAt, now)
                        .SetProperty(j => j.LeaseUntil, (Instant?)null).SetProperty(j => j.LeaseHolder, (string?)null),
                    cancellationToken).ConfigureAwait(false);
            if (moved == 1 && exhausted)
            {
                await db.Datasets.Where(d => d.Id == job.DatasetId && d.Status != DatasetStatus.Ready)
                    .ExecuteUpdateAsync(u => u.SetProperty(d => d.Status, DatasetStatus.Failed).SetProperty(d => d.Error, error), cancellationToken).ConfigureAwait(false);
            }

            await tx.CommitAsync(cancellationToken).ConfigureAwait(false);
        }

        var queued = await db.IngestJobs.AsNoTracking().Where(j => j.Status == JobStatus.Queued)
            .Select(j => new { j.Id, j.CreatedAt }).ToListAsync(cancellationToken).ConfigureAwait(false);
        return [.. queued.OrderBy(j => j.CreatedAt).Select(j => j.Id)];
    }
}
