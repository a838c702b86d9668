using System.Globalization;
using System.Text.RegularExpressions;
using NodaTime;
using NodaTime.Text;
using TimelineApp.Core.Dates.Lexicon;
using TimelineApp.Core.Dates.Placing;
using TimelineApp.Core.Text;

namespace TimelineApp.Core.Dates.Reading.Rules;

/// <summary>
/// Counted offsets: from publication ("four years ago", at the unit's granularity; "3 hours ago", a clock time) or
/// from the last mentioned date ("a year earlier" keeps the granularity of what it compares with).
/// </summary>
internal static partial class OffsetRules
{
    /// <summary>clock.ago: "3 hours ago" is a time of day, counted back from the publication time itself.</summary>
    public static RuleOutcome ClockAgo(PhraseInput p)
    {
        if (PhrasePatterns.Ago().Match(p.Text) is not { Success: true } clockAgo || TimexText.ClockUnitName(clockAgo.Groups["u"].Value) is not { } unit || Amounts.HalvesOf(clockAgo.Groups["n"].Value) is not { } halves)
        {
            return RuleOutcome.Skip;
        }

        long minutes = unit == "HOUR" ? halves * 30L : halves / 2;
        var at = p.Published.PlusMinutes(-minutes);
        return RuleOutcome.Read(new TimeReading(TimexType.Time, at.ToString("uuuu-MM-dd'T'HH:mm", CultureInfo.InvariantCulture), "counted back from the publication time"));
    }

    /// <summary>offset.ago: "four years ago", "a week or so ago"; "a year ago" after a quarter is that quarter a year back.</summary>
    public static RuleOutcome Ago(PhraseInput p)
    {
        if (PhrasePatterns.Ago().Match(p.Text) is not { Success: true } ago)
        {
            return RuleOutcome.Skip;
        }

        var (dct, context) = (p.Dct, p.Context);
        int? halves = Amounts.HalvesOf(ago.Groups["n"].Value);
        string unit = ago.Groups["u"].Value.ToUpperInvariant().TrimEnd('S');
        if (halves is null)
        {
            return RuleOutcome.Read(new TimeReading(TimexType.Date, "PAST_REF", "a vague amount ago → an unspecified past time", IsVague: true));
        }

        int n = halves.Value / 2;
        if (n == 1 && halves.Value == 2 && unit == "YEAR" && YearBeforeReportedLength(dct, context) is { } stretch)
        {
            return RuleOutcome.Read(stretch);
        }

        // "compared with $3 million a year ago" after "the third quarter" is that quarter a year back; a date still
        // ahead of publication ("a protest on Saturday … a year ago") is no period to compare with, so "ago" counts
        // from publication as it says.
        if (n == 1 && halves.Value == 2 && unit == "YEAR" && context.LastDated() is { } last && !StartsAfter(last, dct) && TimexText.ShiftYear(last, -1) is { } shifted)
        {
            return RuleOutcome.Read(new TimeReading(TimexType.Date, shifted, $"'a year ago' → the last mentioned date ({last}) one year back", FromEarlierMention: true));
        }

        return RuleOutcome.Read(new TimeReading(TimexType.Date, TimexText.Back(dct, unit, n), $"{n} {unit.ToLowerInvariant()}(s) before publication, at that unit's granularity"));
    }

    /// <summary>offset.from-mention: "a year earlier", "two days later", "the following year", "year-ago" (not of a quarter).</summary>
    public static RuleOutcome FromMention(PhraseInput p)
    {
        string text = p.Text;
        bool namesQuarter = text.Contains("quarter", StringComparison.OrdinalIgnoreCase) || text.Contains("period", StringComparison.OrdinalIgnoreCase);
        if (namesQuarter || PhrasePatterns.Offset().Match(text) is not { Success: true } offset)
        {
            return RuleOutcome.Skip;
        }

        return RuleOutcome.Read(Offset(offset, p.Mention, p.Dct, p.Context));
    }

    /// <summary>
    /// "For the nine months, net rose to $5 million from $3 million a year earlier": the same stretch a year before,
    /// which TimeML writes at year granularity (see <see cref="ReportedLength"/>).
    /// </summary>
    public static TimeReading? YearBeforeReportedLength(LocalDate dct, DiscourseContext context) =>
        context.ReportedLengthYear(dct) is { } year
            ? new TimeReading(TimexType.Date, TimexValues.Year(year - 1), $"a year before the reported stretch of months in {year} → {year - 1}, written as the year", FromEarlierMention: true)
            : null;

    private static bool StartsAfter(string value, LocalDate dct) =>
        TimexValues.IntervalOf(value) is { } known && known.Interval.Start.Date > dct;

    private static TimeReading? Offset(Match offset, TimeMention mention, LocalDate dct, DiscourseContext context)
    {
        string unit = offset.Groups["u"].Value.ToUpperInvariant().TrimEnd('S');
        bool back = offset.Groups["dir"].Value.ToUpperInvariant() is "EARLIER" or "BEFORE" or "AGO" or "PREVIOUSLY" or "PREVIOUS" or "PRIOR" or "PRECEDING";
        int? halves = offset.Groups["n"].Success ? Amounts.HalvesOf(offset.Groups["n"].Value) : 2;
        if (halves is null or 0)
        {
            return new TimeReading(TimexType.Date, back ? "PAST_REF" : "FUTURE_REF", "a vague offset from an earlier mention", IsVague: true);
        }

        int n = (back ? -1 : 1) * (halves.Value / 2);
        if (unit == "YEAR" && n == -1 && YearBeforeReportedLength(dct, context) is { } stretch)
        {
            return stretch;
        }

        if (unit == "YEAR" && context.LastDated() is { } last && TimexText.ShiftYear(last, n) is { } shifted)
        {
            // "the following year" names a year; "a year earlier" keeps the granularity of what it refers to.
            shifted = offset.Groups["dir"].Value.ToUpperInvariant() is "FOLLOWING" or "NEXT" or "PREVIOUS" or "PRIOR" or "PRECEDING" ? shifted[..4] : shifted;
            if (YearAgoAdjective().IsMatch(mention.Text) && int.Parse(shifted[..4], CultureInfo.InvariantCulture) < dct.Year - 1)
            {
                // "the year-ago results" compares with the period being reported, which is never before last year:
                // after "last year" it is last year itself, not the year before.
                return new TimeReading(TimexType.Date, TimexValues.Year(dct.Year - 1), "'year-ago' → the year before the reporting year");
            }

            return new TimeReading(TimexType.Date, shifted, $"{Math.Abs(n)} year(s) {(back ? "before" : "after")} the last mentioned date ({last})", FromEarlierMention: true);
        }

        bool named = offset.Groups["dir"].Value.ToUpperInvariant() is "FOLLOWING" or "NEXT" or "PREVIOUS" or "PRIOR" or "PRECEDING";
        if ((named || context.LastDated() is { Length: 7 }) && unit == "MONTH" && context.LastDated() is { Length: >= 7 } lastMonth && TimexValue.Parse(lastMonth).YearAndMonth is { } ym)
        {
            var month = new LocalDate(ym.Year, ym.Month, 1).PlusMonths(n);
            return new TimeReading(TimexType.Date, TimexValues.Month(month.Year, month.Month), $"the month {(back ? "before" : "after")} the last mentioned one ({lastMonth[..7]})", FromEarlierMention: true);
        }

        if (unit is "DAY" or "WEEK" or "MONTH" && context.LastDay() is { } day && LocalDatePattern.Iso.Parse(day) is { Success: true } d)
        {
            var date = unit switch { "DAY" => d.Value.PlusDays(n), "WEEK" => d.Value.PlusWeeks(n), _ => d.Value.PlusMonths(n) };
            string value = unit switch { "DAY" => TimexValues.Day(date), "WEEK" => TimexValues.Week(date), _ => TimexValues.Month(date.Year, date.Month) };
            return new TimeReading(TimexType.Date, value, $"{Math.Abs(n)} {unit.ToLowerInvariant()}(s) {(back ? "before" : "after")} the last mentioned day ({day})", FromEarlierMention: true);
        }

        return mention.Candidates.Count > 0 && TimexText.IsComplete(mention.Candidates[0].Timex)
            ? new TimeReading(TimexType.Date, mention.Candidates[0].Timex, "offset from publication (no earlier date mentioned)")
            : null;
    }

    [GeneratedRegex(@"\byear-(?:ago|earlier)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex YearAgoAdjective();
}
