using Microsoft.Extensions.Caching.Memory;
using TimelineApp.Data.Storage;

namespace TimelineApp.Web.Services;

/// <summary>
/// One immutable copy of each loaded dataset, shared by every viewer: filters, zoom and lanes are computations over
/// it, so an extra viewer costs only its own view state. Bounded (a <see cref="MemoryCache"/> with a size limit,
/// sliding and absolute expiration). Concurrent viewers of a dataset not yet loaded share one load; a load that
/// fails (a database timeout) or finds nothing ready is not kept, so the next viewer tries again.
/// </summary>
public sealed class TimelineCache : IDisposable
{
    private readonly Func<Guid, CancellationToken, Task<StoredTimeline?>> _load;
    private readonly TimelineCacheOptions _options;
    private readonly MemoryCache _cache;

    // Which story a capture belongs to, for the stories held: a changed capture makes its story stale.
    private readonly System.Collections.Concurrent.ConcurrentDictionary<Guid, Guid> _storyOf = new();

    /// <summary>A cache of stories' timelines (a dataset from before stories is a story of one capture, with its id).</summary>
    public TimelineCache(StoryTimelines stories, TimelineCacheOptions? options = null)
        : this((id, ct) => stories.LoadAsync(id, ct), options)
    {
        ArgumentNullException.ThrowIfNull(stories);
    }

    /// <summary>A cache over any loader (tests, benchmarks).</summary>
    public TimelineCache(Func<Guid, CancellationToken, Task<StoredTimeline?>> load, TimelineCacheOptions? options = null)
    {
        _load = load;
        _options = options ?? new TimelineCacheOptions();
        _cache = new MemoryCache(new MemoryCacheOptions { SizeLimit = _options.SizeLimit });
    }

    /// <summary>How many datasets (loaded or loading) are held now.</summary>
    public int Count => _cache.Count;

    public async Task<StoredTimeline?> GetAsync(Guid datasetId)
    {
        // The loading entry has size 1; once loaded it is put back with its real size, so the limit counts content.
        var entry = _cache.GetOrCreate(datasetId, e =>
        {
            e.Size = 1;
            e.SlidingExpiration = _options.SlidingExpiration;
            e.AbsoluteExpirationRelativeToNow = _options.AbsoluteExpiration;
            return new Loading(new Lazy<Task<StoredTimeline?>>(() => _load(datasetId, CancellationToken.None)));
        })!;

        StoredTimeline? timeline;
        try
        {
            timeline = await entry.Load.Value;
        }
        catch
        {
            Forget(datasetId, entry);
            throw;
        }

        if (timeline is null)
        {
            Forget(datasetId, entry); // not ready yet, or gone: ask again next time
            return null;
        }

        foreach (var capture in timeline.Dataset.Captures.Where(c => c.Id != datasetId))
        {
            _storyOf[capture.Id] = datasetId;
        }

        if (!entry.Sized && IsCurrent(datasetId, entry))
        {
            var sized = new Loading(entry.Load) { Sized = true };
            _cache.Set(datasetId, sized, new MemoryCacheEntryOptions
            {
                Size = timeline.Documents.Count + timeline.Events.Count + 1L,
                SlidingExpiration = _options.SlidingExpiration,
                AbsoluteExpirationRelativeToNow = _options.AbsoluteExpiration,
            });
        }

        return timeline;
    }

    /// <summary>
    /// Forgets a dataset after it changed (re-processed, renamed, deleted), and the story it is a capture of, when that
    /// story is held. A capture new to its story is not known here yet: the caller forgets the story by its id too.
    /// </summary>
    public void Invalidate(Guid datasetId)
    {
        _cache.Remove(datasetId);
        if (_storyOf.TryRemove(datasetId, out var story))
        {
            _cache.Remove(story);
        }
    }

    public void Dispose() => _cache.Dispose();

    private bool IsCurrent(Guid datasetId, Loading entry) => _cache.TryGetValue(datasetId, out Loading? current) && ReferenceEquals(current, entry);

    private void Forget(Guid datasetId, Loading entry)
    {
        if (IsCurrent(datasetId, entry))
        {
            _cache.Remove(datasetId);
        }
    }

    // One load shared by every viewer who asks while it runs; Sized once the entry carries the dataset's real size.
    private sealed record Loading(Lazy<Task<StoredTimeline?>> Load)
    {
        public bool Sized { get; init; }
    }
}
