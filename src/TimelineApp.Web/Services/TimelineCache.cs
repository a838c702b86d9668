using System.Collections.Concurrent;
using TimelineApp.Data.Storage;

namespace TimelineApp.Web.Services;

/// <summary>
/// One immutable copy of each loaded dataset, shared by every viewer: filters, zoom and lanes are
/// computations over it, so an extra viewer costs only its own view state.
/// </summary>
public sealed class TimelineCache(DatasetStore store)
{
    private readonly ConcurrentDictionary<Guid, Lazy<Task<StoredTimeline?>>> _timelines = new();

    public Task<StoredTimeline?> GetAsync(Guid datasetId)
    {
        var entry = _timelines.GetOrAdd(datasetId, id => new Lazy<Task<StoredTimeline?>>(() => store.LoadAsync(id)));
        return entry.Value;
    }

    /// <summary>Forgets a dataset after it changed (re-processed, renamed, deleted).</summary>
    public void Invalidate(Guid datasetId) => _timelines.TryRemove(datasetId, out _);
}
