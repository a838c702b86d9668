using System.Globalization;
using System.Text.RegularExpressions;
using NodaTime;
using TimelineApp.Core.Dates.Lexicon;
using TimelineApp.Core.Dates.Placing;
using TimelineApp.Core.Text;

namespace TimelineApp.Core.Dates.Reading.Rules;

/// <summary>
/// Rules that complete the recognizer's TIMEX pattern: weekdays, month-days, months and seasons without a year go
/// through <see cref="ResolutionPolicy"/>; the weekend, fiscal years and clock times take their day; values already
/// complete are kept. They run only when no wording rule read the phrase, and only on the first candidate, whose
/// pattern the recognizer's own parser reads (<see cref="RecognizerTimex"/>).
/// </summary>
internal static partial class PatternRules
{
    /// <summary>weekday.name: "Friday" (XXXX-WXX-5): same weekday, forward clause, or the most recent one.</summary>
    public static RuleOutcome Weekday(PhraseInput p)
    {
        if (!p.Pattern.IsWeekday)
        {
            return RuleOutcome.Skip;
        }

        var (date, rule) = ResolutionPolicy.Weekday((IsoDayOfWeek)p.Pattern.DayOfWeek!.Value, p.Dct, p.Tense, p.Direction);
        string time = p.Pattern.TimeOfDay is { Length: > 0 } written ? written : TimexText.PartOfDayWord(p.Text) ?? string.Empty;
        return RuleOutcome.Read(TimexText.WithTimeOfDay(TimexValues.Day(date), time, rule.Text).By(rule));
    }

    /// <summary>
    /// holiday.recognized: "Black Friday", "Thanksgiving Day": the recognizer writes the pattern of one year (XXXX-11-28)
    /// but computes each year's own date; of those, the one nearest to publication.
    /// </summary>
    public static RuleOutcome RecognizedHoliday(PhraseInput p) =>
        p.Pattern.IsMonthDay && MovesEachYear(p.Mention, p.Pattern.Month!.Value, p.Pattern.DayOfMonth!.Value)
            ? RuleOutcome.Read(NearestCandidateDay(p.Mention, p.Dct))
            : RuleOutcome.Skip;

    /// <summary>month-day.no-year: "Sept. 30" (XXXX-09-30): the nearest year, unless the clause's tense clearly says otherwise.</summary>
    public static RuleOutcome MonthDay(PhraseInput p)
    {
        if (!p.Pattern.IsMonthDay)
        {
            return RuleOutcome.Skip;
        }

        int month = p.Pattern.Month!.Value;
        int day = p.Pattern.DayOfMonth!.Value;
        var (year, rule) = ResolutionPolicy.MonthDayYear(month, day, p.Dct, p.Direction, p.Tense);
        if (day > CalendarSystem.Iso.GetDaysInMonth(year, month))
        {
            return RuleOutcome.Read(null);
        }

        return RuleOutcome.Read(TimexText.WithTimeOfDay(TimexValues.Day(new LocalDate(year, month, day)), p.Pattern.TimeOfDay, rule.Text).By(rule));
    }

    /// <summary>month.no-year: "June" (XXXX-06): the nearest year, or last/this/next.</summary>
    public static RuleOutcome Month(PhraseInput p)
    {
        if (!p.Pattern.IsMonth)
        {
            return RuleOutcome.Skip;
        }

        int month = p.Pattern.Month!.Value;
        var (year, rule) = ResolutionPolicy.MonthYear(month, p.Dct, p.Direction, p.Tense);
        return RuleOutcome.Read(new TimeReading(TimexType.Date, TimexValues.Month(year, month), rule.Text).By(rule));
    }

    /// <summary>
    /// season: "the spring", "this past summer". The recognizer reads "this past spring" as the spring of the year
    /// before; "past" means the most recent one. Its year is kept for a written year and for "last spring".
    /// </summary>
    public static RuleOutcome Season(PhraseInput p)
    {
        if (!p.Pattern.IsSeason)
        {
            return RuleOutcome.Skip;
        }

        string season = p.Pattern.Season!;
        bool recentSeason = PastSeason().IsMatch(p.Text);
        if (p.Pattern.Year is not null && (!recentSeason || WrittenYear().IsMatch(p.Text)))
        {
            return RuleOutcome.Read(new TimeReading(TimexType.Date, p.Timex, "a season of a named year"));
        }

        var (year, rule) = ResolutionPolicy.SeasonYear(season, p.Dct, p.Direction, p.Tense);
        return RuleOutcome.Read(new TimeReading(TimexType.Date, $"{TimexValues.Year(year)}-{season}", rule.Text).By(rule));
    }

    /// <summary>year.fiscal: "fiscal 1990" (FY1990) is written as its calendar year.</summary>
    public static RuleOutcome FiscalYear(PhraseInput p) =>
        FiscalTimex().Match(p.Timex) is { Success: true } fy
            ? RuleOutcome.Read(new TimeReading(TimexType.Date, fy.Groups["y"].Success ? fy.Groups["y"].Value : TimexValues.Year(p.Dct.Year), "a fiscal year is written as its calendar year"))
            : RuleOutcome.Skip;

    /// <summary>weekend: "the weekend": the most recent one, or the coming one in a forward clause.</summary>
    public static RuleOutcome Weekend(PhraseInput p)
    {
        if (!p.Pattern.IsWeekend || !p.Text.Contains("weekend", StringComparison.OrdinalIgnoreCase) || p.Text.Any(char.IsDigit))
        {
            return RuleOutcome.Skip;
        }

        var (saturday, rule) = ResolutionPolicy.Weekend(p.Dct, p.Tense, p.Direction);
        return RuleOutcome.Read(new TimeReading(TimexType.Date, TimexValues.Week(saturday) + "-WE", rule.Text).By(rule));
    }

    /// <summary>
    /// clock.time-of-day: "3 p.m.", "this evening", "4 a.m. EDT Thursday": on the day written after the zone, else the
    /// last mentioned day, else the publication day. Without a clock cue ("one five") it is no time.
    /// </summary>
    public static RuleOutcome TimeOfDay(PhraseInput p)
    {
        if (!p.Pattern.IsTimeOnly)
        {
            return RuleOutcome.Skip;
        }

        if (!PhrasePatterns.ClockCue().IsMatch(p.Text))
        {
            return RuleOutcome.Read(null);
        }

        var dct = p.Dct;
        string part = TimexText.PartOfDayWord(p.Text) ?? p.Pattern.TimeOfDay;
        if (PhrasePatterns.ZonedDay().Match(p.Text) is { Success: true } zoned)
        {
            if (zoned.Groups["wd"].Success)
            {
                var (date, weekdayRule) = ResolutionPolicy.Weekday(Enum.Parse<IsoDayOfWeek>(zoned.Groups["wd"].Value, ignoreCase: true), dct, p.Tense, RelativeDirection.None);
                return RuleOutcome.Read(TimexText.WithTimeOfDay(TimexValues.Day(date), part, weekdayRule.Text).By(weekdayRule));
            }

            int month = TimexText.MonthNumber(zoned.Groups["m"].Value);
            int dayOfMonth = int.Parse(zoned.Groups["d"].Value, CultureInfo.InvariantCulture);
            var (year, monthDayRule) = ResolutionPolicy.MonthDayYear(month, dayOfMonth, dct, RelativeDirection.None, p.Tense);
            if (dayOfMonth <= CalendarSystem.Iso.GetDaysInMonth(year, month))
            {
                return RuleOutcome.Read(TimexText.WithTimeOfDay(TimexValues.Day(new LocalDate(year, month, dayOfMonth)), part, monthDayRule.Text).By(monthDayRule));
            }
        }

        string day = p.Context.LastDay() ?? TimexValues.Day(dct);
        string rule = p.Context.LastDay() is null ? "a time of day on the publication day" : "a time of day on the last mentioned day";
        var reading = TimexText.WithTimeOfDay(day, part, rule);
        return RuleOutcome.Read(PastMidnight(reading, p.Context) ?? reading);
    }

    // clock.past-midnight: "announced the decree at 10:25 p.m. … voted shortly after 1 a.m.": a small-hours clock
    // time told after an evening one on the same day is the next day; a story told in order crosses midnight,
    // and "1 a.m." before "10:25 p.m." on one day would be told the other way round ("earlier, at 1 a.m.").
    private static TimeReading? PastMidnight(TimeReading reading, DiscourseContext context)
    {
        int t = reading.Value.IndexOf('T', StringComparison.Ordinal);
        if (reading.Type != TimexType.Time || t != 10 || reading.Value.Length < 13 || !char.IsAsciiDigit(reading.Value[11]) || !char.IsAsciiDigit(reading.Value[12])
            || context.LastDayClockHour() is not >= EveningHour || NodaTime.Text.LocalDatePattern.Iso.Parse(reading.Value[..10]) is not { Success: true } day)
        {
            return null;
        }

        int hour = ((reading.Value[11] - '0') * 10) + (reading.Value[12] - '0');
        return hour < DawnHour
            ? (reading with { Value = TimexValues.Day(day.Value.PlusDays(1)) + reading.Value[10..], Rule = reading.Rule + ", told after an evening time → the next day" }).By(PolicyChoices.ClockPastMidnight)
            : null;
    }

    private const int EveningHour = 18;

    private const int DawnHour = 6;

    /// <summary>date.complete: a value the recognizer computed in full ("yesterday", "March 3, 2025"), kept; a clock time the phrase does not spell out is cut.</summary>
    public static RuleOutcome Complete(PhraseInput p)
    {
        if (!TimexText.IsComplete(p.Timex))
        {
            return RuleOutcome.Skip;
        }

        // A time the phrase does not spell out ("Jan. 1, 1990 at 1" cut to the date) is not kept.
        string complete = PhrasePatterns.ClockCue().IsMatch(p.Text) ? TimexText.TrimSeconds(p.Timex) : TimexText.ClockPart().Replace(p.Timex, string.Empty);
        if (TimexText.PartOfDayWord(p.Text) is { } partOfDay && TimexText.ClockPart().IsMatch(complete))
        {
            // "mid-afternoon yesterday", "this evening": the recognizer's stand-in clock time (T14, T13) is a part of the day.
            complete = TimexText.ClockPart().Replace(complete, partOfDay);
        }

        complete = TimexText.HourSuffix().IsMatch(complete) ? complete + ":00" : complete;
        return RuleOutcome.Read(new TimeReading(complete.Contains('T', StringComparison.Ordinal) ? TimexType.Time : TimexType.Date, complete, "computed from publication"));
    }

    /// <summary>yearly-day.nearest: anything else the recognizer computed dates for: of those, the one nearest to publication.</summary>
    public static RuleOutcome Nearest(PhraseInput p) => RuleOutcome.Read(NearestCandidateDay(p.Mention, p.Dct));

    private static bool MovesEachYear(TimeMention mention, int month, int day) =>
        mention.Candidates.Any(c => c.Value is { Length: 10 } v && !v.AsSpan(5).SequenceEqual(string.Create(CultureInfo.InvariantCulture, $"{month:D2}-{day:D2}")));

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

    [GeneratedRegex(@"^FY(?:(?<y>\d{4})|XXXX)$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex FiscalTimex();

    [GeneratedRegex(@"\b\d{4}\b|'\d{2}\b", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex WrittenYear();

    private static readonly Regex PastSeasonRegex = LexiconData.Regex($@"\bpast\s+(?:{Seasons.NamePattern})\b", RegexOptions.IgnoreCase);

    private static Regex PastSeason() => PastSeasonRegex;
}
