using System.Security.Cryptography;
using System.Text;
using TimelineApp.Core.Entities;
using TimelineApp.Core.Events;

namespace TimelineApp.Core.Stories;

/// <summary>
/// Merges a story's captures into one timeline. In order of capture time:
/// <list type="number">
/// <item>documents captured more than once become one (<see cref="StoryDocuments"/>);</item>
/// <item>each event is cut into its documents' parts, and a document's parts are taken from the latest capture that has
/// the document (an article updated since, which moved a date, is read as it is now);</item>
/// <item>the parts are merged across documents and captures by the rules of one capture (<see cref="EventMerger"/>), then
/// reports of one happening that disagree on its date are joined and marked (<see cref="DisputedEvents"/>);</item>
/// <item>actors and countries are merged (<see cref="StoryActors"/>);</item>
/// <item>the same is done without the latest capture, and each event compared with what it was (<see cref="StoryChanges"/>).</item>
/// </list>
/// An event's id is made from its first source (document and sentence), so it stays the same when the story is read
/// again or a capture is added. The cost grows with the story's size, near-linearly: each step is blocked.
/// </summary>
public static class StoryMerger
{
    public static StoryTimeline Merge(IReadOnlyList<StoryCapture> captures)
    {
        ArgumentNullException.ThrowIfNull(captures);
        if (captures.Count == 0)
        {
            throw new ArgumentException("A story has at least one capture.", nameof(captures));
        }

        var ordered = captures.OrderBy(c => c.Capture.At).ThenBy(c => c.Id).ToArray();
        var now = Build(ordered);
        if (ordered.Length == 1)
        {
            return now.Timeline(new Dictionary<string, StoryEventInfo>(StringComparer.Ordinal), null);
        }

        var before = Build(ordered[..^1]);
        var info = StoryChanges.Compare(before, now);
        return now.Timeline(info, ordered[^2].Capture.At);
    }

    internal static BuiltStory Build(IReadOnlyList<StoryCapture> captures)
    {
        var documents = new StoryDocuments();
        for (int k = 0; k < captures.Count; k++)
        {
            documents.Add(k, captures[k].Documents);
        }

        var actors = new StoryActors(captures);
        var parts = new List<TimelineEvent>();
        for (int k = 0; k < captures.Count; k++)
        {
            foreach (var e in captures[k].Events)
            {
                foreach (var part in Parts(k, e, documents, actors))
                {
                    parts.Add(part);
                }
            }
        }

        var sources = documents.Documents.Select(d => d.Source).ToArray();
        var merged = EventMerger.Merge(parts, sources, progress: null);
        var (events, readings) = DisputedEvents.Join(merged, documents.Documents);
        var named = Name(events, documents, readings);
        var countries = captures.SelectMany(c => c.Countries).GroupBy(c => c.Code, StringComparer.Ordinal).Select(g => g.Last()).OrderBy(c => c.Name, StringComparer.Ordinal).ToArray();
        return new BuiltStory(documents, named.Events, actors.Actors, countries, named.Readings);
    }

    // An event's part in each of its documents, from the latest capture of that document only, in story indexes.
    private static IEnumerable<TimelineEvent> Parts(int capture, TimelineEvent e, StoryDocuments documents, StoryActors actors)
    {
        var actorIds = actors.Map(capture, e.ActorIds);
        foreach (var group in e.Evidence.GroupBy(x => x.DocumentIndex))
        {
            int index = documents.IndexOf(capture, group.Key);
            if (index < 0 || documents.LatestCapture[index] != capture)
            {
                continue; // a later capture has this document: its version counts
            }

            yield return e with
            {
                Id = $"{capture}:{e.Id}:{index}",
                Evidence = [.. group.Select(x => x with { DocumentIndex = index })],
                DocumentIndexes = [index],
                ActorIds = actorIds,
            };
        }
    }

    // Ids from the first source, the same at every reading of the story; two events with one first source get -2, -3.
    private static (IReadOnlyList<TimelineEvent> Events, Dictionary<string, IReadOnlyList<DateReading>> Readings) Name(
        IReadOnlyList<TimelineEvent> events, StoryDocuments documents, Dictionary<string, IReadOnlyList<DateReading>> readings)
    {
        var used = new Dictionary<string, int>(StringComparer.Ordinal);
        var named = new List<TimelineEvent>(events.Count);
        var renamed = new Dictionary<string, IReadOnlyList<DateReading>>(StringComparer.Ordinal);
        foreach (var e in events.OrderBy(e => e.DocumentIndexes.Min()).ThenBy(e => e.Start).ThenBy(e => e.Title, StringComparer.Ordinal))
        {
            var first = e.Evidence.OrderBy(x => x.DocumentIndex).First();
            string id = "s" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(StoryChanges.Anchor(documents, first))))[..12];
            used[id] = used.GetValueOrDefault(id) + 1;
            string unique = used[id] == 1 ? id : $"{id}-{used[id]}";
            named.Add(e with { Id = unique });
            if (readings.TryGetValue(e.Id, out var said))
            {
                renamed[unique] = said;
            }
        }

        return (named, renamed);
    }

    /// <summary>A story as built from some of its captures.</summary>
    internal sealed record BuiltStory(
        StoryDocuments Documents,
        IReadOnlyList<TimelineEvent> Events,
        IReadOnlyList<Actor> Actors,
        IReadOnlyList<Country> Countries,
        IReadOnlyDictionary<string, IReadOnlyList<DateReading>> Readings)
    {
        public StoryTimeline Timeline(IReadOnlyDictionary<string, StoryEventInfo> changes, NodaTime.Instant? previous)
        {
            var info = new Dictionary<string, StoryEventInfo>(changes, StringComparer.Ordinal);
            foreach (var (id, said) in Readings)
            {
                info[id] = info.GetValueOrDefault(id, StoryEventInfo.Plain) with { Readings = said };
            }

            return new StoryTimeline(Documents.Documents, Events, Actors, Countries, info, previous);
        }
    }
}
