using System.Text.RegularExpressions;
using TimelineApp.Core.Text;
using TimelineApp.Core.Dates.Placing;

namespace TimelineApp.Core.Dates.Reading;

/// <summary>
/// A definite stretch of months that a report is about ("for the nine months", "in the first nine months", "the
/// latest six months"): a period of the reporting year that is no calendar unit. A later "a year earlier",
/// "year-earlier" or "the 1988 period" compares with the same stretch a year before, which TimeML can only write
/// at year granularity ("1988"); the quarter mentioned before it is not what is compared. Three months is a
/// quarter and twelve a year, so those stay with the calendar rules. When a closing date follows ("the six months
/// ended Aug. 12") that date is mentioned after the stretch and anchors instead, as before.
/// </summary>
public static partial class ReportedLength
{
    /// <summary>True when <paramref name="phrase"/>, read as <paramref name="reading"/>, is a reported stretch of months.</summary>
    public static bool Is(string phrase, TimeReading reading)
    {
        ArgumentNullException.ThrowIfNull(phrase);
        ArgumentNullException.ThrowIfNull(reading);
        return reading.Type == TimexType.Duration
            && TimexValue.Parse(reading.Value).Months is { } months
            && months is not (3 or 12)
            && DefiniteStretch().IsMatch(phrase.Trim());
    }

    // "the nine months", "the first nine months", "the latest six months": a definite article makes it a period
    // of the report; "nine months" alone or "in nine months" is a length.
    [GeneratedRegex(@"^the\s+(?:(?:first|latest|most\s+recent)\s+)?\S+[\s-]+months?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex DefiniteStretch();
}
