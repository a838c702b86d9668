using System.Text.RegularExpressions;
using TimelineApp.Core.Text;

namespace TimelineApp.Core.Dates.Finding;

/// <summary>
/// "the year two thousand": the recognizer reads a spelled year on its own and "the year" as the publication
/// year, two wrong phrases where TimeML has one. When "the year" is followed directly by a mention that names
/// a year, the two become one phrase with the year's readings (as the recognizer already does for "the year 2000").
/// </summary>
public static partial class YearApposition
{
    /// <summary>The mentions with every "the year" + year pair merged into one.</summary>
    public static List<TimeMention> Merge(string text, IReadOnlyList<TimeMention> mentions)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(mentions);
        var ordered = mentions.OrderBy(m => m.Span.Start).ToList();
        var merged = new List<TimeMention>(ordered.Count);
        for (int i = 0; i < ordered.Count; i++)
        {
            var m = ordered[i];
            if (i + 1 < ordered.Count && TheYear().IsMatch(m.Text) && NamesYear(ordered[i + 1])
                && Between().IsMatch(text[m.Span.End..ordered[i + 1].Span.Start]))
            {
                var year = ordered[i + 1];
                var span = new TextSpan(m.Span.Start, year.Span.End);
                merged.Add(year with { Span = span, Text = text[span.Start..span.End] });
                i++;
                continue;
            }

            merged.Add(m);
        }

        return merged;
    }

    private static bool NamesYear(TimeMention m) => m.Candidates.Count > 0 && FourDigitYear().IsMatch(m.Candidates[0].Timex);

    [GeneratedRegex(@"^(?:[a-z]+\s+)?the\s+year$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex TheYear();

    [GeneratedRegex(@"^\s{1,2}$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex Between();

    [GeneratedRegex(@"^\d{4}$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex FourDigitYear();
}
