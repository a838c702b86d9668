namespace TimelineApp.Core.Events;

/// <summary>
/// Merges events that report the same happening from different documents into one event with several
/// sources. Conservative: the events come from different documents, their days overlap with the narrower one
/// inside the wider one (at most a week wide), they share an actor or a country, and the wording of their
/// source sentences is similar (or, sharing nothing found, nearly the same words: wire copy). Headline events are
/// never merged that way (their time is when the article appeared, not when something happened). Identical rows
/// (same time, title and sentence) from one document or one source are one row, headlines included. Every source
/// sentence is kept.
/// </summary>
/// <remarks>
/// Near-linear: an event is compared only with the merged events it could join, those that share a day and a
/// content word with it (<see cref="MergeBlocks"/>), never with every event before it. Similarity needs a shared
/// word and the day rule a shared day, so blocking drops no pair the rules could merge, except pairs whose only
/// shared words are so common that day that they say nothing (<see cref="MergeBlocks.MaxBlockSize"/>).
/// </remarks>
public static class EventMerger
{
    public const double MinimumSimilarity = 0.25;

    /// <summary>Wording this close is the same report (wire copy) even when no actor or country is shared.</summary>
    public const double NearVerbatim = 0.5;

    /// <summary>How often progress is reported, in events.</summary>
    private const int ProgressStep = 256;

    public static IReadOnlyList<TimelineEvent> Merge(IReadOnlyList<TimelineEvent> events) => Merge(events, sources: null, progress: null);

    /// <param name="events">The events of every document, in any order.</param>
    /// <param name="sources">The source of each document by index (to merge identical rows of one source); none: only rows of one document.</param>
    /// <param name="progress">Told how many events have been merged so far, now and then, and at the end.</param>
    public static IReadOnlyList<TimelineEvent> Merge(IReadOnlyList<TimelineEvent> events, IReadOnlyList<string?>? sources, IProgress<int>? progress)
    {
        ArgumentNullException.ThrowIfNull(events);
        var merged = new List<MergeEntry>();
        var identical = new Dictionary<RowKey, List<int>>();
        var blocks = new MergeBlocks();
        int done = 0;
        foreach (var e in events.OrderBy(e => e.Start))
        {
            if (++done % ProgressStep == 0)
            {
                progress?.Report(done);
            }

            var entry = new MergeEntry(e);
            var key = RowKey.Of(e);
            if (identical.TryGetValue(key, out var twins) && twins.FindIndex(i => SameSource(merged[i].Event, e, sources)) is int twin and >= 0)
            {
                merged[twins[twin]].Absorb(entry);
                continue;
            }

            int match = entry.CanMerge ? Best(merged, blocks.Candidates(entry), entry) : -1;
            if (match < 0)
            {
                merged.Add(entry);
                int index = merged.Count - 1;
                if (entry.CanMerge)
                {
                    blocks.Add(index, entry.Days, entry.Words);
                }

                AddRow(identical, key, index);
                continue;
            }

            blocks.Add(match, merged[match].Days, merged[match].Absorb(entry));
            AddRow(identical, key, match);
        }

        progress?.Report(done);
        return [.. merged.Select(m => m.Event)];
    }

    // The most similar candidate wins, not the first: two events of one day can both share an actor. Ties go to
    // the earliest merged event, as when every merged event was compared in order.
    private static int Best(List<MergeEntry> merged, IEnumerable<int> candidates, MergeEntry e)
    {
        int best = -1;
        double bestScore = -1;
        foreach (int i in candidates.Order())
        {
            var m = merged[i];
            if (m.IsSameHappening(e, out double score) && score > bestScore)
            {
                (best, bestScore) = (i, score);
            }
        }

        return best;
    }

    private static bool SameSource(TimelineEvent a, TimelineEvent b, IReadOnlyList<string?>? sources)
    {
        if (a.DocumentIndexes.Intersect(b.DocumentIndexes).Any())
        {
            return true;
        }

        string? Source(int document) => sources is not null && document >= 0 && document < sources.Count ? sources[document] : null;
        var theirs = a.DocumentIndexes.Select(Source).OfType<string>().ToHashSet(StringComparer.Ordinal);
        return b.DocumentIndexes.Select(Source).OfType<string>().Any(theirs.Contains);
    }

    private static void AddRow(Dictionary<RowKey, List<int>> rows, RowKey key, int index)
    {
        if (!rows.TryGetValue(key, out var list))
        {
            rows[key] = list = [];
        }

        if (!list.Contains(index))
        {
            list.Add(index);
        }
    }

    /// <summary>Jaccard similarity of the content words (four letters or more) of two sentences.</summary>
    internal static double Similarity(string a, string b) => MergeEntry.Jaccard(MergeEntry.ContentWords(a), MergeEntry.ContentWords(b));

    /// <summary>What makes two rows of the timeline the same row: time, title and the first sentence with its phrase.</summary>
    private readonly record struct RowKey(NodaTime.Instant Start, NodaTime.Instant End, string Title, string Sentence, Text.TextSpan? Phrase)
    {
        public static RowKey Of(TimelineEvent e) => new(e.Start, e.End, e.Title, e.Evidence.Count > 0 ? e.Evidence[0].Sentence : string.Empty, e.Evidence.Count > 0 ? e.Evidence[0].PhraseSpan : null);
    }
}
