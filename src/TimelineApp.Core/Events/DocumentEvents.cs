namespace TimelineApp.Core.Events;

/// <summary>The events built from one document, and how many dated phrases were left out by <see cref="EventLimits"/>.</summary>
public sealed record DocumentEvents(IReadOnlyList<TimelineEvent> Events, int LeftOut);
