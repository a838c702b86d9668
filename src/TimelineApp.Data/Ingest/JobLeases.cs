using Microsoft.EntityFrameworkCore;
using NodaTime;
using TimelineApp.Data.Entities;

namespace TimelineApp.Data.Ingest;

/// <summary>
/// Claims, renews and checks job leases. A lease is a random token (stored in <see cref="IngestJobRecord.LeaseHolder"/>)
/// and an expiry; who holds a job is decided by comparing tokens, never by guessing whether a process is alive.
/// </summary>
public sealed class JobLeases(IDbContextFactory<TimelineDbContext> contexts, IClock clock, IngestLimits limits)
{
    /// <summary>
    /// Takes a queued job, or a running one whose lease ran out, in one conditional UPDATE: of several runners (or
    /// machines on one PostgreSQL) only one wins. <paramref name="reclaim"/> is the token of this runner's own earlier
    /// run that could not record its end (the database refused it): that job is taken back without waiting for expiry.
    /// </summary>
    public async Task<JobLease?> ClaimAsync(Guid jobId, string? reclaim, CancellationToken cancellationToken)
    {
        var now = clock.GetCurrentInstant();
        var until = now + Duration.FromTimeSpan(limits.Lease);
        string token = Guid.NewGuid().ToString("N");
        await using var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        int claimed = await db.IngestJobs
            .Where(j => j.Id == jobId && (j.Status == JobStatus.Queued || (j.Status == JobStatus.Running && (j.LeaseUntil < now || (reclaim != null && j.LeaseHolder == reclaim)))))
            .ExecuteUpdateAsync(
                u => u
                    .SetProperty(j => j.Status, JobStatus.Running)
                    .SetProperty(j => j.Attempts, j => j.Attempts + 1)
                    .SetProperty(j => j.UpdatedAt, now)
                    .SetProperty(j => j.LeaseUntil, until)
                    .SetProperty(j => j.LeaseHolder, token),
                cancellationToken).ConfigureAwait(false);
        if (claimed == 0)
        {
            return null;
        }

        var datasetId = await db.IngestJobs.Where(j => j.Id == jobId).Select(j => j.DatasetId).FirstAsync(cancellationToken).ConfigureAwait(false);
        return new JobLease(jobId, datasetId, token);
    }

    /// <summary>Extends the lease; false when the row no longer carries the token (the run must stop).</summary>
    public async Task<bool> RenewAsync(JobLease lease, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(lease);
        var now = clock.GetCurrentInstant();
        var until = now + Duration.FromTimeSpan(limits.Lease);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        return await Held(db, lease).ExecuteUpdateAsync(u => u.SetProperty(j => j.LeaseUntil, until), cancellationToken).ConfigureAwait(false) == 1;
    }

    /// <summary>The job row, only while it is running under <paramref name="lease"/>: the condition of every write of a run.</summary>
    public static IQueryable<IngestJobRecord> Held(TimelineDbContext db, JobLease lease)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(lease);
        return db.IngestJobs.Where(j => j.Id == lease.JobId && j.Status == JobStatus.Running && j.LeaseHolder == lease.Token);
    }
}
