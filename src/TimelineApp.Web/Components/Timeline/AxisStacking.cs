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
    public const int MaxLabelChars = 32;

    private const double Gap = 4;

    /// <summary>The items laid out, the rows they use, and how many found no row with room even for their mark.</summary>
    public static (List<AxisMark> Marks, List<AxisCluster> Clusters, int Rows, int Crowded) Stack(
        IReadOnlyList<AxisMark> marks, IReadOnlyList<AxisCluster> clusters, int maxRows, double width)
    {
        ArgumentNullException.ThrowIfNull(marks);
        ArgumentNullException.ThrowIfNull(clusters);
        var items = marks.Select(m => new Item(Left(m), LabelStart(m), m, null))
            .Concat(clusters.Select(c => new Item(c.X - 12, c.X + 12, null, c)))
            .OrderBy(i => i.Left)
            .ThenBy(i => i.Mark?.Event.Start ?? i.Cluster!.From)
            .ThenBy(i => i.Mark?.Event.Id ?? string.Empty, StringComparer.Ordinal)
            .ToList();

        // Per row: where the last item's whole title would end, and where its mark (without a title) ends.
        var titleEnds = new List<double>();
        var markEnds = new List<double>();
        var rowOf = new int[items.Count];
        int crowded = 0;
        for (int i = 0; i < items.Count; i++)
        {
            var item = items[i];
            int row = FirstRow(titleEnds, item.Left, maxRows);
            if (row < 0)
            {
                row = FirstRow(markEnds, item.Left, maxRows);
            }

            if (row < 0)
            {
                // Nowhere free: the row that frees up first (its last label is trimmed away; marks may touch).
                row = markEnds.IndexOf(markEnds.Min());
                crowded++;
            }

            if (row == titleEnds.Count)
            {
                titleEnds.Add(0);
                markEnds.Add(0);
            }

            titleEnds[row] = item.Mark is { } m ? item.MarkEnd + (Math.Min(m.Event.Title.Length, MaxLabelChars) * AxisLayout.LabelCharWidth) : item.MarkEnd;
            markEnds[row] = item.MarkEnd;
            rowOf[i] = row;
        }

        // Labels: each runs until the next item of its row, or the plot's edge.
        var nextLeft = new double[items.Count];
        var seen = new Dictionary<int, int>();
        for (int i = items.Count - 1; i >= 0; i--)
        {
            nextLeft[i] = seen.TryGetValue(rowOf[i], out int next) ? items[next].Left : width;
            seen[rowOf[i]] = i;
        }

        var laidMarks = new List<AxisMark>(marks.Count);
        var laidClusters = new List<AxisCluster>(clusters.Count);
        for (int i = 0; i < items.Count; i++)
        {
            if (items[i].Cluster is { } cluster)
            {
                laidClusters.Add(cluster with { Row = rowOf[i] });
                continue;
            }

            var mark = items[i].Mark!;
            int chars = Math.Min((int)((nextLeft[i] - items[i].MarkEnd - Gap) / AxisLayout.LabelCharWidth), MaxLabelChars);
            laidMarks.Add(mark with { Row = rowOf[i], Label = chars < AxisLayout.MinimumLabelChars ? null : Trim(mark.Event.Title, chars) });
        }

        return (laidMarks, laidClusters, Math.Max(1, titleEnds.Count), crowded);
    }

    private static double Left(AxisMark m) => m.Shape == MarkShape.Point ? m.X1 - 7 : m.X1;

    private static int FirstRow(List<double> ends, double left, int maxRows)
    {
        for (int r = 0; r < ends.Count; r++)
        {
            if (ends[r] + Gap <= left)
            {
                return r;
            }
        }

        return ends.Count < maxRows ? ends.Count : -1;
    }

    private static string Trim(string title, int chars) => title.Length <= chars ? title : string.Concat(title.AsSpan(0, chars - 1).TrimEnd(), "…");

    private sealed record Item(double Left, double MarkEnd, AxisMark? Mark, AxisCluster? Cluster);
}
