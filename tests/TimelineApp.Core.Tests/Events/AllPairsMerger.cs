using TimelineApp.Core.Events;

namespace TimelineApp.Core.Tests.Events;

/// <summary>
/// The merge as it was before blocking (commit 02cd739), kept verbatim as the reference: every event compared with
/// every merged event before it. Quadratic, so only for comparing on realistic dumps.
/// </summary>
internal static class AllPairsMerger
{
    private const double MinimumSimilarity = 0.25;

    private const double NearVerbatim = 0.5;

    public static IReadOnlyList<TimelineEvent> Merge(IReadOnlyList<TimelineEvent> events)
    {
        ArgumentNullException.ThrowIfNull(events);
        var merged = new List<TimelineEvent>();
        foreach (var e in events.OrderBy(e => e.Start))
        {
            // The most similar candidate wins, not the first: two events of one day can both share an actor.
            int match = merged.Select((m, i) => (Index: i, Score: IsSameHappening(m, e) ? Math.Max(BestSimilarity(m, e), Similarity(m.Title, e.Title)) : -1))
                .Where(x => x.Score >= 0).OrderByDescending(x => x.Score).Select(x => x.Index).DefaultIfEmpty(-1).First();
            if (match < 0)
            {
                merged.Add(e);
                continue;
            }

            var m = merged[match];
            bool narrower = (e.LastDay - e.FirstDay).Days < (m.LastDay - m.FirstDay).Days;
            merged[match] = (narrower ? m with { Start = e.Start, End = e.End, FirstDay = e.FirstDay, LastDay = e.LastDay, Precision = e.Precision, TimexValue = e.TimexValue } : m) with
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
        if (a.DocumentIndexes.Intersect(b.DocumentIndexes).Any() || IsHeadline(a) || IsHeadline(b))
        {
            return false;
        }

        var (narrow, wide) = (a.LastDay - a.FirstDay).Days <= (b.LastDay - b.FirstDay).Days ? (a, b) : (b, a);
        if (narrow.FirstDay < wide.FirstDay || narrow.LastDay > wide.LastDay || (wide.LastDay - wide.FirstDay).Days > 6)
        {
            return false;
        }

        // A shared actor with similar sentences is enough; countries alone are shared by too much of a story, so
        // then the events' own clauses (their titles) must be similar, not just their sentences.
        bool sharesActor = a.ActorIds.Intersect(b.ActorIds).Any();
        bool sharesCountry = a.CountryCodes.Intersect(b.CountryCodes).Any();
        double sentences = BestSimilarity(a, b);
        double titles = Similarity(a.Title, b.Title);
        return (sharesActor && Math.Max(sentences, titles) >= MinimumSimilarity)
            || (sharesCountry && titles >= MinimumSimilarity)
            || Math.Max(sentences, titles) >= NearVerbatim;
    }

    private static bool IsHeadline(TimelineEvent e) => e.Evidence.All(x => x.PhraseSpan is null);

    private static double BestSimilarity(TimelineEvent a, TimelineEvent b) =>
        a.Evidence.Where(x => x.PhraseSpan is not null).Select(x => x.Sentence).Append(a.Title)
            .SelectMany(x => b.Evidence.Where(y => y.PhraseSpan is not null).Select(y => y.Sentence).Append(b.Title).Select(y => Similarity(x, y)))
            .DefaultIfEmpty(0)
            .Max();

    /// <summary>Jaccard similarity of the content words (four letters or more) of two sentences.</summary>
    private static double Similarity(string a, string b)
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
        s.Split([' ', ',', '.', '"', '\'', ';', ':', '(', ')', '\u201C', '\u201D', '\u2018', '\u2019'], StringSplitOptions.RemoveEmptyEntries)
         .Where(w => w.Length >= 4)
         .Select(w => w.ToUpperInvariant())
         .ToHashSet();
}
