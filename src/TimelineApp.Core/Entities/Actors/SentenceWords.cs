using TimelineApp.Core.Text;

namespace TimelineApp.Core.Entities.Actors;

/// <summary>
/// A sentence's words with what the country finder said about each: the country a word names or stands in
/// for ("Russian", "Kyiv", "Wonsan"), so that names are never built from country words and titles can carry
/// their country ("Russian Foreign Minister").
/// </summary>
internal sealed record SentenceWords(Sentence Sentence, IReadOnlyList<WordToken> Tokens, IReadOnlyList<string?> Countries)
{
    public int Count => Tokens.Count;

    public WordToken this[int index] => Tokens[index];

    public static SentenceWords Create(string text, Sentence sentence, IReadOnlyList<EntityMention> places)
    {
        var tokens = WordTokenizer.Tokenize(text, sentence.Span);
        var countries = tokens
            .Select(t => places.FirstOrDefault(p => p.Span.Start <= t.Span.Start && t.Span.Start < p.Span.End)?.CountryCode)
            .ToList();
        return new SentenceWords(sentence, tokens, countries);
    }

    /// <summary>The country of the nearest country word before <paramref name="index"/> ("the country's leader" after "North Korea's Wonsan").</summary>
    public string? CountryBefore(int index)
    {
        for (int i = index - 1; i >= 0; i--)
        {
            if (Countries[i] is { } code)
            {
                return code;
            }
        }

        return null;
    }
}
