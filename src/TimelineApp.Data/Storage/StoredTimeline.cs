using System.Collections.Concurrent;
using NodaTime;
using TimelineApp.Core.Documents;
using TimelineApp.Core.Entities;
using TimelineApp.Core.Events;

namespace TimelineApp.Data.Storage;

/// <summary>
/// A whole dataset read back into the pipeline's own types: immutable, so one copy can serve every viewer.
/// </summary>
public sealed record StoredTimeline(
    DatasetSummary Dataset,
    DateTimeZone Zone,
    IReadOnlyList<NewsDocument> Documents,
    IReadOnlyList<TimelineEvent> Events,
    IReadOnlyList<Actor> Actors,
    IReadOnlyList<Country> Countries)
{
    // Values computed once from this copy (the unfiltered facet counts): they live and die with it, so they are
    // evicted with the cached dataset instead of sitting in a static table.
    private readonly ConcurrentDictionary<Type, Lazy<object>> _derived = new();

    /// <summary>
    /// The events ordered by start, then id in ordinal order (not a database's collation): filters keep this
    /// order, so an unfiltered view can hand every viewer this one array instead of a sorted copy.
    /// </summary>
    public IReadOnlyList<TimelineEvent> Events { get; init; } =
        Events.OrderBy(e => e.Start).ThenBy(e => e.Id, StringComparer.Ordinal).ToArray();

    /// <summary>The story around it: changes since the previous capture, disputes, corrections (empty for a plain dataset).</summary>
    public StoryView Story { get; init; } = StoryView.Empty;

    /// <summary>A value derived from this dataset, computed once (the first caller computes, the others wait) and kept with it.</summary>
    public T Derived<T>(Func<StoredTimeline, T> compute)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(compute);
        return (T)_derived.GetOrAdd(typeof(T), _ => new Lazy<object>(() => compute(this))).Value;
    }

    /// <summary>A copy (<c>with</c>) is another dataset view: it starts without the derived values of this one.</summary>
    private StoredTimeline(StoredTimeline original)
    {
        _derived = new();
        Dataset = original.Dataset;
        Zone = original.Zone;
        Documents = original.Documents;
        Events = original.Events;
        Actors = original.Actors;
        Countries = original.Countries;
        Story = original.Story;
    }
}
