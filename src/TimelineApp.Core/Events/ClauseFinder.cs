using System.Text.RegularExpressions;
using TimelineApp.Core.Text;

namespace TimelineApp.Core.Events;

/// <summary>
/// Finds the clause of a sentence that a time phrase belongs to, so that "Lavrov spoke Saturday at Wonsan,
/// where he met Kim" is about Lavrov speaking, and "..., Trump said late Sunday, as he confirmed ..." is about
/// what Trump said. Clauses end at subordinating conjunctions after a comma, semicolons, dashes and closing
/// quotes. With <c>splitAtThat</c>, "that" also opens a clause (a second time phrase in a reported clause:
/// "Trump last week teased that he would ... on Monday").
/// </summary>
public static partial class ClauseFinder
{
    /// <param name="sentence">The sentence.</param>
    /// <param name="phrase">The time phrase, relative to the sentence.</param>
    /// <param name="splitAtThat">Whether "that" opens a clause.</param>
    /// <param name="openAtPrepositions">Whether ", after" and the like open a clause too: for a second time phrase,
    /// whose clause must not be the one the sentence's first phrase dates.</param>
    public static TextSpan Find(string sentence, TextSpan phrase, bool splitAtThat = false, bool openAtPrepositions = false)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        var boundaries = Boundary().Matches(sentence).Select(m => (m.Index, End: m.Index + m.Length)).ToList();
        if (splitAtThat)
        {
            boundaries.AddRange(That().Matches(sentence).Select(m => (m.Index, End: m.Index + m.Length)));
        }

        // A clause opens at a conjunction, not at a preposition ("..., amid Russia's attack on Ukraine, ... August 4").
        // A relative clause that closes before the phrase ("The agreement, which still needs approval, will be
        // signed next month") is an aside, not the phrase's clause.
        int start = boundaries
            .Where(b => b.End <= phrase.Start && (openAtPrepositions || !Prepositional().IsMatch(sentence[b.End..])))
            .Where(b => !(Relative().IsMatch(sentence[b.End..]) && sentence[b.End..phrase.Start].Contains(',', StringComparison.Ordinal)))
            .Select(b => b.End).DefaultIfEmpty(0).Max();
        int end = boundaries.Where(b => b.Index >= phrase.End).Select(b => b.Index).DefaultIfEmpty(sentence.Length).Min();
        if (Relative().IsMatch(sentence[start..]) && sentence.IndexOf(',', phrase.End) is int comma and >= 0 && comma < end)
        {
            end = comma; // "..., who took office last year, has faced ..." ends at the comma that closes it.
        }

        return new TextSpan(start, Math.Max(start, end));
    }

    /// <summary>The clause that follows <paramref name="clause"/> in the sentence, if any.</summary>
    public static TextSpan? Next(string sentence, TextSpan clause)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        var next = Boundary().Matches(sentence).FirstOrDefault(m => m.Index >= clause.End);
        if (next is null)
        {
            return null;
        }

        var after = Boundary().Matches(sentence).FirstOrDefault(m => m.Index > next.Index);
        return new TextSpan(next.Index + next.Length, after?.Index ?? sentence.Length);
    }

    [GeneratedRegex(@",\s+(?=(?:as|while|where|which|who|when|whereas|after|before|because|although|though|but|saying|according to|citing|amid|despite|even as|adding|including)\b)|;\s*|\s+--\s+|\s+[—–]\s+|[.!?][""\u201D']\s+(?=\p{Lu})|,\s*[""\u201D']\s+|\s+(?=as\s+(?:\p{Lu}|he\b|she\b|they\b|it\b|the\b|their\b|his\b|her\b))", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex Boundary();

    [GeneratedRegex(@"^(?:amid|despite|according to|citing|including|adding|saying|after|before)\b", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex Prepositional();

    [GeneratedRegex(@"^(?:which|who|whose|where)\b", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex Relative();

    [GeneratedRegex(@"\s+that\s+", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex That();
}
