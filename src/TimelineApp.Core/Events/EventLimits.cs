namespace TimelineApp.Core.Events;

/// <summary>
/// Bounds that keep the events of a dump proportional to its size whatever its shape. Real news stays far below
/// them (an article has tens of dated phrases; a 5,000-article dump some tens of thousands of events); a line of
/// 50,000 "Monday"s would otherwise be 50,000 events.
/// </summary>
public static class EventLimits
{
    /// <summary>The most events one document makes; the rest of its dated phrases are left out, with a note.</summary>
    public const int MaxEventsPerDocument = 300;

    /// <summary>The most events one dump makes, across its documents; later documents make none, with a note.</summary>
    public const int MaxEventsPerDump = 100_000;

    /// <summary>The most sentences that join an event by continuing it ("He said ..."); more are left out.</summary>
    public const int MaxContinuations = 20;
}
