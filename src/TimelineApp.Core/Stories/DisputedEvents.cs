using NodaTime;
using TimelineApp.Core.Documents;
using TimelineApp.Core.Events;

namespace TimelineApp.Core.Stories;

/// <summary>
/// Finds the same happening given different dates by different sources, which <see cref="EventMerger"/> keeps apart (it
/// merges only overlapping days): events of different documents that share an actor or a country, are worded alike, and
/// lie at most <see cref="MaxApart"/> apart. Each such group becomes one event that keeps every source and the date each
/// gives (<see cref="DateReading"/>). Its own date is the one most documents give; on a tie, the one the most recently
/// published document gives (the latest report), then the earliest.
/// </summary>
/// <remarks>
/// Near-linear: an event is compared only with events sharing one of its actors or countries within the window, at most
/// <see cref="MaxCompared"/> of them per actor or country.
/// </remarks>
internal static class DisputedEvents
{
    public const int MaxApartDays = 31;

    public const double MinimumSimilarity = 0.45;

    private const int MaxCompared = 64;

    public static Period MaxApart { get; } = Period.FromDays(MaxApartDays);

    public static (IReadOnlyList<TimelineEvent> Events, Dictionary<string, IReadOnlyList<DateReading>> Readings) Join(
        IReadOnlyList<TimelineEvent> events, IReadOnlyList<NewsDocument> documents)
    {
        var entries = events.Select(e => new Compared(e)).ToArray();
        var groups = new UnionFind(events.Count);
        foreach (var block in Blocks(events))
        {
            for (int i = 0; i < block.Count; i++)
            {
                var a = events[block[i]];
                for (int j = i + 1, compared = 0; j < block.Count && compared < MaxCompared; j++, compared++)
                {
                    var b = events[block[j]];
                    if (b.FirstDay > a.LastDay.PlusDays(MaxApartDays))
                    {
                        break;
                    }

                    if (Disagree(entries[block[i]], entries[block[j]]))
                    {
                        groups.Join(block[i], block[j]);
                    }
                }
            }
        }

        var result = new List<TimelineEvent>(events.Count);
        var readings = new Dictionary<string, IReadOnlyList<DateReading>>(StringComparer.Ordinal);
        foreach (var members in Enumerable.Range(0, events.Count).GroupBy(groups.Find).Select(g => g.Select(i => events[i]).ToList()))
        {
            if (members.Count == 1)
            {
                result.Add(members[0]);
                continue;
            }

            var said = members.SelectMany(m => m.DocumentIndexes.Distinct().Select(d => Reading(m, d, documents))).ToList();
            var chosen = Choose(members, documents);
            var joined = chosen with
            {
                Evidence = [.. members.SelectMany(m => m.Evidence).Distinct()],
                ActorIds = [.. members.SelectMany(m => m.ActorIds).Distinct(StringComparer.Ordinal)],
                CountryCodes = [.. members.SelectMany(m => m.CountryCodes).Distinct(StringComparer.Ordinal)],
                Locations = [.. members.SelectMany(m => m.Locations).Distinct(StringComparer.Ordinal)],
                DocumentIndexes = [.. members.SelectMany(m => m.DocumentIndexes).Distinct().Order()],
            };
            result.Add(joined);
            readings[joined.Id] = said;
        }

        return (result, readings);
    }

    // Different documents, not headlines, days that do not overlap, a shared actor or country, alike in wording; the
    // cheap tests first.
    private static bool Disagree(Compared a, Compared b)
    {
        var x = a.Event;
        var y = b.Event;
        if (a.IsHeadline || b.IsHeadline || (x.FirstDay <= y.LastDay && y.FirstDay <= x.LastDay)
            || a.Documents.Overlaps(y.DocumentIndexes)
            || (!a.Actors.Overlaps(y.ActorIds) && !a.Countries.Overlaps(y.CountryCodes)))
        {
            return false;
        }

        return a.Sentences.Any(ws => b.Sentences.Any(wy => MergeEntry.Jaccard(ws, wy) >= MinimumSimilarity));
    }

    /// <summary>An event with what the comparison needs, computed once: its sets, and the words of its distinct sentences (at most <see cref="MergeEntry.MaxComparedSentences"/>).</summary>
    private sealed class Compared(TimelineEvent e)
    {
        public TimelineEvent Event { get; } = e;

        public bool IsHeadline { get; } = e.Evidence.All(x => x.PhraseSpan is null);

        public HashSet<int> Documents { get; } = [.. e.DocumentIndexes];

        public HashSet<string> Actors { get; } = new(e.ActorIds, StringComparer.Ordinal);

        public HashSet<string> Countries { get; } = new(e.CountryCodes, StringComparer.Ordinal);

        public HashSet<string>[] Sentences { get; } = [.. e.Evidence.Select(x => x.Sentence).Distinct(StringComparer.Ordinal).Take(MergeEntry.MaxComparedSentences).Select(MergeEntry.ContentWords)];
    }

    // Events by actor and by country, each block in day order.
    private static IEnumerable<List<int>> Blocks(IReadOnlyList<TimelineEvent> events)
    {
        var blocks = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (int i = 0; i < events.Count; i++)
        {
            foreach (string key in events[i].ActorIds.Select(a => "a:" + a).Concat(events[i].CountryCodes.Select(c => "c:" + c)))
            {
                if (!blocks.TryGetValue(key, out var block))
                {
                    blocks[key] = block = [];
                }

                block.Add(i);
            }
        }

        return blocks.Values.Select(b => b.OrderBy(i => events[i].FirstDay).ThenBy(i => i).ToList());
    }

    private static DateReading Reading(TimelineEvent e, int document, IReadOnlyList<NewsDocument> documents)
    {
        var evidence = e.Evidence.FirstOrDefault(x => x.DocumentIndex == document);
        string source = document >= 0 && document < documents.Count ? documents[document].Source ?? "the main article" : "?";
        return new DateReading(document, source, evidence?.Phrase, e.FirstDay, e.LastDay);
    }

    private static TimelineEvent Choose(List<TimelineEvent> members, IReadOnlyList<NewsDocument> documents)
    {
        Instant Latest(TimelineEvent e) => e.DocumentIndexes.Where(d => d >= 0 && d < documents.Count).Select(d => documents[d].Published.Instant).DefaultIfEmpty(Instant.MinValue).Max();
        return members
            .GroupBy(m => (m.FirstDay, m.LastDay))
            .OrderByDescending(g => g.SelectMany(m => m.DocumentIndexes).Distinct().Count())
            .ThenByDescending(g => g.Max(Latest))
            .ThenBy(g => g.Key.FirstDay)
            .First()
            .OrderBy(m => m.Start)
            .First();
    }

    private sealed class UnionFind(int count)
    {
        private readonly int[] _parent = [.. Enumerable.Range(0, count)];

        public int Find(int i)
        {
            while (_parent[i] != i)
            {
                _parent[i] = _parent[_parent[i]];
                i = _parent[i];
            }

            return i;
        }

        public void Join(int a, int b) => _parent[Find(a)] = Find(b);
    }
}
