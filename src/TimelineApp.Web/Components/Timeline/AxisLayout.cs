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

/// <summary>One event drawn in one lane.</summary>
public sealed record AxisMark(TimelineEvent Event, MarkShape Shape, double X1, double X2);

/// <summary>Several events too close to tell apart, drawn as one count bubble.</summary>
public sealed record AxisCluster(IReadOnlyList<TimelineEvent> Events, double X, Instant From, Instant To);

/// <summary>A horizontal lane: a country, an actor, or everything.</summary>
public sealed record AxisLane(string Key, string Label, IReadOnlyList<AxisMark> Marks, IReadOnlyList<AxisCluster> Clusters);

/// <summary>
/// Lays events out on an <see cref="AxisScale"/>: one lane per country or actor (an event sits in every lane it
/// belongs to; empty lanes are hidden), only the visible window drawn, and marks closer than
/// <see cref="ClusterDistance"/> pixels merged into count bubbles, so the element count stays bounded
/// however large the dataset.
/// </summary>
public static class AxisLayout
{
    public const double ClusterDistance = 14;

    /// <summary>At most this many lanes are drawn; the rest are summarised by the list view.</summary>
    public const int MaxLanes = 40;

    public static IReadOnlyList<AxisLane> Build(
        IReadOnlyList<TimelineEvent> events,
        AxisScale scale,
        Func<TimelineEvent, IEnumerable<string>> laneKeys,
        Func<string, string> laneLabel)
    {
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

            foreach (string key in laneKeys(e))
            {
                if (!byLane.TryGetValue(key, out var list))
                {
                    byLane[key] = list = [];
                }

                list.Add(e);
            }
        }

        return [.. byLane.OrderByDescending(l => l.Value.Count).ThenBy(l => laneLabel(l.Key), StringComparer.Ordinal)
            .Take(MaxLanes)
            .Select(l => Lay(l.Key, laneLabel(l.Key), l.Value, scale))];
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

    private static AxisLane Lay(string key, string label, List<TimelineEvent> events, AxisScale scale)
    {
        var marks = new List<AxisMark>();
        var clusters = new List<AxisCluster>();
        var points = new List<(TimelineEvent Event, double X)>();
        foreach (var e in events)
        {
            var shape = ShapeOf(e);
            double x1 = Math.Clamp(scale.X(e.Start), -5, scale.Width + 5);
            double x2 = Math.Clamp(scale.X(e.End), -5, scale.Width + 5);
            if (shape == MarkShape.Point || x2 - x1 < 4)
            {
                points.Add((e, shape == MarkShape.Point ? (x1 + x2) / 2 : x1));
            }
            else
            {
                marks.Add(new AxisMark(e, shape, x1, x2));
            }
        }

        // Group points left to right; a group of one is a plain mark, larger groups become bubbles.
        foreach (var group in GroupByDistance(points.OrderBy(p => p.X).ToList()))
        {
            if (group.Count == 1)
            {
                var (e, x) = group[0];
                marks.Add(new AxisMark(e, ShapeOf(e) == MarkShape.Vague ? MarkShape.Vague : MarkShape.Point, x, x));
            }
            else
            {
                clusters.Add(new AxisCluster(
                    [.. group.Select(g => g.Event)],
                    group.Average(g => g.X),
                    group.Min(g => g.Event.Start),
                    group.Max(g => g.Event.End)));
            }
        }

        return new AxisLane(key, label, marks, clusters);
    }

    private static IEnumerable<List<(TimelineEvent Event, double X)>> GroupByDistance(List<(TimelineEvent Event, double X)> points)
    {
        var current = new List<(TimelineEvent, double)>();
        double last = double.NegativeInfinity;
        foreach (var p in points)
        {
            if (current.Count > 0 && p.X - last > ClusterDistance)
            {
                yield return current;
                current = [];
            }

            current.Add(p);
            last = p.X;
        }

        if (current.Count > 0)
        {
            yield return current;
        }
    }
}
