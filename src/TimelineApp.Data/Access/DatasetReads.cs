using TimelineApp.Data.Ingest;
using TimelineApp.Data.Storage;

namespace TimelineApp.Data.Access;

/// <summary>What an actor may see: the datasets it may read, and jobs of those.</summary>
public sealed class DatasetReads(DatasetStore store, JobQueries jobs, AccountsExist accountsExist, AccountOptions options)
{
    /// <summary>Anonymous people read public datasets when the switch is on, or while no account exists (first run).</summary>
    public async Task<bool> AnonymousMayReadAsync(CancellationToken cancellationToken = default) =>
        options.AnonymousRead || !await accountsExist.AnyAsync(cancellationToken).ConfigureAwait(false);

    public async Task<IReadOnlyList<DatasetSummary>> ListAsync(Actor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        bool anonymous = !actor.IsSignedIn && await AnonymousMayReadAsync(cancellationToken).ConfigureAwait(false);
        var all = await store.ListAsync(cancellationToken).ConfigureAwait(false);
        return [.. all.Where(d => DatasetAccess.CanRead(actor, d.OwnerId, d.Visibility, anonymous))];
    }

    /// <summary>The stories the actor may read, each with its captures (<see cref="StorySummaries"/>).</summary>
    public async Task<IReadOnlyList<DatasetSummary>> ListStoriesAsync(Actor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        bool anonymous = !actor.IsSignedIn && await AnonymousMayReadAsync(cancellationToken).ConfigureAwait(false);
        var all = await store.ListStoriesAsync(cancellationToken).ConfigureAwait(false);
        return [.. all.Where(d => DatasetAccess.CanRead(actor, d.OwnerId, d.Visibility, anonymous))];
    }

    public async Task<DatasetSummary?> FindAsync(Actor actor, Guid datasetId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var dataset = await store.FindAsync(datasetId, cancellationToken).ConfigureAwait(false);
        bool anonymous = !actor.IsSignedIn && await AnonymousMayReadAsync(cancellationToken).ConfigureAwait(false);
        return dataset is not null && DatasetAccess.CanRead(actor, dataset.OwnerId, dataset.Visibility, anonymous) ? dataset : null;
    }

    /// <summary>A job, when the actor may read its dataset; null otherwise.</summary>
    public async Task<JobSnapshot?> JobAsync(Actor actor, Guid jobId, CancellationToken cancellationToken = default)
    {
        var job = await jobs.GetAsync(jobId, cancellationToken).ConfigureAwait(false);
        return job is not null && await FindAsync(actor, job.DatasetId, cancellationToken).ConfigureAwait(false) is not null ? job : null;
    }
}
