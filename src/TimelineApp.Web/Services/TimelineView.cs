using NodaTime;
using TimelineApp.Core.Events;
using TimelineApp.Web.Components.Timeline;

namespace TimelineApp.Web.Services;

/// <summary>What the axis and the list share: the window in view, the events in it, and moving it to an event.</summary>
public static class TimelineView
{
    /// <summary>The window of the query, or the story's window when the address gives none.</summary>
    public static (Instant Start, Instant End) Window(TimelineQuery query, IReadOnlyList<TimelineEvent> events, Instant capture)
    {
        ArgumentNullException.ThrowIfNull(query);
        return query.WindowStart is { } start && query.WindowEnd is { } end ? (start, end) : StoryWindow.Story(events, capture);
    }

    /// <summary>
    /// The events drawn in the window: those overlapping it. When that is all of them, the same list comes back,
    /// so that viewers of a whole story keep sharing one list instead of each holding a copy.
    /// </summary>
    public static IReadOnlyList<TimelineEvent> InWindow(IReadOnlyList<TimelineEvent> events, (Instant Start, Instant End) window)
    {
        ArgumentNullException.ThrowIfNull(events);
        bool Inside(TimelineEvent e) => e.End >= window.Start && e.Start <= window.End;
        return events.All(Inside) ? events : [.. events.Where(Inside)];
    }

    /// <summary>
    /// The query with its window moved, same width, to centre <paramref name="e"/> when the event lies outside
    /// it; otherwise the query unchanged, so opening a visible event does not move the view.
    /// </summary>
    public static TimelineQuery Showing(TimelineQuery query, (Instant Start, Instant End) window, TimelineEvent e)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(e);
        if (e.End >= window.Start && e.Start <= window.End)
        {
            return query;
        }

        var half = (window.End - window.Start) / 2;
        var middle = StoryWindow.Midpoint(e);
        return query with { WindowStart = middle - half, WindowEnd = middle + half };
    }
}
