using System.Text.RegularExpressions;
using TimelineApp.Core.Text;

namespace TimelineApp.Core.Entities;

/// <summary>
/// Splits a sentence into words for name finding. Keeps "U.S.", "Lt." and initials ("J.") whole with their
/// period, keeps hyphenated and apostrophe names ("Secretary-General", "N'Djamena") whole, and turns a
/// possessive "'s" into a flag so "Trump's" is the word "Trump".
/// </summary>
public static partial class WordTokenizer
{
    public static IReadOnlyList<WordToken> Tokenize(string text, TextSpan range)
    {
        ArgumentNullException.ThrowIfNull(text);
        var tokens = new List<WordToken>();
        int previousEnd = range.Start;
        var m = Word().Match(text, range.Start, range.Length);
        while (m.Success)
        {
            int start = m.Index;
            int end = m.Index + m.Length;
            string word = m.Value;
            bool possessive = false;
            if (word.Length > 2 && (word.EndsWith("'s", StringComparison.Ordinal) || word.EndsWith("\u2019s", StringComparison.Ordinal)))
            {
                word = word[..^2];
                possessive = true;
            }
            else if (end < range.End && text[end] == '.' && TakesPeriod(word))
            {
                word += ".";
                end++;
            }

            tokens.Add(new WordToken(word, new TextSpan(start, end), possessive, text[previousEnd..start], tokens.Count));
            previousEnd = end;
            m = Word().Match(text, end, range.End - end);
        }

        return tokens;
    }

    // "U.S" + ".", an initial "J" + ".", or a short capitalised abbreviation such as "Lt", "Gen", "Sen", "Dr".
    private static bool TakesPeriod(string word) =>
        word.Contains('.', StringComparison.Ordinal)
        || (word.Length == 1 && char.IsUpper(word[0]))
        || word is "Jr" or "Sr"
        || (word.Length <= 4 && char.IsUpper(word[0]) && RoleLexicon.Default.IsAbbreviation(word + "."));

    [GeneratedRegex(@"[\p{L}\p{N}]+(?:[-'\u2019.][\p{L}\p{N}]+)*", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex Word();
}
