using System.Globalization;
using System.Text.RegularExpressions;
using TimelineApp.Core.Text;

namespace TimelineApp.Core.Entities;

/// <summary>
/// Carries countries over to a coordinated reference: after "the U.S., South Korea and Japan", the phrase
/// "the three countries" names those three; after "Pyongyang and Moscow", "the two countries" names those two.
/// The nearest earlier list with exactly that many countries wins; without one, the nearest distinct countries.
/// </summary>
public static partial class CoordinatedCountries
{
    private static readonly string[] Numbers = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"];

    public static IEnumerable<EntityMention> Resolve(string text, IReadOnlyList<EntityMention> countryMentions)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(countryMentions);
        var countries = countryMentions.Where(m => m.Kind == EntityKind.Country).OrderBy(m => m.Span.Start).ToList();
        if (countries.Count < 2)
        {
            yield break;
        }

        var lists = FindLists(text, countries);
        foreach (Match m in Reference().Matches(text))
        {
            int count = m.Groups["n"].Value.Equals("both", StringComparison.OrdinalIgnoreCase) ? 2 : ParseCount(m.Groups["n"].Value);
            if (count < 2)
            {
                continue;
            }

            var codes = lists.Where(l => l.End <= m.Index && l.Codes.Count == count).Select(l => l.Codes).LastOrDefault()
                ?? countries.Where(c => c.Span.End <= m.Index).Select(c => c.Id).Reverse().Distinct(StringComparer.Ordinal).Take(count).ToList();
            if (codes.Count != count)
            {
                continue;
            }

            var span = new TextSpan(m.Index, m.Index + m.Length);
            foreach (string code in codes)
            {
                yield return new EntityMention(span, EntityKind.Country, code, code);
            }
        }
    }

    private static int ParseCount(string n)
    {
        int i = Array.FindIndex(Numbers, x => x.Equals(n, StringComparison.OrdinalIgnoreCase));
        return i >= 0 ? i : int.TryParse(n, NumberStyles.None, CultureInfo.InvariantCulture, out int d) ? d : 0;
    }

    // Country mentions joined only by ", ", " and ", ", and " or " or ": one coordinated list.
    private static List<(int End, IReadOnlyList<string> Codes)> FindLists(string text, List<EntityMention> countries)
    {
        var lists = new List<(int End, IReadOnlyList<string> Codes)>();
        var current = new List<EntityMention> { countries[0] };
        for (int i = 1; i <= countries.Count; i++)
        {
            if (i < countries.Count && Joiner().IsMatch(text[current[^1].Span.End..Math.Max(current[^1].Span.End, countries[i].Span.Start)]))
            {
                current.Add(countries[i]);
                continue;
            }

            var codes = current.Select(c => c.Id).Distinct(StringComparer.Ordinal).ToList();
            if (codes.Count >= 2)
            {
                lists.Add((current[^1].Span.End, codes));
            }

            if (i < countries.Count)
            {
                current = [countries[i]];
            }
        }

        return lists;
    }

    [GeneratedRegex(@"^(?:'s)?(?:,\s*|\s+and\s+|,\s*and\s+|\s+or\s+)$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex Joiner();

    [GeneratedRegex(@"\b(?:[Tt]he|[Tt]hese|[Tt]hose|[Aa]ll)\s+(?<n>two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+(?:countries|nations|governments|allies|neighbors|neighbours|partners|powers)\b|\b(?<n>[Bb]oth)\s+(?:countries|nations|governments|sides)\b", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex Reference();
}
