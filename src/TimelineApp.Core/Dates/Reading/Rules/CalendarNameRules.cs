using TimelineApp.Core.Dates.Lexicon;
using TimelineApp.Core.Dates.Placing;

namespace TimelineApp.Core.Dates.Reading.Rules;

/// <summary>
/// Calendar names read by their words rather than by the recognizer's date: directed months and weekdays ("last
/// April", "next Friday"), the holidays of <c>Lexicon/Data/holidays.json</c>, and wire copy's 24-hour clock ("1900 GMT").
/// </summary>
internal static class CalendarNameRules
{
    /// <summary>month.directed: the recognizer reads "last April" as April of last year; news means the most recent April.</summary>
    public static RuleOutcome DirectedMonth(PhraseInput p)
    {
        if (PhrasePatterns.DirectedMonth().Match(p.Text) is not { Success: true } directedMonth)
        {
            return RuleOutcome.Skip;
        }

        int month = TimexText.MonthNumber(directedMonth.Groups["m"].Value);
        var (year, rule) = ResolutionPolicy.MonthYear(month, p.Dct, p.Direction, p.Tense);
        return RuleOutcome.Read(new TimeReading(TimexType.Date, TimexValues.Month(year, month), rule.Text).By(rule));
    }

    /// <summary>weekday.directed: "last Friday", "next Friday", "this Friday": news means the first one after (or before) publication.</summary>
    public static RuleOutcome DirectedWeekday(PhraseInput p)
    {
        if (PhrasePatterns.DirectedWeekday().Match(p.Text) is not { Success: true } directed)
        {
            return RuleOutcome.Skip;
        }

        var day = Enum.Parse<NodaTime.IsoDayOfWeek>(directed.Groups["d"].Value, ignoreCase: true);
        var (date, rule) = ResolutionPolicy.Weekday(day, p.Dct, p.Tense, p.Direction);
        return RuleOutcome.Read(new TimeReading(TimexType.Date, TimexValues.Day(date), rule.Text).By(rule));
    }

    /// <summary>holiday.fixed: a holiday on the same day every year ("Boxing Day" = 12-26), its year chosen as for any month-day.</summary>
    public static RuleOutcome FixedHoliday(PhraseInput p) =>
        Holidays.Named(p.Text) is { IsFixed: true } holiday ? RuleOutcome.Read(HolidayReading(p, holiday)) : RuleOutcome.Skip;

    /// <summary>holiday.moving: a holiday on a weekday rule ("Victoria Day" = the Monday before May 25), its year chosen as for any month-day.</summary>
    public static RuleOutcome MovingHoliday(PhraseInput p) =>
        Holidays.Named(p.Text) is { IsFixed: false } holiday ? RuleOutcome.Read(HolidayReading(p, holiday)) : RuleOutcome.Skip;

    /// <summary>clock.wire: "1900 GMT on Sunday": the day by the weekday rules, else the day last mentioned, else publication.</summary>
    public static RuleOutcome WireClock(PhraseInput p)
    {
        if (PhrasePatterns.WireClock().Match(p.Text) is not { Success: true } wire)
        {
            return RuleOutcome.Skip;
        }

        string time = $"T{wire.Groups["hh"].Value}:{wire.Groups["mm"].Value}";
        if (wire.Groups["d"].Success)
        {
            var (date, rule) = ResolutionPolicy.Weekday(Enum.Parse<NodaTime.IsoDayOfWeek>(wire.Groups["d"].Value, ignoreCase: true), p.Dct, p.Tense, RelativeDirection.None);
            return RuleOutcome.Read(new TimeReading(TimexType.Time, TimexValues.Day(date) + time, "a 24-hour clock time; " + rule.Text).By(rule));
        }

        string? storyDay = p.Context.LastDay();
        return RuleOutcome.Read(new TimeReading(TimexType.Time, (storyDay ?? TimexValues.Day(p.Dct)) + time, storyDay is null ? "a 24-hour clock time on the publication day" : "a 24-hour clock time on the last mentioned day"));
    }

    // The holiday's day in the publication year names the month and day, whose year is chosen as for any month-day;
    // a moving holiday then takes its own day in that year.
    private static TimeReading HolidayReading(PhraseInput p, Holiday holiday)
    {
        var thisYear = holiday.In(p.Dct.Year);
        var (year, rule) = ResolutionPolicy.MonthDayYear(thisYear.Month, thisYear.Day, p.Dct, p.Direction, p.Tense);
        var day = holiday.In(year);
        return new TimeReading(TimexType.Date, TimexValues.Day(day), $"'{p.Text}' is {day:MMMM d}: {rule.Text}").By(rule);
    }
}
