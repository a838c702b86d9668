using System.Globalization;
using System.Text.RegularExpressions;
using NodaTime;
using NodaTime.Text;
using TimelineApp.Core.Dates.Lexicon;
using TimelineApp.Core.Text;

namespace TimelineApp.Core.Dates.Placing;

/// <summary>What a TIMEX3 value names, by its shape.</summary>
public enum TimexKind
{
    /// <summary>Anything else: a duration, a set, a reference, a value with X's.</summary>
    Other,
    Century,
    Decade,
    Year,
    Quarter,
    Half,
    Season,
    Week,
    Weekend,
    Month,
    Day,
    PartOfDay,
    ClockTime,
    Duration,
    Reference,
}

/// <summary>
/// A TimeML TIMEX3 value as a type: parsed once from its text ("1989-Q3", "2025-W28-WE", "1998-01-08TMO", "P9M",
/// "PAST_REF"), so that readers ask for its year, its day or its interval instead of re-reading the string with
/// regexes of their own. The text stays the source of truth: the interval is derived from it and can never
/// disagree with it.
/// </summary>
public sealed partial record TimexValue
{
    private TimexValue(string text) => Text = text;

    /// <summary>The value as TimeML writes it.</summary>
    public string Text { get; }

    /// <summary>What it names.</summary>
    public TimexKind Kind { get; private init; }

    /// <summary>The year, for calendar values (0 for centuries and decades, whose <see cref="Number"/> holds the digits).</summary>
    public int Year { get; private init; }

    /// <summary>The month (1-12) of a month, day or time.</summary>
    public int Month { get; private init; }

    /// <summary>The day of the month of a day or time.</summary>
    public int DayOfMonth { get; private init; }

    /// <summary>The quarter, half or ISO week number; the two digits of a century, the three of a decade.</summary>
    public int Number { get; private init; }

    /// <summary>SP, SU, FA or WI for a season; MO, AF, EV, NI, MI or MD for a part of the day.</summary>
    public string? Part { get; private init; }

    /// <summary>The hour and minute of a clock time.</summary>
    public (int Hour, int Minute) Clock { get; private init; }

    /// <summary>True when the value starts with a four-digit year (a calendar value, whatever its granularity).</summary>
    public bool HasYear => Text.Length >= 4 && char.IsDigit(Text[0]) && char.IsDigit(Text[1]) && char.IsDigit(Text[2]) && char.IsDigit(Text[3]);

    /// <summary>"2025-07-14" of a day or of a time on that day ("2025-07-14T10:00", "2025-07-14TMO"), or null.</summary>
    public string? DayText => DayPrefix().Match(Text) is { Success: true } m ? m.Value : null;

    /// <summary>The date of a day or of a time on that day, or null.</summary>
    public LocalDate? Date => Text.Length >= 10 && LocalDatePattern.Iso.Parse(Text[..10]) is { Success: true } day ? day.Value : null;

    /// <summary>The four-digit year a calendar value starts with, or null.</summary>
    public int? LeadingYear => HasYear ? int.Parse(Text.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture) : null;

    /// <summary>The year and month a value starts with ("1998-06", "1998-06-12T10:00"), or null.</summary>
    public (int Year, int Month)? YearAndMonth => YearMonthPrefix().Match(Text) is { Success: true } m
        ? (int.Parse(m.Groups["y"].Value, NumberStyles.None, CultureInfo.InvariantCulture), int.Parse(m.Groups["m"].Value, NumberStyles.None, CultureInfo.InvariantCulture))
        : null;

    /// <summary>The number of months of a duration written in months ("P9M" → 9), or null.</summary>
    public int? Months => MonthsDuration().Match(Text) is { Success: true } m && int.TryParse(m.Groups["n"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out int n) ? n : null;

    /// <summary>The value of <paramref name="text"/>.</summary>
    public static TimexValue Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var m = Shape().Match(text);
        if (!m.Success)
        {
            return new TimexValue(text)
            {
                Kind = text.EndsWith("_REF", StringComparison.Ordinal) ? TimexKind.Reference : text.StartsWith('P') ? TimexKind.Duration : TimexKind.Other,
            };
        }

        if (m.Groups["century"].Success)
        {
            return new TimexValue(text) { Kind = TimexKind.Century, Number = Int(m.Groups["century"].Value) };
        }

        if (m.Groups["decade"].Success)
        {
            return new TimexValue(text) { Kind = TimexKind.Decade, Number = Int(m.Groups["decade"].Value) };
        }

        int year = Int(m.Groups["y"].Value);
        return m switch
        {
            _ when m.Groups["q"].Success => new TimexValue(text) { Kind = TimexKind.Quarter, Year = year, Number = Int(m.Groups["q"].Value) },
            _ when m.Groups["h"].Success => new TimexValue(text) { Kind = TimexKind.Half, Year = year, Number = Int(m.Groups["h"].Value) },
            _ when m.Groups["season"].Success => new TimexValue(text) { Kind = TimexKind.Season, Year = year, Part = m.Groups["season"].Value },
            _ when m.Groups["w"].Success => new TimexValue(text) { Kind = m.Groups["we"].Success ? TimexKind.Weekend : TimexKind.Week, Year = year, Number = Int(m.Groups["w"].Value) },
            _ when !m.Groups["m"].Success => new TimexValue(text) { Kind = TimexKind.Year, Year = year },
            _ when !m.Groups["d"].Success => new TimexValue(text) { Kind = TimexKind.Month, Year = year, Month = Int(m.Groups["m"].Value) },
            _ => Dated(text, m, year),
        };
    }

    private static TimexValue Dated(string text, Match m, int year)
    {
        var day = new TimexValue(text) { Kind = TimexKind.Day, Year = year, Month = Int(m.Groups["m"].Value), DayOfMonth = Int(m.Groups["d"].Value) };
        return m.Groups["part"].Success ? day with { Kind = TimexKind.PartOfDay, Part = m.Groups["part"].Value }
            : m.Groups["hh"].Success ? day with { Kind = TimexKind.ClockTime, Clock = (Int(m.Groups["hh"].Value), m.Groups["mm"].Success ? Int(m.Groups["mm"].Value) : 0) }
            : day;
    }

    /// <summary>The interval and precision the value covers, or null for durations, sets, vague references and impossible dates.</summary>
    public (TimeInterval Interval, TimePrecision Precision)? Interval => Kind switch
    {
        TimexKind.Century => (Years(Number * 100, 100), TimePrecision.Century),
        TimexKind.Decade => (Years(Number * 10, 10), TimePrecision.Decade),
        TimexKind.Year => (Years(Year, 1), TimePrecision.Year),
        TimexKind.Quarter => (MonthsFrom(new LocalDate(Year, ((Number - 1) * 3) + 1, 1), 3), TimePrecision.Quarter),
        TimexKind.Half => (MonthsFrom(new LocalDate(Year, Number == 1 ? 1 : 7, 1), 6), TimePrecision.Season),
        TimexKind.Season => (MonthsFrom(new LocalDate(Year, Seasons.StartMonth(Part!), 1), 3), TimePrecision.Season),
        TimexKind.Week or TimexKind.Weekend => WeekInterval(),
        TimexKind.Month => Month is < 1 or > 12 ? null : (MonthsFrom(new LocalDate(Year, Month, 1), 1), TimePrecision.Month),
        TimexKind.Day or TimexKind.PartOfDay or TimexKind.ClockTime => DayInterval(),
        _ => null,
    };

    private (TimeInterval, TimePrecision)? WeekInterval()
    {
        if (Number < 1 || Number > NodaTime.Calendars.WeekYearRules.Iso.GetWeeksInWeekYear(Year, CalendarSystem.Iso))
        {
            return null;
        }

        var monday = NodaTime.Calendars.WeekYearRules.Iso.GetLocalDate(Year, Number, IsoDayOfWeek.Monday, CalendarSystem.Iso);
        return Kind == TimexKind.Weekend
            ? (TimeInterval.ForDays(monday.PlusDays(5), monday.PlusDays(6)), TimePrecision.Week)
            : (TimeInterval.ForDays(monday, monday.PlusDays(6)), TimePrecision.Week);
    }

    private (TimeInterval, TimePrecision)? DayInterval()
    {
        if (Month is < 1 or > 12 || DayOfMonth < 1 || DayOfMonth > CalendarSystem.Iso.GetDaysInMonth(Year, Month))
        {
            return null;
        }

        var date = new LocalDate(Year, Month, DayOfMonth);
        if (Kind == TimexKind.PartOfDay)
        {
            var (from, to) = PartsOfDay.Hours(Part!);
            var end = to == LocalTime.Midnight ? date.PlusDays(1).AtMidnight() : date + to;
            return (new TimeInterval(date + from, end), TimePrecision.PartOfDay);
        }

        if (Kind == TimexKind.ClockTime)
        {
            var (hour, minute) = Clock;
            if (hour > 24 || minute > 59)
            {
                return null;
            }

            var at = hour == 24 ? date.PlusDays(1).AtMidnight() : date.At(new LocalTime(hour, minute));
            return (TimeInterval.ForInstant(at), TimePrecision.Instant);
        }

        return (TimeInterval.ForDay(date), TimePrecision.Day);
    }

    private static TimeInterval Years(int first, int count) => new(new LocalDate(Math.Max(first, 1), 1, 1).AtMidnight(), new LocalDate(first + count, 1, 1).AtMidnight());

    private static TimeInterval MonthsFrom(LocalDate start, int count) => new(start.AtMidnight(), start.PlusMonths(count).AtMidnight());

    private static int Int(string s) => int.Parse(s, NumberStyles.None, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^(?:(?<century>\d{2})|(?<decade>\d{3})|(?<y>\d{4})(?:-Q(?<q>[1-4])|-H(?<h>[12])|-(?<season>SP|SU|FA|WI)|-W(?<w>\d{1,2})(?<we>-WE)?|-(?<m>\d{2})(?:-(?<d>\d{2})(?:T(?:(?<part>MO|MI|MD|AF|EV|NI)|(?<hh>\d{2})(?::(?<mm>\d{2}))?))?)?)?)$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex Shape();

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex DayPrefix();

    [GeneratedRegex(@"^(?<y>\d{4})-(?<m>\d{2})", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex YearMonthPrefix();

    [GeneratedRegex(@"^P(?<n>\d+)M$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex MonthsDuration();
}
