using System.Globalization;
using System.Text.RegularExpressions;
using NodaTime;
using TimelineApp.Core.Dates.Lexicon;
using TimelineApp.Core.Dates.Placing;
using TimelineApp.Core.Text;

namespace TimelineApp.Core.Dates.Reading;

/// <summary>Small pieces the reading rules share: writing values with a time of day, shifting and counting back, fixing durations.</summary>
internal static partial class TimexText
{
    /// <summary>A day, with a clock time or part of the day when there is one.</summary>
    public static TimeReading WithTimeOfDay(string day, string time, string rule)
    {
        if (string.IsNullOrEmpty(time))
        {
            return new TimeReading(TimexType.Date, day, rule);
        }

        string t = TrimSeconds(time);
        t = HourOnly().IsMatch(t) ? t + ":00" : t;
        return new TimeReading(TimexType.Time, day + t, rule);
    }

    /// <summary>A named part of the day wins over the clock time the recognizer put on it ("mid afternoon" → TAF, not T14).</summary>
    public static string? PartOfDayWord(string text)
    {
        if (PhrasePatterns.ClockDigits().IsMatch(text))
        {
            return null;
        }

        return PartsOfDay.TimeOf(text.ToLowerInvariant().Replace("midnight", string.Empty, StringComparison.Ordinal)); // a clock time, not the night
    }

    /// <summary>The value <paramref name="n"/> units before <paramref name="dct"/>, at the unit's granularity.</summary>
    public static string Back(LocalDate dct, string unit, int n) => unit switch
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

    public static string QuarterOf(LocalDate d) => TimexValues.Quarter(d.Year, ((d.Month - 1) / 3) + 1);

    public static string PreviousQuarter(int year, int quarter) => quarter == 1 ? TimexValues.Quarter(year - 1, 4) : TimexValues.Quarter(year, quarter - 1);

    public static string Ordinal(int n) => n switch { 1 => "first", 2 => "second", 3 => "third", _ => "fourth" };

    /// <summary>Shifts the year of a value with a year ("1989-Q3" → "1988-Q3"), keeping its granularity.</summary>
    public static string? ShiftYear(string value, int years)
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
    public static string FixDuration(string timex)
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

    public static bool IsComplete(string timex) => !timex.Contains('X', StringComparison.Ordinal) && !timex.Contains('(', StringComparison.Ordinal) && timex.Length > 0 && char.IsDigit(timex[0]);

    public static string TrimSeconds(string timex) => SecondsSuffix().Replace(timex, string.Empty);

    /// <summary>"HOUR" or "MINUTE" for a clock unit word, else null.</summary>
    public static string? ClockUnitName(string unit) => unit.ToUpperInvariant().TrimEnd('S') switch
    {
        "HOUR" => "HOUR",
        "MINUTE" => "MINUTE",
        _ => null,
    };

    // The patterns that call this only match month names, so a name is always found.
    public static int MonthNumber(string name) => CalendarNames.Month(name) ?? throw new ArgumentException($"not a month: {name}", nameof(name));

    [GeneratedRegex(@"T\d{2}(?::\d{2}){0,2}$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexLimits.MatchTimeoutMilliseconds)]
    public static partial Regex ClockPart();

    [GeneratedRegex(@"T\d{2}$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexLimits.MatchTimeoutMilliseconds)]
    public static partial Regex HourSuffix();

    [GeneratedRegex(@"^T\d{2}$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex HourOnly();

    [GeneratedRegex(@"^P(?<t>T)?(?<n>\d+(?:\.\d+)?)(?<u>[YMWDQHS])$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex DurationTimex();

    [GeneratedRegex(@"(?<=T\d{2}:\d{2}):\d{2}$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex SecondsSuffix();
}
