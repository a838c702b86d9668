using Microsoft.EntityFrameworkCore;
using TimelineApp.Data.Entities;

namespace TimelineApp.Data.Ingest;

/// <summary>Reads jobs for pages and callers; never writes.</summary>
public sealed class JobQueries(IDbContextFactory<TimelineDbContext> contexts)
{
    public async Task<JobSnapshot?> GetAsync(Guid jobId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var job = await db.IngestJobs.AsNoTracking().FirstOrDefaultAsync(j => j.Id == jobId, cancellationToken).ConfigureAwait(false);
        return job is null ? null : ToSnapshot(job);
    }

    /// <summary>The newest job of a dataset, so a page can show its progress after a reload.</summary>
    public async Task<JobSnapshot?> LatestForDatasetAsync(Guid datasetId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var jobs = await db.IngestJobs.AsNoTracking().Where(j => j.DatasetId == datasetId).ToListAsync(cancellationToken).ConfigureAwait(false);
        var job = jobs.OrderByDescending(j => j.CreatedAt).FirstOrDefault();
        return job is null ? null : ToSnapshot(job);
    }

    /// <summary>The open (queued or running) jobs of a dataset.</summary>
    public async Task<IReadOnlyList<Guid>> OpenForDatasetAsync(Guid datasetId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        return await db.IngestJobs.AsNoTracking()
            .Where(j => j.DatasetId == datasetId && (j.Status == JobStatus.Queued || j.Status == JobStatus.Running))
            .Select(j => j.Id).ToListAsync(cancellationToken).ConfigureAwait(false);
    }

    internal static JobSnapshot ToSnapshot(IngestJobRecord j) => new(j.Id, j.DatasetId, j.Status, j.Stage, j.Done, j.Total, j.Error, j.Attempts);
}
