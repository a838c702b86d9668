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
    IReadOnlyList<Country> Countries);
