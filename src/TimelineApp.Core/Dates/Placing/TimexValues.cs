using System.Globalization;
using System.Text.RegularExpressions;
using NodaTime;
using TimelineApp.Core.Text;
using TimelineApp.Core.Dates;
using TimelineApp.Core.Dates.Finding;
using TimelineApp.Core.Dates.Lexicon;
using TimelineApp.Core.Dates.Reading;
using TimelineApp.Core.Dates.Spans;

namespace TimelineApp.Core.Dates.Placing;

/// <summary>
/// Writes and reads TimeML TIMEX3 values. Reading a value back gives the calendar interval it covers, so the
/// value is the single source of truth and the interval can never disagree with it.
/// </summary>
public static partial class TimexValues
{
    public static string Day(LocalDate d) => d.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);

    public static string Month(int year, int month) => string.Create(CultureInfo.InvariantCulture, $"{year:D4}-{month:D2}");

    public static string Year(int year) => year.ToString("D4", CultureInfo.InvariantCulture);

    public static string Quarter(int year, int quarter) => string.Create(CultureInfo.InvariantCulture, $"{year:D4}-Q{quarter}");

    /// <summary>The ISO-8601 week (Monday start) holding <paramref name="d"/>, padded: <c>2025-W03</c>.</summary>
    public static string Week(LocalDate d)
    {
        var rule = NodaTime.Calendars.WeekYearRules.Iso;
        return string.Create(CultureInfo.InvariantCulture, $"{rule.GetWeekYear(d):D4}-W{rule.GetWeekOfWeekYear(d):D2}");
    }

    /// <summary>The interval and precision a TIMEX3 value covers, or null for durations, sets and vague references.</summary>
    public static (TimeInterval Interval, TimePrecision Precision)? IntervalOf(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var m = Shape().Match(value);
        if (!m.Success)
        {
            return null;
        }

        int year = m.Groups["y"].Success ? Int(m.Groups["y"].Value) : 0;
        if (m.Groups["century"].Success)
        {
            int c = Int(m.Groups["century"].Value) * 100;
            return (Years(c, 100), TimePrecision.Century);
        }

        if (m.Groups["decade"].Success)
        {
            int d = Int(m.Groups["decade"].Value) * 10;
            return (Years(d, 10), TimePrecision.Decade);
        }

        if (m.Groups["q"].Success)
        {
            int q = Int(m.Groups["q"].Value);
            var start = new LocalDate(year, ((q - 1) * 3) + 1, 1);
            return (new TimeInterval(start.AtMidnight(), start.PlusMonths(3).AtMidnight()), TimePrecision.Quarter);
        }

        if (m.Groups["h"].Success)
        {
            var start = new LocalDate(year, m.Groups["h"].Value == "1" ? 1 : 7, 1);
            return (new TimeInterval(start.AtMidnight(), start.PlusMonths(6).AtMidnight()), TimePrecision.Season);
        }

        if (m.Groups["season"].Success)
        {
            int startMonth = m.Groups["season"].Value switch { "SP" => 3, "SU" => 6, "FA" => 9, _ => 12 };
            var start = new LocalDate(year, startMonth, 1);
            return (new TimeInterval(start.AtMidnight(), start.PlusMonths(3).AtMidnight()), TimePrecision.Season);
        }

        if (m.Groups["w"].Success)
        {
            int week = Int(m.Groups["w"].Value);
            if (week < 1 || week > NodaTime.Calendars.WeekYearRules.Iso.GetWeeksInWeekYear(year, CalendarSystem.Iso))
            {
                return null;
            }

            var monday = NodaTime.Calendars.WeekYearRules.Iso.GetLocalDate(year, week, IsoDayOfWeek.Monday, CalendarSystem.Iso);
            return m.Groups["we"].Success
                ? (TimeInterval.ForDays(monday.PlusDays(5), monday.PlusDays(6)), TimePrecision.Week)
                : (TimeInterval.ForDays(monday, monday.PlusDays(6)), TimePrecision.Week);
        }

        if (!m.Groups["m"].Success)
        {
            return (Years(year, 1), TimePrecision.Year);
        }

        int month = Int(m.Groups["m"].Value);
        if (month is < 1 or > 12)
        {
            return null;
        }

        if (!m.Groups["d"].Success)
        {
            var first = new LocalDate(year, month, 1);
            return (new TimeInterval(first.AtMidnight(), first.PlusMonths(1).AtMidnight()), TimePrecision.Month);
        }

        int day = Int(m.Groups["d"].Value);
        if (day < 1 || day > CalendarSystem.Iso.GetDaysInMonth(year, month))
        {
            return null;
        }

        var date = new LocalDate(year, month, day);
        if (m.Groups["part"].Success)
        {
            var (from, to) = m.Groups["part"].Value switch
            {
                "MO" => (new LocalTime(6, 0), new LocalTime(12, 0)),
                "MI" or "MD" => (new LocalTime(11, 0), new LocalTime(14, 0)),
                "AF" => (new LocalTime(12, 0), new LocalTime(18, 0)),
                "EV" => (new LocalTime(18, 0), new LocalTime(22, 0)),
                _ => (new LocalTime(20, 0), LocalTime.Midnight),
            };
            var end = to == LocalTime.Midnight ? date.PlusDays(1).AtMidnight() : date + to;
            return (new TimeInterval(date + from, end), TimePrecision.PartOfDay);
        }

        if (m.Groups["hh"].Success)
        {
            int hour = Int(m.Groups["hh"].Value);
            int minute = m.Groups["mm"].Success ? Int(m.Groups["mm"].Value) : 0;
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

    private static int Int(string s) => int.Parse(s, NumberStyles.None, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^(?:(?<century>\d{2})|(?<decade>\d{3})|(?<y>\d{4})(?:-Q(?<q>[1-4])|-H(?<h>[12])|-(?<season>SP|SU|FA|WI)|-W(?<w>\d{1,2})(?<we>-WE)?|-(?<m>\d{2})(?:-(?<d>\d{2})(?:T(?:(?<part>MO|MI|MD|AF|EV|NI)|(?<hh>\d{2})(?::(?<mm>\d{2}))?))?)?)?)$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex Shape();
}
