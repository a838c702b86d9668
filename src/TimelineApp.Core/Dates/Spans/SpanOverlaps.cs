namespace TimelineApp.Core.Dates.Spans;

/// <summary>span.longest: where adjusted spans overlap ("the year" and "the year-ago third quarter"), the longer phrase is the TIMEX3.</summary>
public static class SpanOverlaps
{
    /// <summary>
    /// The mentions without overlaps, in text order. Mentions only compete with those they overlap, directly or
    /// through a chain, so the longest-first choice is made within each such cluster: the same choice as over the
    /// whole list, in O(n log n) instead of O(n²) (a 10 MB dump holds some 300,000 mentions).
    /// </summary>
    public static List<TimeMention> Longest(IEnumerable<TimeMention> mentions)
    {
        ArgumentNullException.ThrowIfNull(mentions);
        var byStart = mentions.OrderBy(m => m.Span.Start).ToList();
        var kept = new List<TimeMention>(byStart.Count);
        var cluster = new List<TimeMention>();
        int clusterEnd = int.MinValue;
        foreach (var m in byStart)
        {
            if (cluster.Count > 0 && m.Span.Start >= clusterEnd)
            {
                KeepLongest(cluster, kept);
                cluster.Clear();
            }

            cluster.Add(m);
            clusterEnd = Math.Max(clusterEnd, m.Span.End);
        }

        KeepLongest(cluster, kept);
        return [.. kept.OrderBy(m => m.Span.Start)];
    }

    private static void KeepLongest(List<TimeMention> cluster, List<TimeMention> kept)
    {
        if (cluster.Count == 1)
        {
            kept.Add(cluster[0]);
            return;
        }

        var chosen = new List<TimeMention>();
        foreach (var m in cluster.OrderByDescending(m => m.Span.Length).ThenBy(m => m.Span.Start))
        {
            if (!chosen.Any(k => k.Span.Overlaps(m.Span)))
            {
                chosen.Add(m);
            }
        }

        kept.AddRange(chosen);
    }
}
