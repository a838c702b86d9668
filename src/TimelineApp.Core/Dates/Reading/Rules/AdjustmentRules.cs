using TimelineApp.Core.Dates.Lexicon;
using TimelineApp.Core.Dates.Placing;

namespace TimelineApp.Core.Dates.Reading.Rules;

/// <summary>Adjustments of a reading by the phrase's words, after any reading rule.</summary>
internal static class AdjustmentRules
{
    /// <summary>
    /// week.named-by-day: "the week of March 6" and "Easter week" name a week, not the day they are named by: TimeML
    /// writes the ISO week that holds the day (2000-W10), and the timeline shows the whole week.
    /// </summary>
    public static TimeReading WeekOf(PhraseInput p, TimeReading reading)
    {
        if (reading is not { Type: TimexType.Date } || !PhrasePatterns.WeekOf().IsMatch(p.Text)
            || NodaTime.Text.LocalDatePattern.Iso.Parse(reading.Value) is not { Success: true } day)
        {
            return reading;
        }

        return reading with { Value = TimexValues.Week(day.Value), Rule = reading.Rule + "; a week named by a day → the ISO week holding it" };
    }

    /// <summary>
    /// midnight.end-of-day: "midnight Friday" (and a bare "midnight" on the story's day) is the midnight that ends Friday (a deadline "at midnight Friday" runs
    /// through Friday); the recognizer gives the one that starts it. TimeML writes the end of a day as T24:00.
    /// </summary>
    public static TimeReading EndOfDay(PhraseInput p, TimeReading reading)
    {
        if (reading is not { Type: TimexType.Time } || !reading.Value.EndsWith("T00:00", StringComparison.Ordinal))
        {
            return reading;
        }

        if (PhrasePatterns.MidnightOfDay().IsMatch(p.Text))
        {
            return reading with { Value = reading.Value[..^5] + "24:00", Rule = reading.Rule + "; midnight of a named day → the end of that day" };
        }

        // "the walkout began at midnight" after the day's events: a bare midnight placed on the story's day (by
        // clock.time-of-day) is the one that ends it, as TimeML writes it, not the one before the day began.
        return reading.RuleId == "clock.time-of-day" && PhrasePatterns.BareMidnight().IsMatch(p.Text)
            ? reading with { Value = reading.Value[..^5] + "24:00", Rule = reading.Rule + "; midnight on the story's day → the end of that day" }
            : reading;
    }
}
