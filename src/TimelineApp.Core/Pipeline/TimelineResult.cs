using TimelineApp.Core.Dates;
using TimelineApp.Core.Documents;
using TimelineApp.Core.Entities;
using TimelineApp.Core.Events;

namespace TimelineApp.Core.Pipeline;

/// <summary>A document together with the time phrases resolved in its body.</summary>
public sealed record DocumentTimes(NewsDocument Document, IReadOnlyList<ResolvedTime> Times);

/// <summary>Everything the pipeline made of one dump.</summary>
public sealed record TimelineResult(
    Capture Capture,
    DumpFormat Format,
    IReadOnlyList<DocumentTimes> Documents,
    IReadOnlyList<TimelineEvent> Events,
    IReadOnlyList<Actor> Actors,
    IReadOnlyList<Country> Countries)
{
    /// <summary>What the reader of the result should know about how it was made: parts of the input left out by a limit, and why.</summary>
    public IReadOnlyList<string> Notes { get; init; } = [];
}
