using System.Globalization;
using System.Text.RegularExpressions;
using NodaTime;
using TimelineApp.Core.Dates;
using TimelineApp.Core.Dates.Finding;
using TimelineApp.Core.Dates.Lexicon;
using TimelineApp.Core.Dates.Placing;
using TimelineApp.Core.Dates.Spans;

namespace TimelineApp.Core.Dates.Reading;

/// <summary>
/// Pattern rules of <see cref="TimexNormalizer"/>: completes the recognizer's TIMEX pattern. Weekdays, month-days,
/// months, quarters and seasons without a year go through <see cref="ResolutionPolicy"/>; range tuples become a
/// quarter, half, decade or century when the words name one and a duration otherwise; clock times take the last
/// mentioned day; values that are already complete are kept.
/// </summary>
public static partial class TimexNormalizer
{
    private static TimeReading? ByTimex(string text, TimeMention mention, LocalDate dct, Tense tense, DiscourseContext context)
    {
        if (mention.Candidates.Count == 0)
        {
            return null;
        }

        var c = mention.Candidates[0];
        string timex = c.Timex;
        var direction = ResolutionPolicy.DirectionOf(text);

        if (c.Kind == "set")
        {
            string set = timex == "P3M" && text.Contains("quarter", StringComparison.OrdinalIgnoreCase) ? "P1Q" : timex;
            return new TimeReading(TimexType.Set, set, "a recurrence");
        }

        if (c.Kind == "duration")
        {
            return new TimeReading(TimexType.Duration, FixDuration(timex), "a length of time", IsVague: timex.Contains('X', StringComparison.Ordinal));
        }

        if (timex is "PRESENT_REF" or "PAST_REF" or "FUTURE_REF")
        {
            return new TimeReading(TimexType.Date, timex, "a reference to the time around publication", IsVague: true);
        }

        if (WeekdayTimex().Match(timex) is { Success: true } wd)
        {
            var (date, rule) = ResolutionPolicy.Weekday((IsoDayOfWeek)int.Parse(wd.Groups["d"].Value, CultureInfo.InvariantCulture), dct, tense, direction);
            return WithTimeOfDay(TimexValues.Day(date), wd.Groups["t"].Success ? wd.Groups["t"].Value : PartOfDayWord(text) ?? string.Empty, rule);
        }

        if (MonthDayTimex().Match(timex) is { Success: true } holiday && MovesEachYear(mention, holiday))
        {
            // "Black Friday", "Cyber Monday": the recognizer writes the pattern of one year (XXXX-11-28) but computes
            // each year's own date; its computed dates are the ones to choose from.
            return NearestCandidateDay(mention, dct);
        }

        if (MonthDayTimex().Match(timex) is { Success: true } md)
        {
            int month = int.Parse(md.Groups["m"].Value, CultureInfo.InvariantCulture);
            int day = int.Parse(md.Groups["d"].Value, CultureInfo.InvariantCulture);
            var (year, rule) = ResolutionPolicy.MonthDayYear(month, day, dct, direction, tense);
            if (day > CalendarSystem.Iso.GetDaysInMonth(year, month))
            {
                return null;
            }

            return WithTimeOfDay(TimexValues.Day(new LocalDate(year, month, day)), md.Groups["t"].Value, rule);
        }

        if (MonthTimex().Match(timex) is { Success: true } mo)
        {
            int month = int.Parse(mo.Groups["m"].Value, CultureInfo.InvariantCulture);
            var (year, rule) = ResolutionPolicy.MonthYear(month, dct, direction, tense);
            return new TimeReading(TimexType.Date, TimexValues.Month(year, month), rule);
        }

        if (SeasonTimex().Match(timex) is { Success: true } se)
        {
            // The recognizer reads "this past spring" as the spring of the year before; "past" means the most
            // recent one. Its year is kept for a written year and for "last spring" (the one of last year, as TimeML has it).
            bool recentSeason = PastSeason().IsMatch(text);
            if (se.Groups["y"].Success && (!recentSeason || WrittenYear().IsMatch(text)))
            {
                return new TimeReading(TimexType.Date, timex, "a season of a named year");
            }

            var (year, rule) = ResolutionPolicy.SeasonYear(se.Groups["s"].Value, dct, direction, tense);
            return new TimeReading(TimexType.Date, $"{TimexValues.Year(year)}-{se.Groups["s"].Value}", rule);
        }

        if (FiscalTimex().Match(timex) is { Success: true } fy)
        {
            return new TimeReading(TimexType.Date, fy.Groups["y"].Success ? fy.Groups["y"].Value : TimexValues.Year(dct.Year), "a fiscal year is written as its calendar year");
        }

        if (timex.StartsWith('('))
        {
            return FromRange(text, mention, c, dct, tense, direction);
        }

        if (WeekendTimex().IsMatch(timex) && text.Contains("weekend", StringComparison.OrdinalIgnoreCase) && !text.Any(char.IsDigit))
        {
            var (saturday, rule) = ResolutionPolicy.Weekend(dct, tense, direction);
            return new TimeReading(TimexType.Date, TimexValues.Week(saturday) + "-WE", rule);
        }

        if (TimeOnlyTimex().Match(timex) is { Success: true } clock)
        {
            if (!PhrasePatterns.ClockCue().IsMatch(text))
            {
                return null;
            }

            string part = PartOfDayWord(text) ?? clock.Groups["t"].Value;
            if (PhrasePatterns.ZonedDay().Match(text) is { Success: true } zoned)
            {
                // "4 a.m. EDT Thursday", "5 p.m. EST Nov. 9": the day written after the zone.
                if (zoned.Groups["wd"].Success)
                {
                    var (date, weekdayRule) = ResolutionPolicy.Weekday(Enum.Parse<IsoDayOfWeek>(zoned.Groups["wd"].Value, ignoreCase: true), dct, tense, RelativeDirection.None);
                    return WithTimeOfDay(TimexValues.Day(date), part, weekdayRule);
                }

                int month = MonthNumber(zoned.Groups["m"].Value);
                int dayOfMonth = int.Parse(zoned.Groups["d"].Value, CultureInfo.InvariantCulture);
                var (year, monthDayRule) = ResolutionPolicy.MonthDayYear(month, dayOfMonth, dct, RelativeDirection.None, tense);
                if (dayOfMonth <= CalendarSystem.Iso.GetDaysInMonth(year, month))
                {
                    return WithTimeOfDay(TimexValues.Day(new LocalDate(year, month, dayOfMonth)), part, monthDayRule);
                }
            }

            string day = context.LastDay() ?? TimexValues.Day(dct);
            string rule = context.LastDay() is null ? "a time of day on the publication day" : "a time of day on the last mentioned day";
            return WithTimeOfDay(day, part, rule);
        }

        if (IsComplete(timex))
        {
            // A time the phrase does not spell out ("Jan. 1, 1990 at 1" cut to the date) is not kept.
            string complete = PhrasePatterns.ClockCue().IsMatch(text) ? TrimSeconds(timex) : ClockPart().Replace(timex, string.Empty);
            if (PartOfDayWord(text) is { } partOfDay && ClockPart().IsMatch(complete))
            {
                // "mid-afternoon yesterday", "this evening": the recognizer's stand-in clock time (T14, T13) is a part of the day.
                complete = ClockPart().Replace(complete, partOfDay);
            }

            complete = HourSuffix().IsMatch(complete) ? complete + ":00" : complete;
            return new TimeReading(complete.Contains('T', StringComparison.Ordinal) ? TimexType.Time : TimexType.Date, complete, "computed from publication");
        }

        return NearestCandidateDay(mention, dct);
    }

    private static bool MovesEachYear(TimeMention mention, Match monthDay) =>
        mention.Candidates.Any(c => c.Value is { Length: 10 } v && !v.AsSpan(5).SequenceEqual($"{monthDay.Groups["m"].Value}-{monthDay.Groups["d"].Value}"));

    // Holidays and other yearly days ("Thanksgiving Day" = the fourth Thursday of November): of the dates the
    // recognizer computed, the one nearest to publication, as for a month-day without a year.
    private static TimeReading? NearestCandidateDay(TimeMention mention, LocalDate dct)
    {
        LocalDate? best = null;
        foreach (var c in mention.Candidates)
        {
            if (c.Value is { Length: 10 } v && NodaTime.Text.LocalDatePattern.Iso.Parse(v) is { Success: true } parsed
                && (best is null || Math.Abs(Period.Between(dct, parsed.Value, PeriodUnits.Days).Days) < Math.Abs(Period.Between(dct, best.Value, PeriodUnits.Days).Days)))
            {
                best = parsed.Value;
            }
        }

        return best is { } day ? new TimeReading(TimexType.Date, TimexValues.Day(day), "a yearly day → the occurrence nearest to publication") : null;
    }

    private static TimeReading FromRange(string text, TimeMention mention, RecognizedValue c, LocalDate dct, Tense tense, RelativeDirection direction)
    {
        var m = RangeTimex().Match(c.Timex);
        if (!m.Success)
        {
            return new TimeReading(TimexType.Duration, "PXX", "an unreadable range", IsVague: true);
        }

        string length = m.Groups["len"].Value;
        string startYear = m.Groups["sy"].Value;
        int startMonth = int.Parse(m.Groups["sm"].Value, CultureInfo.InvariantCulture);
        string? resolvedStart = c.Start;

        if (PhrasePatterns.OrdinalPart().Match(text) is { Success: true } part && length is "P3M" or "P6M")
        {
            int year;
            string rule;
            if (startYear.Contains('X', StringComparison.Ordinal))
            {
                (year, rule) = ResolutionPolicy.QuarterYear(((startMonth - 1) / 3) + 1, dct, tense, direction);
            }
            else
            {
                (year, rule) = (int.Parse(startYear, CultureInfo.InvariantCulture), "a quarter of a named year");
            }

            if (YearAgoWord().IsMatch(text))
            {
                (year, rule) = (year - 1, "a year-ago quarter → the same quarter one year earlier");
            }

            return part.Groups["h"].Success
                ? new TimeReading(TimexType.Date, $"{TimexValues.Year(year)}-H{(startMonth <= 6 ? 1 : 2)}", rule)
                : new TimeReading(TimexType.Date, TimexValues.Quarter(year, ((startMonth - 1) / 3) + 1), rule);
        }

        if (length == "P10Y" && PhrasePatterns.Decade().IsMatch(text) && resolvedStart is { Length: >= 4 })
        {
            return new TimeReading(TimexType.Date, resolvedStart[..3], "a decade is written by its first three digits");
        }

        if (length == "P100Y" && text.Contains("centur", StringComparison.OrdinalIgnoreCase) && resolvedStart is { Length: >= 4 })
        {
            return new TimeReading(TimexType.Date, resolvedStart[..2], "a century is written by its first two digits");
        }

        if (startMonth == 1 && m.Groups["sd"].Value == "01" && !startYear.Contains('X', StringComparison.Ordinal) && ThroughWord().IsMatch(text))
        {
            return new TimeReading(TimexType.Date, startYear, "a year so far is written as the year");
        }

        return new TimeReading(TimexType.Duration, FixDuration(length), "a length of time, not a date");
    }
}
