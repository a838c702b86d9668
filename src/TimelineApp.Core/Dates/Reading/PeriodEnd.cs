using System.Text.RegularExpressions;
using TimelineApp.Core.Text;
using TimelineApp.Core.Dates.Placing;

namespace TimelineApp.Core.Dates.Reading;

/// <summary>
/// A date that only closes the calendar period named right before it: "the fiscal first quarter ended Sept. 30",
/// "the year ending March 31". The period is what the text talks about, so a later "a year earlier" compares with
/// the period (the quarter a year before), not with the closing day. After a length ("the six months ended
/// Aug. 12") the closing day stays the anchor: there is no calendar period to compare with.
/// </summary>
public static partial class PeriodEnd
{
    /// <summary>True when the phrase at <paramref name="span"/> follows "ended"/"ending"/"ends" and the previous phrase named a calendar period.</summary>
    /// <param name="text">The document text.</param>
    /// <param name="span">The date phrase.</param>
    /// <param name="previous">The reading of the phrase before it, if any.</param>
    public static bool Closes(string text, TextSpan span, TimeReading? previous)
    {
        ArgumentNullException.ThrowIfNull(text);
        return previous is { Type: TimexType.Date } p
            && TimexValue.Parse(p.Value).Kind is TimexKind.Year or TimexKind.Quarter or TimexKind.Half
            && EndedBefore().IsMatch(text[Math.Max(0, span.Start - 16)..span.Start]);
    }

    [GeneratedRegex(@"\b(?:ended|ending|ends)\s+$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex EndedBefore();

}
