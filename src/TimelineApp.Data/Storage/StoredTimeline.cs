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
    /// <summary>
    /// The events ordered by start, then id in ordinal order (not a database's collation): filters keep this
    /// order, so an unfiltered view can hand every viewer this one array instead of a sorted copy.
    /// </summary>
    public IReadOnlyList<TimelineEvent> Events { get; init; } =
        Events.OrderBy(e => e.Start).ThenBy(e => e.Id, StringComparer.Ordinal).ToArray();
}
