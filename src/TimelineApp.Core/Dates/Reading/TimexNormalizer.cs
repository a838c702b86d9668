using System.Globalization;
using System.Text.RegularExpressions;
using NodaTime;
using TimelineApp.Core.Text;
using TimelineApp.Core.Dates;
using TimelineApp.Core.Dates.Finding;
using TimelineApp.Core.Dates.Lexicon;
using TimelineApp.Core.Dates.Placing;
using TimelineApp.Core.Dates.Spans;

namespace TimelineApp.Core.Dates.Reading;

/// <summary>
/// Turns one recognized phrase into a TimeML reading. Wording rules come first (references, lengths, counted
/// offsets, quarters referred back to), because for those the recognizer's concrete date is the wrong kind of
/// value; then the recognizer's TIMEX pattern is completed with <see cref="ResolutionPolicy"/> (weekdays,
/// months, quarters and seasons without a year) or kept when already complete.
/// </summary>
public static partial class TimexNormalizer
{
    /// <summary>The reading of <paramref name="mention"/>, or null when it names no time (a recognizer false positive).</summary>
    /// <param name="mention">The phrase.</param>
    /// <param name="tense">The tense of its clause.</param>
    /// <param name="published">The publication time (local).</param>
    /// <param name="context">What the document mentioned before the phrase.</param>
    /// <param name="following">The words right after the phrase ("ended March 31" makes "the year" a length).</param>
    public static TimeReading? Normalize(TimeMention mention, Tense tense, LocalDateTime published, DiscourseContext context, string following = "")
    {
        ArgumentNullException.ThrowIfNull(mention);
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(following);
        string text = mention.Text.Trim();
        var dct = published.Date;
        if (PhrasePatterns.YearEnded().IsMatch(text) && PhrasePatterns.EndedClause().IsMatch(following))
        {
            return new TimeReading(TimexType.Duration, "P1Y", "'the year ended …' is a fiscal year: a length of one year");
        }

        if (PhrasePatterns.QuarterReference().IsMatch(text) && PhrasePatterns.QuarterEnded().Match(following) is { Success: true } ended)
        {
            // "the quarter ended Sept. 30": the quarter that lies mostly before its end date.
            int endMonth = MonthNumber(ended.Groups["m"].Value);
            int month = endMonth == 1 ? 12 : endMonth - 1;
            int year = month > dct.Month ? dct.Year - 1 : dct.Year;
            return new TimeReading(TimexType.Date, TimexValues.Quarter(year, ((month - 1) / 3) + 1), $"'the quarter ended' a date → the quarter that ends then");
        }

        if (PhrasePatterns.OneDay().IsMatch(text) && tense == Tense.Future && PhrasePatterns.VerbFollows().IsMatch(following))
        {
            // "Islam will one day be …": "one day" between a forward cue and its verb is "someday", not a day's length.
            return new TimeReading(TimexType.Date, "FUTURE_REF", "'one day' before a verb in a forward-looking clause → some time in the future", IsVague: true);
        }

        if (PhrasePatterns.Ago().Match(text) is { Success: true } clockAgo && ClockUnitName(clockAgo.Groups["u"].Value) is { } unit && Amounts.HalvesOf(clockAgo.Groups["n"].Value) is { } halves)
        {
            // "3 hours ago" is a time of day, counted back from the publication time itself.
            long minutes = unit == "HOUR" ? halves * 30L : halves / 2;
            var at = published.PlusMinutes(-minutes);
            return new TimeReading(TimexType.Time, at.ToString("uuuu-MM-dd'T'HH:mm", CultureInfo.InvariantCulture), "counted back from the publication time");
        }

        return AsEndOfDay(text, AsWeekOf(text, ByWording(text, mention, dct, tense, context) ?? ByTimex(text, mention, dct, tense, context)));
    }

    // "the week of March 6" and "Easter week" name a week, not the day they are named by: TimeML writes the ISO week
    // that holds the day (2000-W10), and the timeline shows the whole week.
    private static TimeReading? AsWeekOf(string text, TimeReading? reading)
    {
        if (reading is not { Type: TimexType.Date } || !PhrasePatterns.WeekOf().IsMatch(text)
            || NodaTime.Text.LocalDatePattern.Iso.Parse(reading.Value) is not { Success: true } day)
        {
            return reading;
        }

        return reading with { Value = TimexValues.Week(day.Value), Rule = reading.Rule + "; a week named by a day → the ISO week holding it" };
    }

    // "midnight Friday" is the midnight that ends Friday (a deadline "at midnight Friday" runs through Friday); the
    // recognizer gives the one that starts it. TimeML writes the end of a day as T24:00.
    private static TimeReading? AsEndOfDay(string text, TimeReading? reading)
    {
        if (reading is not { Type: TimexType.Time } || !PhrasePatterns.MidnightOfDay().IsMatch(text) || !reading.Value.EndsWith("T00:00", StringComparison.Ordinal))
        {
            return reading;
        }

        return reading with { Value = reading.Value[..^5] + "24:00", Rule = reading.Rule + "; midnight of a named day → the end of that day" };
    }

    private static string? ClockUnitName(string unit) => unit.ToUpperInvariant().TrimEnd('S') switch
    {
        "HOUR" => "HOUR",
        "MINUTE" => "MINUTE",
        _ => null,
    };

    private static TimeReading WithTimeOfDay(string day, string time, string rule)
    {
        if (string.IsNullOrEmpty(time))
        {
            return new TimeReading(TimexType.Date, day, rule);
        }

        string t = TrimSeconds(time);
        t = HourOnly().IsMatch(t) ? t + ":00" : t;
        return new TimeReading(TimexType.Time, day + t, rule);
    }

    // A named part of the day wins over the clock time the recognizer put on it ("mid afternoon" → TAF, not T14).
    private static string? PartOfDayWord(string text)
    {
        if (PhrasePatterns.ClockDigits().IsMatch(text))
        {
            return null;
        }

        string t = text.ToLowerInvariant().Replace("midnight", string.Empty, StringComparison.Ordinal); // a clock time, not the night
        return t.Contains("morning", StringComparison.Ordinal) ? "TMO"
            : t.Contains("afternoon", StringComparison.Ordinal) ? "TAF"
            : t.Contains("evening", StringComparison.Ordinal) ? "TEV"
            : t.Contains("night", StringComparison.Ordinal) ? "TNI"
            : null;
    }

    private static string Back(LocalDate dct, string unit, int n) => unit switch
    {
        "DAY" => TimexValues.Day(dct.PlusDays(-n)),
        "WEEK" => TimexValues.Week(dct.PlusWeeks(-n)),
        "MONTH" => TimexValues.Month(dct.PlusMonths(-n).Year, dct.PlusMonths(-n).Month),
        "QUARTER" => QuarterOf(dct.PlusMonths(-3 * n)),
        "DECADE" => TimexValues.Year(dct.Year - (10 * n))[..3],
        "CENTURY" => TimexValues.Year(dct.Year - (100 * n))[..2],
        "HOUR" or "MINUTE" or "SECOND" => TimexValues.Day(dct),
        _ => TimexValues.Year(dct.Year - n),
    };

    private static string QuarterOf(LocalDate d) => TimexValues.Quarter(d.Year, ((d.Month - 1) / 3) + 1);

    /// <summary>Shifts the year of a value with a year ("1989-Q3" → "1988-Q3"), keeping its granularity.</summary>
    internal static string? ShiftYear(string value, int years)
    {
        if (value.Length < 4 || !int.TryParse(value.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out int year))
        {
            return null;
        }

        string rest = value[4..];
        if (rest.StartsWith("-02-29", StringComparison.Ordinal) && !CalendarSystem.Iso.IsLeapYear(year + years))
        {
            rest = "-02-28" + rest[6..];
        }

        return TimexValues.Year(year + years) + rest;
    }

    /// <summary>Recognizer durations in TimeML form: P0.5Y → P6M, PT24H → P1D (24 hours is a day in TimeML news), P1.5H → PT1H30M.</summary>
    internal static string FixDuration(string timex)
    {
        var m = DurationTimex().Match(timex);
        if (!m.Success)
        {
            return timex;
        }

        string unit = (m.Groups["t"].Success ? "T" : string.Empty) + m.Groups["u"].Value;
        string name = unit switch
        {
            "TH" => "hour", "TM" => "minute", "TS" => "second", "D" => "day", "W" => "week", "M" => "month", "Q" => "quarter", _ => "year",
        };
        if (!decimal.TryParse(m.Groups["n"].Value, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out decimal n))
        {
            return timex;
        }

        return Amounts.Duration((int)(n * 2), name);
    }

    private static bool IsComplete(string timex) => !timex.Contains('X', StringComparison.Ordinal) && !timex.Contains('(', StringComparison.Ordinal) && timex.Length > 0 && char.IsDigit(timex[0]);

    private static string TrimSeconds(string timex) => SecondsSuffix().Replace(timex, string.Empty);

    private static readonly NodaTime.Text.LocalDatePattern LocalDatePatternIso = NodaTime.Text.LocalDatePattern.Iso;

    [GeneratedRegex(@"T\d{2}(?::\d{2}){0,2}$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex ClockPart();

    [GeneratedRegex(@"^(?<y>\d{4})-(?<m>\d{2})", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex YearMonth();

    [GeneratedRegex(@"\byear[-\s](?:ago|earlier)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex YearAgoWord();

    [GeneratedRegex(@"T\d{2}$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex HourSuffix();

    [GeneratedRegex(@"^T\d{2}$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex HourOnly();

    [GeneratedRegex(@"^(?<y>\d{4})-W(?<w>\d{2})-WE$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex WeekendTimex();

    [GeneratedRegex(@"^XXXX-WXX-(?<d>[1-7])(?<t>T.*)?$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex WeekdayTimex();

    [GeneratedRegex(@"^XXXX-(?<m>\d{2})-(?<d>\d{2})(?<t>T.*)?$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex MonthDayTimex();

    [GeneratedRegex(@"^XXXX-(?<m>\d{2})$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex MonthTimex();

    [GeneratedRegex(@"^(?:(?<y>\d{4})-)?(?<s>SP|SU|FA|WI)$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex SeasonTimex();

    [GeneratedRegex(@"^FY(?:(?<y>\d{4})|XXXX)$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex FiscalTimex();

    [GeneratedRegex(@"^(?<t>T(?:\d{2}(?::\d{2})?(?::\d{2})?|MO|AF|EV|NI|MI|MD))$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex TimeOnlyTimex();

    [GeneratedRegex(@"^\((?<sy>[\dX]{4})-(?<sm>\d{2})-(?<sd>\d{2})[^,]*,[^,]*,(?<len>P[^)]*)\)$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex RangeTimex();

    [GeneratedRegex(@"^P(?<t>T)?(?<n>\d+(?:\.\d+)?)(?<u>[YMWDQHS])$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex DurationTimex();

    [GeneratedRegex(@"(?<=T\d{2}:\d{2}):\d{2}$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex SecondsSuffix();

    [GeneratedRegex(@"\b(?:through|thru|to|until|till)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex ThroughWord();

    [GeneratedRegex(@"\b\d{4}\b|'\d{2}\b", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex WrittenYear();

    [GeneratedRegex(@"\bpast\s+(?:spring|summer|fall|autumn|winter)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex PastSeason();
}
