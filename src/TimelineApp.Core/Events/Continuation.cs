using TimelineApp.Core.Entities;
using TimelineApp.Core.Text;

namespace TimelineApp.Core.Events;

/// <summary>
/// Decides whether a sentence without a time phrase of its own clearly continues the event of the sentence
/// before it, rather than being a new happening: it opens with "He"/"She" (or is a quotation closed by
/// "he said"), or the people it names all belong to that event and one of them speaks or acts
/// ("Kim during the meeting reaffirmed ...", "Lavrov called for ..."). Anything less clear starts nothing.
/// </summary>
public static class Continuation
{
    private static readonly string[] PronounOpenings = ["He ", "She ", "He\u2019", "She\u2019"];
    private static readonly string[] QuoteAttributions = [" he said", " she said", " he added", " she added", " he told", " she told", " he says", " she says"];

    public static bool Continues(Sentence sentence, IReadOnlyList<EntityMention> mentions, TimelineEvent previous, RoleLexicon roles)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        ArgumentNullException.ThrowIfNull(mentions);
        ArgumentNullException.ThrowIfNull(previous);
        ArgumentNullException.ThrowIfNull(roles);
        string text = sentence.Text;
        if (previous.ActorIds.Count == 0)
        {
            return false;
        }

        if (PronounOpenings.Any(p => text.StartsWith(p, StringComparison.Ordinal)))
        {
            return true;
        }

        if (text.Length > 0 && text[0] is '"' or '\'' or '\u201C' or '\u2018' && QuoteAttributions.Any(a => text.Contains(a, StringComparison.Ordinal)))
        {
            return true;
        }

        var people = mentions.Where(m => m.Kind == EntityKind.Actor).Select(m => m.Id).Distinct(StringComparer.Ordinal).ToList();
        return people.Count > 0
            && people.All(previous.ActorIds.Contains)
            && text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Any(w => roles.IsSpeechVerb(w.Trim(',', '.', '\'', '"')) && w.Length > 3);
    }
}
