using NodaTime;
using TimelineApp.Core.Events;
using TimelineApp.Core.Stories;

namespace TimelineApp.Data.Storage;

/// <summary>A correction as an event or actor shows it: what it set, and what the pipeline had said.</summary>
public sealed record AppliedCorrection(long Id, string Kind, string Summary, string PipelineValue, string By, Instant At);

/// <summary>A correction whose evidence the story no longer has (the sentence or the person is gone): listed, never dropped.</summary>
public sealed record OrphanedCorrection(long Id, string Kind, string Summary, string Reason, string By, Instant At);

/// <summary>How an event stands in its story: its change, whether sources disagree on its date, and its corrections.</summary>
public sealed record EventStanding
{
    public static EventStanding Plain { get; } = new();

    public EventChange Change { get; init; }

    /// <summary>For a moved event: its date before the latest capture, in words ("Sat 2025-07-12").</summary>
    public string? PreviousDate { get; init; }

    public bool IsDisputed => Readings.Select(r => (r.FirstDay, r.LastDay)).Distinct().Count() > 1;

    /// <summary>Which source says what of the date, when more than one date is reported.</summary>
    public IReadOnlyList<DateReading> Readings { get; init; } = [];

    public IReadOnlyList<AppliedCorrection> Corrections { get; init; } = [];

    public IReadOnlyList<string> Notes { get; init; } = [];
}

/// <summary>The changes since the story's previous capture, counted.</summary>
public sealed record StoryChanges(int NewEvents, int Moved, int WithNewSources, int Disputed, Instant? Since)
{
    public static StoryChanges None { get; } = new(0, 0, 0, 0, null);
}

/// <summary>
/// The story around a timeline: each event's standing, the change summary, the corrected actors, hidden events (kept to be
/// shown and undone) and orphaned corrections. Empty for a story of one capture without corrections.
/// </summary>
public sealed record StoryView
{
    public static StoryView Empty { get; } = new();

    public IReadOnlyDictionary<string, EventStanding> Events { get; init; } = new Dictionary<string, EventStanding>();

    public StoryChanges Changes { get; init; } = StoryChanges.None;

    public IReadOnlyDictionary<string, IReadOnlyList<AppliedCorrection>> Actors { get; init; } = new Dictionary<string, IReadOnlyList<AppliedCorrection>>();

    /// <summary>Events a person marked "not an event", each with the correction that hid it.</summary>
    public IReadOnlyList<(TimelineEvent Event, AppliedCorrection By)> Hidden { get; init; } = [];

    public IReadOnlyList<OrphanedCorrection> Orphaned { get; init; } = [];

    public EventStanding Of(string eventId) => Events.GetValueOrDefault(eventId, EventStanding.Plain);
}
