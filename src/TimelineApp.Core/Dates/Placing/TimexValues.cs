using System.Globalization;
using System.Text.RegularExpressions;
using NodaTime;
using TimelineApp.Core.Text;

namespace TimelineApp.Core.Dates.Placing;

/// <summary>
/// Writes TimeML TIMEX3 values; <see cref="TimexValue"/> reads them back.
/// </summary>
public static class TimexValues
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

    /// <summary>The interval and precision a TIMEX3 value covers, or null for durations, sets and vague references (see <see cref="TimexValue"/>).</summary>
    public static (TimeInterval Interval, TimePrecision Precision)? IntervalOf(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return TimexValue.Parse(value).Interval;
    }
}
