using NodaTime;
using TimelineApp.Core.Events;

namespace TimelineApp.Web.Components.Timeline;

/// <summary>
/// The windows a first view can open on. <see cref="FitAll"/> spans every event, so one century-long event
/// (a "since 949" mention) squeezes a story of three years into a few pixels; <see cref="Story"/> opens on the
/// bulk of the events instead, and the axis shows what falls outside as counts at its edges.
/// </summary>
public static class StoryWindow
{
    /// <summary>The share of event midpoints the story window holds, unless the last of them lie far from the rest.</summary>
    public const double Bulk = 0.9;

    /// <summary>
    /// The capture instant is brought into view only while that keeps the window within this many times the
    /// bulk's span: a capture years after the story would otherwise decide the view like a long event does.
    /// </summary>
    public const double MaxWidening = 2.5;

    private static readonly Duration MinimumSpan = Duration.FromHours(12);

    /// <summary>The window that shows every event, with a margin ("Fit all").</summary>
    public static (Instant Start, Instant End) FitAll(IReadOnlyList<TimelineEvent> events, Instant capture)
    {
        ArgumentNullException.ThrowIfNull(events);
        if (events.Count == 0)
        {
            return (capture - Duration.FromDays(7), capture + Duration.FromDays(1));
        }

        var start = events.Min(e => e.Start);
        var end = Instant.Max(events.Max(e => e.End), start + Duration.FromHours(1));
        return WithMargin(start, end);
    }

    /// <summary>
    /// The span holding the bulk of the events' midpoints (<see cref="Core"/>), widened to the capture
    /// instant when that stays near the story, plus a margin. Events are judged by their midpoints so that
    /// a long event counts where it sits, not by its extremes.
    /// </summary>
    public static (Instant Start, Instant End) Story(IReadOnlyList<TimelineEvent> events, Instant capture)
    {
        ArgumentNullException.ThrowIfNull(events);
        if (events.Count == 0)
        {
            return FitAll(events, capture);
        }

        var (start, end) = Core(events);
        var coreSpan = Duration.Max(end - start, MinimumSpan);
        var widenedStart = Instant.Min(start, capture);
        var widenedEnd = Instant.Max(end, capture);
        if ((widenedEnd - widenedStart).TotalTicks <= coreSpan.TotalTicks * MaxWidening)
        {
            (start, end) = (widenedStart, widenedEnd);
        }

        if (end - start < MinimumSpan)
        {
            var middle = start + ((end - start) / 2);
            (start, end) = (middle - (MinimumSpan / 2), middle + (MinimumSpan / 2));
        }

        return WithMargin(start, end);
    }

    /// <summary>
    /// The span of midpoints that holds the story: the shortest span holding <see cref="Bulk"/> of the events,
    /// unless that is more than <see cref="MaxGrowth"/> times the shortest span holding <see cref="Core75"/> of them.
    /// Then the last few events it would take in lie far from the rest (the history of a short story of 24 events,
    /// two of them from 2013), and the window holds as many events as it can without growing past that.
    /// </summary>
    public static (Instant Start, Instant End) Core(IReadOnlyList<TimelineEvent> events)
    {
        ArgumentNullException.ThrowIfNull(events);
        if (events.Count == 0)
        {
            throw new ArgumentException("No events.", nameof(events));
        }

        var mids = events.Select(Midpoint).Order().ToArray();
        int least = Math.Max(1, (int)Math.Ceiling(mids.Length * Core75));
        int most = Math.Max(1, (int)Math.Ceiling(mids.Length * Bulk));
        var (start, end) = Shortest(mids, least);
        var limit = Duration.Max(end - start, MinimumSpan).TotalTicks * MaxGrowth;
        for (int take = most; take > least; take--)
        {
            var candidate = Shortest(mids, take);
            if ((candidate.End - candidate.Start).TotalTicks <= limit)
            {
                return candidate;
            }
        }

        return (start, end);
    }

    /// <summary>The share of events the story window always holds, even when the rest lie far away.</summary>
    public const double Core75 = 0.75;

    /// <summary>How much longer than the span of <see cref="Core75"/> of the events the window may grow to hold more.</summary>
    public const double MaxGrowth = 3;

    private static (Instant Start, Instant End) Shortest(Instant[] mids, int take)
    {
        int best = 0;
        for (int i = 1; i + take - 1 < mids.Length; i++)
        {
            if (mids[i + take - 1] - mids[i] < mids[best + take - 1] - mids[best])
            {
                best = i;
            }
        }

        return (mids[best], mids[best + take - 1]);
    }

    /// <summary>Where an event counts for the story window: the middle of its interval.</summary>
    public static Instant Midpoint(TimelineEvent e)
    {
        ArgumentNullException.ThrowIfNull(e);
        return e.Start + ((e.End - e.Start) / 2);
    }

    private static (Instant Start, Instant End) WithMargin(Instant start, Instant end)
    {
        var margin = Duration.FromMilliseconds(Math.Max((end - start).TotalMilliseconds * 0.05, Duration.FromHours(6).TotalMilliseconds));
        return (start - margin, end + margin);
    }
}
