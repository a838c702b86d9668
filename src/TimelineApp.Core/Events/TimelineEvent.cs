using NodaTime;
using TimelineApp.Core.Dates;

namespace TimelineApp.Core.Events;

/// <summary>
/// Something that happened, happens or is scheduled. <see cref="Start"/> and <see cref="End"/> are the
/// instants of its (half-open) interval; <see cref="FirstDay"/> and <see cref="LastDay"/> are the local
/// calendar days in the capture zone, so a date is never shifted by a viewer's zone.
/// </summary>
public sealed record TimelineEvent(
    string Id,
    Instant Start,
    Instant End,
    LocalDate FirstDay,
    LocalDate LastDay,
    TimePrecision Precision,
    bool IsVague,
    string TimexValue,
    string Title,
    IReadOnlyList<EventEvidence> Evidence,
    IReadOnlyList<string> ActorIds,
    IReadOnlyList<string> CountryCodes,
    IReadOnlyList<string> Locations,
    IReadOnlyList<int> DocumentIndexes);
