using System.Globalization;
using System.Text.RegularExpressions;
using TimelineApp.Core.Dates.Lexicon;
using TimelineApp.Core.Dates.Placing;
using TimelineApp.Core.Text;

namespace TimelineApp.Core.Dates.Reading.Rules;

/// <summary>
/// range: the recognizer's range tuples ("(2025-07-01,2025-10-01,P3M)") become a quarter or half when the words name
/// one ("the third quarter"), a decade ("the 1990s"), a century, a year so far ("through June") and a duration otherwise.
/// </summary>
internal static partial class RangeRules
{
    public static RuleOutcome Range(PhraseInput p) => p.Timex.StartsWith('(') ? RuleOutcome.Read(FromRange(p)) : RuleOutcome.Skip;

    private static TimeReading FromRange(PhraseInput p)
    {
        var (text, c, dct) = (p.Text, p.Candidate, p.Dct);
        var m = RangeTimex().Match(c.Timex);
        if (!m.Success)
        {
            return new TimeReading(TimexType.Duration, "PXX", "an unreadable range", IsVague: true);
        }

        string length = m.Groups["len"].Value;
        string startYear = m.Groups["sy"].Value;
        int startMonth = int.Parse(m.Groups["sm"].Value, CultureInfo.InvariantCulture);
        string? resolvedStart = c.Start;

        if (PhrasePatterns.OrdinalPart().Match(text) is { Success: true } part && length is "P3M" or "P6M")
        {
            int year;
            string rule;
            PolicyChoice? choice = null;
            if (startYear.Contains('X', StringComparison.Ordinal))
            {
                var (chosenYear, chosen) = ResolutionPolicy.QuarterYear(((startMonth - 1) / 3) + 1, dct, p.Tense, p.Direction);
                (year, rule, choice) = (chosenYear, chosen.Text, chosen);
            }
            else
            {
                (year, rule) = (int.Parse(startYear, CultureInfo.InvariantCulture), "a quarter of a named year");
            }

            if (YearAgoWord().IsMatch(text))
            {
                (year, rule, choice) = (year - 1, "a year-ago quarter → the same quarter one year earlier", null);
            }

            var reading = part.Groups["h"].Success
                ? new TimeReading(TimexType.Date, $"{TimexValues.Year(year)}-H{(startMonth <= 6 ? 1 : 2)}", rule)
                : new TimeReading(TimexType.Date, TimexValues.Quarter(year, ((startMonth - 1) / 3) + 1), rule);
            return choice is { } made ? reading.By(made) : reading;
        }

        if (length == "P10Y" && PhrasePatterns.Decade().IsMatch(text) && resolvedStart is { Length: >= 4 })
        {
            return new TimeReading(TimexType.Date, resolvedStart[..3], "a decade is written by its first three digits");
        }

        if (length == "P100Y" && text.Contains("centur", StringComparison.OrdinalIgnoreCase) && resolvedStart is { Length: >= 4 })
        {
            return new TimeReading(TimexType.Date, resolvedStart[..2], "a century is written by its first two digits");
        }

        if (startMonth == 1 && m.Groups["sd"].Value == "01" && !startYear.Contains('X', StringComparison.Ordinal) && ThroughWord().IsMatch(text))
        {
            return new TimeReading(TimexType.Date, startYear, "a year so far is written as the year");
        }

        return new TimeReading(TimexType.Duration, TimexText.FixDuration(length), "a length of time, not a date");
    }

    [GeneratedRegex(@"^\((?<sy>[\dX]{4})-(?<sm>\d{2})-(?<sd>\d{2})[^,]*,[^,]*,(?<len>P[^)]*)\)$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex RangeTimex();

    [GeneratedRegex(@"\byear[-\s](?:ago|earlier)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex YearAgoWord();

    [GeneratedRegex(@"\b(?:through|thru|to|until|till)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex ThroughWord();
}
