namespace TimelineApp.Web.Components.Timeline;

/// <summary>
/// Stacks a lane's marks and bubbles in rows, the way vis-timeline stacks items: each goes to the lowest row where
/// it and its whole title fit, else to the lowest row where at least its mark fits, else to the row that frees up
/// first. Then every label is trimmed to the room before the next item of its own row, so no two labels overlap.
/// </summary>
public static class AxisStacking
{
    /// <summary>Where a point's label starts, right of its dot; a bar's label starts at its end.</summary>
    public static double LabelStart(AxisMark mark)
    {
        ArgumentNullException.ThrowIfNull(mark);
        return (mark.Shape == MarkShape.Point ? mark.X1 + 7 : Math.Max(mark.X2, mark.X1 + 4)) + 3;
    }

    /// <summary>Titles longer than this are trimmed even with room to spare: the axis is not the list.</summary>
    public const int MaxLabelChars = 28;

    private const double Gap = 4;

    /// <summary>The items laid out, the rows they use, and how many found no row with room even for their mark.</summary>
    /// <remarks>
    /// <paramref name="spare"/> marks (more of a bubble's events) are placed last, only where their whole title fits,
    /// and no more than <paramref name="spareBudget"/> of them, so the element budget holds.
    /// </remarks>
    public static (List<AxisMark> Marks, List<AxisCluster> Clusters, int Rows, int Crowded) Stack(
        IReadOnlyList<AxisMark> marks, IReadOnlyList<AxisCluster> clusters, int maxRows, double width, IReadOnlyList<AxisMark>? spare = null, int spareBudget = 0)
    {
        ArgumentNullException.ThrowIfNull(marks);
        ArgumentNullException.ThrowIfNull(clusters);

        // Bubbles first, packed into the top rows (they are narrow and carry no title), then marks in time order
        // into the room left, so that a title runs on beside the bubbles rather than into the next one.
        var items = clusters.Select(c => new Item(c.X - 12, c.X + 12, null, c)).OrderBy(i => i.Left)
            .Concat(marks.Select(m => new Item(Left(m), LabelStart(m), m, null))
                .OrderBy(i => i.Left)
                .ThenBy(i => i.Mark!.Event.Start)
                .ThenBy(i => i.Mark!.Event.Id, StringComparer.Ordinal))
            .ToList();
        var rows = new List<Row>();
        var rowOf = new int[items.Count];
        int crowded = 0;
        for (int i = 0; i < items.Count; i++)
        {
            var item = items[i];
            double whole = item.Mark is { } m ? item.MarkEnd + (Math.Min(m.Event.Title.Length, MaxLabelChars) * AxisLayout.LabelCharWidth) : item.MarkEnd;
            int row = FirstRow(rows, item.Left, whole, maxRows);
            if (row < 0)
            {
                row = FirstRow(rows, item.Left, item.MarkEnd, maxRows);
            }

            if (row < 0)
            {
                // Nowhere free: the row whose last item ends first (its title is trimmed away; marks may touch).
                row = rows.IndexOf(rows.MinBy(r => r.LastEnd)!);
                crowded++;
            }

            if (row == rows.Count)
            {
                rows.Add(new Row());
            }

            rows[row].Add(item.Left, item.MarkEnd, whole);
            rowOf[i] = row;
        }

        var placed = new List<int>(rowOf);
        foreach (var mark in spare ?? [])
        {
            if (placed.Count - rowOf.Length >= spareBudget)
            {
                break;
            }

            double left = Left(mark), markEnd = LabelStart(mark);
            double whole = markEnd + (Math.Min(mark.Event.Title.Length, MaxLabelChars) * AxisLayout.LabelCharWidth);
            int row = FirstRow(rows, left, whole, maxRows);
            if (row < 0)
            {
                continue;
            }

            if (row == rows.Count)
            {
                rows.Add(new Row());
            }

            rows[row].Add(left, markEnd, whole);
            items.Add(new Item(left, markEnd, mark, null));
            placed.Add(row);
        }

        rowOf = [.. placed];

        // Labels: each runs until the next item of its row, or the plot's edge.
        var laidMarks = new List<AxisMark>(items.Count - clusters.Count);
        var laidClusters = new List<AxisCluster>(clusters.Count);
        for (int i = 0; i < items.Count; i++)
        {
            if (items[i].Cluster is { } cluster)
            {
                laidClusters.Add(cluster with { Row = rowOf[i] });
                continue;
            }

            var mark = items[i].Mark!;
            double next = rows[rowOf[i]].NextLeft(items[i].Left, width);
            int chars = Math.Min((int)((next - items[i].MarkEnd - Gap) / AxisLayout.LabelCharWidth), MaxLabelChars);
            laidMarks.Add(mark with { Row = rowOf[i], Label = chars < AxisLayout.MinimumLabelChars ? null : Trim(mark.Event.Title, chars) });
        }

        return (laidMarks, laidClusters, Math.Max(1, rows.Count), crowded);
    }

    private static double Left(AxisMark m) => m.Shape == MarkShape.Point ? m.X1 - 7 : m.X1;

    private static int FirstRow(List<Row> rows, double left, double right, int maxRows)
    {
        for (int r = 0; r < rows.Count; r++)
        {
            if (rows[r].IsFree(left - Gap, right + Gap))
            {
                return r;
            }
        }

        return rows.Count < maxRows ? rows.Count : -1;
    }

    private static string Trim(string title, int chars) => title.Length <= chars ? title : string.Concat(title.AsSpan(0, chars - 1).TrimEnd(), "…");

    private sealed record Item(double Left, double MarkEnd, AxisMark? Mark, AxisCluster? Cluster);

    /// <summary>
    /// What one row holds: each item's left edge and where it ends, with its whole title when placed with room
    /// for it. A row holds a few dozen items at most, so plain lists do.
    /// </summary>
    private sealed class Row
    {
        private readonly List<(double Left, double End)> _taken = [];
        private readonly List<double> _lefts = [];

        public double LastEnd { get; private set; } = double.NegativeInfinity;

        public bool IsFree(double left, double right) => !_taken.Exists(t => t.Left < right && left < t.End);

        public void Add(double left, double markEnd, double wholeEnd)
        {
            // Once placed, the item keeps its mark's room; its title keeps the room it was placed with.
            _taken.Add((left, IsFree(markEnd, wholeEnd) ? wholeEnd : markEnd));
            _lefts.Add(left);
            LastEnd = Math.Max(LastEnd, markEnd);
        }

        /// <summary>The left edge of the first item after <paramref name="left"/> in this row, or the plot's edge.</summary>
        public double NextLeft(double left, double width)
        {
            double next = width;
            foreach (double l in _lefts)
            {
                if (l > left && l < next)
                {
                    next = l;
                }
            }

            return next;
        }
    }
}
