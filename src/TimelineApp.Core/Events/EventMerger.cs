namespace TimelineApp.Core.Events;

/// <summary>
/// Merges events that report the same happening from different documents. Conservative: the days must
/// be the same, they must share an actor or a country, and their wording must be similar; every source
/// sentence is kept.
/// </summary>
public static class EventMerger
{
    public const double MinimumSimilarity = 0.25;

    public static IReadOnlyList<TimelineEvent> Merge(IReadOnlyList<TimelineEvent> events)
    {
        ArgumentNullException.ThrowIfNull(events);
        var merged = new List<TimelineEvent>();
        foreach (var e in events.OrderBy(e => e.Start))
        {
            int match = merged.FindIndex(m => IsSameHappening(m, e));
            if (match < 0)
            {
                merged.Add(e);
                continue;
            }

            var m = merged[match];
            merged[match] = m with
            {
                Evidence = [.. m.Evidence, .. e.Evidence],
                ActorIds = [.. m.ActorIds.Union(e.ActorIds)],
                CountryCodes = [.. m.CountryCodes.Union(e.CountryCodes)],
                Locations = [.. m.Locations.Union(e.Locations)],
                DocumentIndexes = [.. m.DocumentIndexes.Union(e.DocumentIndexes)],
            };
        }

        return merged;
    }

    private static bool IsSameHappening(TimelineEvent a, TimelineEvent b)
    {
        if (a.DocumentIndexes.Intersect(b.DocumentIndexes).Any() || a.FirstDay != b.FirstDay || a.LastDay != b.LastDay || a.Precision != b.Precision)
        {
            return false;
        }

        bool sharesEntity = a.ActorIds.Intersect(b.ActorIds).Any() || a.CountryCodes.Intersect(b.CountryCodes).Any();
        return sharesEntity && Similarity(a.Title, b.Title) >= MinimumSimilarity;
    }

    /// <summary>Jaccard similarity of the content words (four letters or more) of two sentences.</summary>
    internal static double Similarity(string a, string b)
    {
        var wa = ContentWords(a);
        var wb = ContentWords(b);
        if (wa.Count == 0 || wb.Count == 0)
        {
            return 0;
        }

        return (double)wa.Intersect(wb).Count() / wa.Union(wb).Count();
    }

    private static HashSet<string> ContentWords(string s) =>
        s.Split([' ', ',', '.', '"', '\'', ';', ':', '(', ')', '\u201C', '\u201D'], StringSplitOptions.RemoveEmptyEntries)
         .Where(w => w.Length >= 4)
         .Select(w => w.ToUpperInvariant())
         .ToHashSet();
}
