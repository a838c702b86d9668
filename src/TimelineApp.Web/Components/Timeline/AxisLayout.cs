using NodaTime;
using TimelineApp.Core.Dates;
using TimelineApp.Core.Events;

namespace TimelineApp.Web.Components.Timeline;

/// <summary>How an event is drawn: a point for a day or an instant, a bar for a range, a hatched band when vague.</summary>
public enum MarkShape
{
    Point,
    Range,
    Vague,
}

/// <summary>
/// One event drawn in one lane, in one of the lane's stacked rows, with its title trimmed to the room before the
/// next item of its row, when there is room.
/// </summary>
public sealed record AxisMark(TimelineEvent Event, MarkShape Shape, double X1, double X2, string? Label = null)
{
    public int Row { get; init; }

    /// <summary>Drawn beside a bubble that also counts it: the most reported of the bubble's events, with its title.</summary>
    public bool Leads { get; init; }
}

/// <summary>
/// Several events too close to tell apart, drawn as one count bubble. <see cref="PointFrom"/> and
/// <see cref="PointTo"/> are where its marks would be drawn: when they coincide (same day, same instant), no zoom
/// can separate them, and the bubble opens into a list instead.
/// </summary>
/// <remarks>
/// Only the count and the first few titles are kept, not the events: every viewer holds its layout, and bubbles
/// can hold thousands. The members are found again when a bubble is opened (<see cref="AxisLayout.Members"/>).
/// </remarks>
public sealed record AxisCluster(int Count, double X, Instant From, Instant To, Instant PointFrom, Instant PointTo, IReadOnlyList<string> FirstTitles)
{
    public int Row { get; init; }
}

/// <summary>A horizontal lane: a country, an actor, or everything, with as many rows as its stacked marks need.</summary>
public sealed record AxisLane(string Key, string Label, IReadOnlyList<AxisMark> Marks, IReadOnlyList<AxisCluster> Clusters)
{
    public int Rows { get; init; } = 1;
}

/// <summary>
/// Lays events out on an <see cref="AxisScale"/>: one lane per country or actor (an event sits in every lane it
/// belongs to; empty lanes are hidden), only the visible window drawn, and marks closer than
/// <see cref="ClusterDistance"/> pixels merged into count bubbles, so the element count stays bounded
/// however large the dataset.
/// </summary>
public static class AxisLayout
{
    /// <summary>Pixels per bin: a count bubble's diameter and a little, so neighbouring bubbles never overlap.</summary>
    public const double ClusterDistance = 24;

    /// <summary>At most this many lanes are drawn; the rest are summarised by the list view.</summary>
    public const int MaxLanes = 40;

    /// <summary>
    /// Marks and bubbles drawn at most, over all lanes. Each costs three or four SVG elements, so the axis
    /// stays near 2,000 elements however large the dataset; past the budget, marks are grouped more coarsely.
    /// </summary>
    public const int MaxItems = 450;

    /// <summary>The lane key of events without a country or actor: they get a lane of their own, never none.</summary>
    public const string NoneKey = "";

    /// <summary>Lanes drawn at first, and how many more each "show more" adds (up to <see cref="MaxLanes"/>).</summary>
    public const int LanesAtFirst = 12;

    /// <summary>
    /// What the drawn lanes leave out: lanes past the limit, and the visible events that sit only in them (an event
    /// in a drawn lane and a hidden one is drawn already).
    /// </summary>
    public static (int Lanes, int Events) Hidden(IReadOnlyList<TimelineEvent> events, AxisScale scale, Func<TimelineEvent, IEnumerable<string>> laneKeys, IReadOnlyList<AxisLane> drawn)
    {
        ArgumentNullException.ThrowIfNull(events);
        ArgumentNullException.ThrowIfNull(scale);
        ArgumentNullException.ThrowIfNull(laneKeys);
        ArgumentNullException.ThrowIfNull(drawn);
        var shown = drawn.Select(l => l.Key).ToHashSet(StringComparer.Ordinal);
        var hiddenLanes = new HashSet<string>(StringComparer.Ordinal);
        int hiddenEvents = 0;
        foreach (var e in events.Where(e => scale.IsVisible(e.Start, e.End)))
        {
            var keys = laneKeys(e).ToList();
            if (keys.Count > 0 && !keys.Any(shown.Contains))
            {
                hiddenEvents++;
            }

            hiddenLanes.UnionWith(keys.Where(k => !shown.Contains(k)));
        }

        return (hiddenLanes.Count, hiddenEvents);
    }

    /// <summary>Besides its leader, how many more of a bubble's events may be drawn beside it where their titles fit.</summary>
    public const int SpareLeaders = 4;

    /// <summary>How many titles a bubble keeps for its tooltip and accessible name.</summary>
    public const int TitlesKept = 3;

    /// <summary>Average width of a character of a mark's 11 px label, to trim titles to the room they have.</summary>
    public const double LabelCharWidth = 6;

    /// <summary>Fewer characters than this say nothing: the mark stays without a label.</summary>
    public const int MinimumLabelChars = 8;

    /// <summary>
    /// Rows shared by all lanes for stacking marks (as vis-timeline stacks items), so labels have room: one lane
    /// stacks up to <see cref="MaxRowsPerLane"/> rows, a dozen lanes one row each.
    /// </summary>
    public const int StackedRows = 16;

    public const int MaxRowsPerLane = 12;

    public static IReadOnlyList<AxisLane> Build(
        IReadOnlyList<TimelineEvent> events,
        AxisScale scale,
        Func<TimelineEvent, IEnumerable<string>> laneKeys,
        Func<string, string> laneLabel,
        string? selected = null,
        int maxLanes = MaxLanes)
    {
        maxLanes = Math.Clamp(maxLanes, 2, MaxLanes);
        ArgumentNullException.ThrowIfNull(events);
        ArgumentNullException.ThrowIfNull(scale);
        ArgumentNullException.ThrowIfNull(laneKeys);
        ArgumentNullException.ThrowIfNull(laneLabel);
        var byLane = new Dictionary<string, List<TimelineEvent>>(StringComparer.Ordinal);
        foreach (var e in events)
        {
            if (!scale.IsVisible(e.Start, e.End))
            {
                continue;
            }

            bool any = false;
            foreach (string key in laneKeys(e))
            {
                any = true;
                if (!byLane.TryGetValue(key, out var list))
                {
                    byLane[key] = list = [];
                }

                list.Add(e);
            }

            if (!any)
            {
                if (!byLane.TryGetValue(NoneKey, out var none))
                {
                    byLane[NoneKey] = none = [];
                }

                none.Add(e);
            }
        }

        // The "(none)" lane goes last and is always drawn, so that every visible event is somewhere on the axis.
        var lanes = byLane.Where(l => l.Key != NoneKey)
            .OrderByDescending(l => l.Value.Count).ThenBy(l => laneLabel(l.Key), StringComparer.Ordinal)
            .Take(byLane.ContainsKey(NoneKey) ? maxLanes - 1 : maxLanes).ToList();
        if (byLane.TryGetValue(NoneKey, out var noLane))
        {
            lanes.Add(new(NoneKey, noLane));
        }

        int perLane = Math.Max(8, MaxItems / Math.Max(1, lanes.Count));
        int rows = Math.Clamp(StackedRows / Math.Max(1, lanes.Count), 1, MaxRowsPerLane); // no lane at all when nothing is shown
        return [.. lanes.Select(l => Lay(l.Key, laneLabel(l.Key), l.Value, scale, perLane, rows, selected))];
    }

    public static MarkShape ShapeOf(TimelineEvent e)
    {
        ArgumentNullException.ThrowIfNull(e);
        if (e.IsVague)
        {
            return MarkShape.Vague;
        }

        return e.Precision is TimePrecision.Instant or TimePrecision.PartOfDay || (e.Precision == TimePrecision.Day && e.FirstDay == e.LastDay)
            ? MarkShape.Point
            : MarkShape.Range;
    }

    private static AxisLane Lay(string key, string label, List<TimelineEvent> events, AxisScale scale, int budget, int maxRows, string? selected)
    {
        AxisMark? open = null;
        var points = new List<(TimelineEvent Event, double X)>();
        var ranges = new List<AxisMark>();
        foreach (var e in events)
        {
            var shape = ShapeOf(e);
            double x1 = Math.Clamp(scale.X(e.Start), -5, scale.Width + 5);
            double x2 = Math.Clamp(scale.X(e.End), -5, scale.Width + 5);
            if (e.Id == selected)
            {
                // The open event is always its own mark, never hidden in a bubble: the axis shows where it is.
                bool asPoint = shape == MarkShape.Point || x2 - x1 < 4;
                double x = shape == MarkShape.Point ? (x1 + x2) / 2 : x1;
                open = asPoint ? new AxisMark(e, shape == MarkShape.Vague ? MarkShape.Vague : MarkShape.Point, x, x) : new AxisMark(e, shape, x1, x2);
            }
            else if (shape == MarkShape.Point || x2 - x1 < 4)
            {
                points.Add((e, shape == MarkShape.Point ? (x1 + x2) / 2 : x1));
            }
            else
            {
                ranges.Add(new AxisMark(e, shape, x1, x2));
            }
        }

        // Too many bars to tell apart: they join the points and are grouped by where they start.
        if (ranges.Count > budget / 2)
        {
            points.AddRange(ranges.Select(r => (r.Event, r.X1)));
            ranges.Clear();
        }

        var ordered = points.OrderBy(p => p.X).ToList();

        // Start by keeping as marks every bin the rows could hold; while some mark finds no row with room for it,
        // bubble more (bins of more than half as many, then a quarter ...). Past the element budget, bins widen.
        int keep = maxRows;
        double distance = ClusterDistance;
        while (true)
        {
            var (marks, clusters, spare) = Group(ordered, ranges, open, distance, keep, leaders: maxRows >= 3);
            if (marks.Count + clusters.Count > budget && distance < scale.Width)
            {
                distance *= 2;
                continue;
            }

            var stacked = AxisStacking.Stack(marks, clusters, maxRows, scale.Width, spare, budget - marks.Count - clusters.Count);
            if (stacked.Crowded == 0 || keep <= 1)
            {
                return new AxisLane(key, label, stacked.Marks, stacked.Clusters) { Rows = stacked.Rows };
            }

            keep /= 2;
        }
    }

    /// <summary>
    /// Groups points by fixed pixel bins: a bin of at most <paramref name="keep"/> events stays as marks (stacked
    /// later), a fuller one becomes a count bubble. With <paramref name="leaders"/>, a bubble's most reported event
    /// stays beside it as a mark with its title, so a crowded view still says what happened.
    /// </summary>
    private static (List<AxisMark> Marks, List<AxisCluster> Clusters, List<AxisMark> Spare) Group(
        List<(TimelineEvent Event, double X)> ordered, List<AxisMark> ranges, AxisMark? open, double distance, int keep, bool leaders)
    {
        var spare = new List<(AxisMark Mark, int Rank, int Count)>();
        var marks = new List<AxisMark>(ranges);
        if (open is not null)
        {
            marks.Add(open);
        }

        var clusters = new List<AxisCluster>();
        static AxisMark Point((TimelineEvent Event, double X) g) => new(g.Event, ShapeOf(g.Event) == MarkShape.Vague ? MarkShape.Vague : MarkShape.Point, g.X, g.X);
        foreach (var bin in GroupByDistance(ordered, distance))
        {
            var group = bin;
            if (group.Count == 1 || group.Count <= keep)
            {
                marks.AddRange(group.Select(Point));
            }
            else
            {
                if (leaders)
                {
                    // The bubble still counts them: it opens into all of its bin's events, its leaders among them.
                    // The runners-up are drawn only where a row has room for their whole title.
                    var ranked = group.OrderByDescending(g => Prominence(g.Event)).ThenBy(g => g.Event.Id, StringComparer.Ordinal).ToList();
                    marks.Add(Point(ranked[0]) with { Leads = true });
                    spare.AddRange(ranked.Skip(1).Take(SpareLeaders).Select((g, rank) => (Point(g) with { Leads = true }, rank, group.Count)));
                    group = [ranked[0], .. group.Where(g => !ReferenceEquals(g.Event, ranked[0].Event))];
                }

                clusters.Add(new AxisCluster(
                    group.Count,
                    group.Average(g => g.X),
                    group.Min(g => g.Event.Start),
                    group.Max(g => g.Event.End),
                    group.Min(g => PointTime(g.Event)),
                    group.Max(g => PointTime(g.Event)),
                    [.. group.Take(TitlesKept).Select(g => g.Event.Title)]));
            }
        }

        return (marks, clusters, [.. spare.OrderBy(s => s.Rank).ThenByDescending(s => s.Count).Select(s => s.Mark)]);
    }

    /// <summary>
    /// The events of a bubble, found again from the lane's events: those inside its span. For a bubble no zoom can
    /// separate this is exactly its members (plus any bar lying wholly inside the same day, which is also there).
    /// </summary>
    public static IReadOnlyList<TimelineEvent> Members(
        IReadOnlyList<TimelineEvent> events,
        string laneKey,
        Func<TimelineEvent, IEnumerable<string>> laneKeys,
        Instant from,
        Instant to)
    {
        ArgumentNullException.ThrowIfNull(events);
        ArgumentNullException.ThrowIfNull(laneKeys);
        return [.. events.Where(e => e.Start >= from && e.End <= to && InLane(e, laneKey, laneKeys)).OrderBy(e => e.Start).ThenBy(e => e.Title, StringComparer.Ordinal)];
    }

    /// <summary>Whether the event is drawn in the lane with this key.</summary>
    public static bool InLane(TimelineEvent e, string laneKey, Func<TimelineEvent, IEnumerable<string>> laneKeys)
    {
        ArgumentNullException.ThrowIfNull(laneKeys);
        var keys = laneKeys(e);
        return laneKey == NoneKey ? !keys.Any() : keys.Contains(laneKey, StringComparer.Ordinal);
    }

    /// <summary>How much an event stands for its neighbours: reported by more documents, with more evidence, more precise.</summary>
    private static (int Documents, int Evidence, int Precision) Prominence(TimelineEvent e) => (e.DocumentIndexes.Count, e.Evidence.Count, -(int)e.Precision);

    /// <summary>Where a point is drawn in time: the middle of a day or instant, the start of anything longer.</summary>
    public static Instant PointTime(TimelineEvent e)
    {
        ArgumentNullException.ThrowIfNull(e);
        return ShapeOf(e) == MarkShape.Point ? e.Start + ((e.End - e.Start) / 2) : e.Start;
    }

    // Fixed pixel bins rather than chains of neighbours: a dense period cannot chain into one giant bubble,
    // and a lane never holds more than width / distance groups.
    private static IEnumerable<List<(TimelineEvent Event, double X)>> GroupByDistance(List<(TimelineEvent Event, double X)> points, double distance) =>
        points.GroupBy(p => (long)Math.Floor(p.X / distance)).OrderBy(g => g.Key).Select(g => g.ToList());
}
