using NodaTime;
using TimelineApp.Core.Documents;
using TimelineApp.Core.Entities;
using TimelineApp.Core.Events;

namespace TimelineApp.Core.Stories;

/// <summary>What became of an event with the story's latest capture.</summary>
public enum EventChange
{
    Unchanged,

    /// <summary>First reported in the latest capture.</summary>
    New,

    /// <summary>Reported before; the latest capture added sources.</summary>
    NewSources,

    /// <summary>Its days are not what they were before the latest capture (a later report is more precise, or disagrees).</summary>
    Moved,
}

/// <summary>What one source says of an event's date.</summary>
/// <param name="DocumentIndex">The story document that says it.</param>
/// <param name="Source">Its publisher (or "main article").</param>
/// <param name="Phrase">The time phrase, when there is one.</param>
/// <param name="FirstDay">The first day it says.</param>
/// <param name="LastDay">The last day it says.</param>
public sealed record DateReading(int DocumentIndex, string Source, string? Phrase, LocalDate FirstDay, LocalDate LastDay);

/// <summary>How an event stands in its story.</summary>
/// <param name="Change">What the latest capture did to it.</param>
/// <param name="Previous">Its first and last day before the latest capture, when it moved.</param>
/// <param name="Readings">Which source says which days, when sources disagree (empty otherwise).</param>
public sealed record StoryEventInfo(EventChange Change, (LocalDate First, LocalDate Last)? Previous, IReadOnlyList<DateReading> Readings)
{
    public static StoryEventInfo Plain { get; } = new(EventChange.Unchanged, null, []);

    public bool IsDisputed => Readings.Select(r => (r.FirstDay, r.LastDay)).Distinct().Count() > 1;
}

/// <summary>A story's captures merged into one timeline, with what the latest capture changed.</summary>
/// <param name="Documents">Each document once (captured twice: one document), indexed from 0.</param>
/// <param name="Events">Each happening once, with every source of every capture.</param>
/// <param name="Actors">Each person once.</param>
/// <param name="Countries">Each country once.</param>
/// <param name="Info">How each event (by id) stands; events not listed are unchanged and undisputed.</param>
/// <param name="PreviousCapture">When the capture before the latest was taken; null for a story of one capture.</param>
public sealed record StoryTimeline(
    IReadOnlyList<NewsDocument> Documents,
    IReadOnlyList<TimelineEvent> Events,
    IReadOnlyList<Actor> Actors,
    IReadOnlyList<Country> Countries,
    IReadOnlyDictionary<string, StoryEventInfo> Info,
    Instant? PreviousCapture)
{
    public StoryEventInfo Of(string eventId) => Info.GetValueOrDefault(eventId, StoryEventInfo.Plain);
}
