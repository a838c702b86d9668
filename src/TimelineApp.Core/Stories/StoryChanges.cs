using TimelineApp.Core.Events;

namespace TimelineApp.Core.Stories;

/// <summary>
/// What the latest capture changed: each event of the story now is looked up in the story before it, by its sources (a
/// document and a sentence; an updated sentence of the same document counts when most of its words are the same).
/// Found nowhere: new. Found, on other days: moved. Found, with more sources now: new sources.
/// </summary>
internal static class StoryChanges
{
    /// <summary>How alike an updated sentence must be to the old one to be the same report.</summary>
    public const double SameSentence = 0.6;

    public static Dictionary<string, StoryEventInfo> Compare(StoryMerger.BuiltStory before, StoryMerger.BuiltStory now)
    {
        var byAnchor = new Dictionary<string, TimelineEvent>(StringComparer.Ordinal);
        var byDocument = new Dictionary<string, List<(HashSet<string> Words, int Phrase, TimelineEvent Event)>>(StringComparer.Ordinal);
        foreach (var e in before.Events)
        {
            foreach (var x in e.Evidence)
            {
                byAnchor.TryAdd(Anchor(before.Documents, x), e);
                string key = before.Documents.KeyOf(x.DocumentIndex);
                if (!byDocument.TryGetValue(key, out var list))
                {
                    byDocument[key] = list = [];
                }

                list.Add((Events.MergeEntry.ContentWords(x.Sentence), x.PhraseSpan?.Start ?? -1, e));
            }
        }

        var info = new Dictionary<string, StoryEventInfo>(StringComparer.Ordinal);
        foreach (var e in now.Events)
        {
            var was = Find(e, now.Documents, byAnchor, byDocument);
            // A headline's time is its document's publication time, which a later capture may only state more or less
            // finely ("3 hours ago", "1 day ago"): that is not the happening moving.
            bool headline = e.Evidence.All(x => x.PhraseSpan is null);
            var change = was is null ? EventChange.New
                : !headline && (was.FirstDay, was.LastDay) != (e.FirstDay, e.LastDay) ? EventChange.Moved
                : e.DocumentIndexes.Count > was.DocumentIndexes.Count || e.Evidence.Count > was.Evidence.Count ? EventChange.NewSources
                : EventChange.Unchanged;
            if (change != EventChange.Unchanged)
            {
                info[e.Id] = new StoryEventInfo(change, change == EventChange.Moved ? (was!.FirstDay, was.LastDay) : null, []);
            }
        }

        return info;
    }

    /// <summary>A source of an event as the story knows it across captures: the document's identity and the sentence.</summary>
    public static string Anchor(StoryDocuments documents, EventEvidence evidence) =>
        documents.KeyOf(evidence.DocumentIndex) + "\n" + DocumentIdentity.Loose(evidence.Sentence) + "\n" + DocumentIdentity.Loose(evidence.Phrase ?? string.Empty);

    private static TimelineEvent? Find(
        TimelineEvent e, StoryDocuments documents, Dictionary<string, TimelineEvent> byAnchor, Dictionary<string, List<(HashSet<string> Words, int Phrase, TimelineEvent Event)>> byDocument)
    {
        foreach (var x in e.Evidence)
        {
            if (byAnchor.TryGetValue(Anchor(documents, x), out var same))
            {
                return same;
            }
        }

        foreach (var x in e.Evidence)
        {
            if (byDocument.TryGetValue(documents.KeyOf(x.DocumentIndex), out var candidates))
            {
                // An updated sentence: the most alike; of two events of one sentence, the one whose phrase sits where ours does.
                var words = Events.MergeEntry.ContentWords(x.Sentence);
                int phrase = x.PhraseSpan?.Start ?? -1;
                var best = candidates
                    .Select(c => (Score: Events.MergeEntry.Jaccard(words, c.Words), Distance: Math.Abs(c.Phrase - phrase), c.Event))
                    .Where(c => c.Score >= SameSentence)
                    .OrderByDescending(c => Math.Round(c.Score, 2)).ThenBy(c => c.Distance)
                    .FirstOrDefault();
                if (best.Event is not null)
                {
                    return best.Event;
                }
            }
        }

        return null;
    }
}
