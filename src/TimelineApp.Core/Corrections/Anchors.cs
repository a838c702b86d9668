using TimelineApp.Core.Documents;
using TimelineApp.Core.Entities;
using TimelineApp.Core.Events;
using TimelineApp.Core.Stories;

namespace TimelineApp.Core.Corrections;

/// <summary>Makes anchors from what a person corrects, and finds them again in a timeline made later.</summary>
public static class Anchors
{
    /// <summary>The anchor of an event: its first source with a time phrase (else its first source).</summary>
    public static EventAnchor Of(TimelineEvent e, IReadOnlyList<NewsDocument> documents)
    {
        ArgumentNullException.ThrowIfNull(e);
        ArgumentNullException.ThrowIfNull(documents);
        var evidence = e.Evidence.FirstOrDefault(x => x.PhraseSpan is not null) ?? e.Evidence[0];
        var document = documents.First(d => d.Index == evidence.DocumentIndex);
        return new EventAnchor(DocumentIdentity.Of(document), DocumentIdentity.Loose(evidence.Sentence), evidence.Phrase is null ? null : DocumentIdentity.Loose(evidence.Phrase));
    }

    public static ActorAnchor Of(Actor actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return new ActorAnchor([.. new[] { actor.Name }.Concat(actor.Aliases).Distinct(StringComparer.OrdinalIgnoreCase)]);
    }

    /// <summary>The event with a source of that document and sentence (the same phrase first); null when none has.</summary>
    internal static TimelineEvent? Find(EventAnchor anchor, IEnumerable<TimelineEvent> events, IReadOnlyDictionary<int, string> documentKeys)
    {
        TimelineEvent? sameSentence = null;
        foreach (var e in events)
        {
            foreach (var x in e.Evidence)
            {
                if (documentKeys.GetValueOrDefault(x.DocumentIndex) != anchor.Document || DocumentIdentity.Loose(x.Sentence) != anchor.Sentence)
                {
                    continue;
                }

                if (anchor.Phrase is null || (x.Phrase is not null && DocumentIdentity.Loose(x.Phrase) == anchor.Phrase))
                {
                    return e;
                }

                sameSentence ??= e;
            }
        }

        return sameSentence;
    }

    /// <summary>The one actor sharing the most names with the anchor; null when none shares a name, or two share as many.</summary>
    internal static Actor? Find(ActorAnchor anchor, IEnumerable<Actor> actors, out string? why)
    {
        var names = new HashSet<string>(anchor.Names, StringComparer.OrdinalIgnoreCase);
        var scored = actors.Select(a => (Actor: a, Shared: new[] { a.Name }.Concat(a.Aliases).Distinct(StringComparer.OrdinalIgnoreCase).Count(names.Contains)))
            .Where(s => s.Shared > 0).OrderByDescending(s => s.Shared).ToList();
        why = scored.Count == 0 ? $"no actor is named {string.Join(" or ", anchor.Names)} any more"
            : scored.Count > 1 && scored[1].Shared == scored[0].Shared ? $"{string.Join(" or ", anchor.Names)} could be {scored[0].Actor.Name} or {scored[1].Actor.Name}"
            : null;
        return why is null ? scored[0].Actor : null;
    }
}
