using System.Globalization;
using System.Text.RegularExpressions;
using NodaTime.Text;
using NodaTime;
using TimelineApp.Core.Text;
using TimelineApp.Core.Dates;
using TimelineApp.Core.Dates.Finding;
using TimelineApp.Core.Dates.Lexicon;
using TimelineApp.Core.Dates.Placing;
using TimelineApp.Core.Dates.Spans;

namespace TimelineApp.Core.Dates.Reading;

/// <summary>
/// Wording rules of <see cref="TimexNormalizer"/>: phrases whose TimeML value follows from their words rather than
/// from the recognizer's computed date. References ("now", "recently", "the future"), counted offsets from
/// publication ("four years ago" at the unit's granularity) or from the last mentioned date ("a year earlier"
/// keeps the granularity of what it compares with), quarters referred back to ("the quarter", "the year-ago
/// quarter"), directed months and weekdays ("last April", "next Friday") and lengths ("the past three months").
/// </summary>
public static partial class TimexNormalizer
{
    private static TimeReading? ByWording(string text, TimeMention mention, LocalDate dct, Tense tense, DiscourseContext context)
    {
        if (PhrasePatterns.DirectedMonth().Match(text) is { Success: true } directedMonth)
        {
            // The recognizer reads "last April" as April of last year; news means the most recent April.
            int month = MonthNumber(directedMonth.Groups["m"].Value);
            var (year, rule) = ResolutionPolicy.MonthYear(month, dct, ResolutionPolicy.DirectionOf(text), tense);
            return new TimeReading(TimexType.Date, TimexValues.Month(year, month), rule);
        }

        if (PhrasePatterns.RecentUnits().Match(text) is { Success: true } recent && RecentStretch(recent.Groups["u"].Value) is { } stretch)
        {
            // "in recent weeks", "recent months": a stretch of short units up to publication is a length (TimeML PXW, PXM);
            // "recent years" and "recent decades" name an era, a vague past reference.
            return new TimeReading(TimexType.Duration, stretch, "'recent weeks' → a vague length up to publication", IsVague: true);
        }

        if (PhrasePatterns.RecentUnits().IsMatch(text))
        {
            return new TimeReading(TimexType.Date, "PAST_REF", "'recent years' → an unspecified time before publication", IsVague: true);
        }

        if (PhrasePatterns.PresentRef().IsMatch(text))
        {
            return new TimeReading(TimexType.Date, "PRESENT_REF", "refers to the time of publication", IsVague: true);
        }

        if (PhrasePatterns.PastRef().IsMatch(text))
        {
            return new TimeReading(TimexType.Date, "PAST_REF", "an unspecified time before publication", IsVague: true);
        }

        if (PhrasePatterns.FutureRef().IsMatch(text))
        {
            return new TimeReading(TimexType.Date, "FUTURE_REF", "an unspecified time after publication", IsVague: true);
        }

        if (PhrasePatterns.ThatDay().Match(text) is { Success: true } thatDay)
        {
            return DayReferredBack(thatDay.Groups["u"].Value, 0, dct, context);
        }

        if (PhrasePatterns.NextPartOfDay().Match(text) is { Success: true } nextPart)
        {
            bool before = nextPart.Groups["dir"].Value.ToUpperInvariant() is "PREVIOUS" or "PRIOR" or "PRECEDING";
            return DayReferredBack(nextPart.Groups["u"].Value, before ? -1 : 1, dct, context);
        }

        if (PhrasePatterns.ThatYearOrMonth().Match(text) is { Success: true } thatUnit)
        {
            return ThatYearOrMonth(thatUnit.Groups["u"].Value, context);
        }

        if (PhrasePatterns.FullYear().IsMatch(text))
        {
            // "forecast an increase for the full year": the whole current year, a calendar name rather than a length.
            return new TimeReading(TimexType.Date, TimexValues.Year(dct.Year), "'the full year' → the whole year of publication");
        }

        if (PhrasePatterns.Ago().Match(text) is { Success: true } ago)
        {
            return Ago(ago, dct, context);
        }

        bool namesQuarter = text.Contains("quarter", StringComparison.OrdinalIgnoreCase) || text.Contains("period", StringComparison.OrdinalIgnoreCase);
        if (!namesQuarter && PhrasePatterns.Offset().Match(text) is { Success: true } offset)
        {
            return Offset(offset, mention, dct, context);
        }

        if (PhrasePatterns.YearPeriod().Match(text) is { Success: true } yearPeriod)
        {
            string y = yearPeriod.Groups["y"].Value;
            if (context.ReportedLengthYear(dct) is not null)
            {
                return new TimeReading(TimexType.Date, y, $"'the {y} period' after a reported stretch of months → that stretch in {y}, written as the year");
            }

            return context.LastQuarter(dct) is { } q
                ? new TimeReading(TimexType.Date, y + q[4..], $"'the {y} period' → the quarter last mentioned ({q}) in {y}", FromEarlierMention: !q.StartsWith(y, StringComparison.Ordinal))
                : new TimeReading(TimexType.Date, y, "a period of a named year");
        }

        if (PhrasePatterns.QuarterReference().Match(text) is { Success: true } && !PhrasePatterns.OrdinalPart().IsMatch(text))
        {
            return QuarterReference(text, dct, context);
        }

        if (PhrasePatterns.AnaphoricWeekday().Match(text) is { Success: true } anaphoric
            && context.LastDay() is { } lastDay && LocalDatePattern.Iso.Parse(lastDay) is { Success: true } parsedDay)
        {
            // "down 4.5% from the previous Friday" after "Friday's close": the one before the day in focus.
            var day = Enum.Parse<IsoDayOfWeek>(anaphoric.Groups["d"].Value, ignoreCase: true);
            bool back = anaphoric.Groups["dir"].Value.ToUpperInvariant() is "PREVIOUS" or "PRECEDING" or "PRIOR";
            var (date, _) = ResolutionPolicy.Weekday(day, parsedDay.Value, Tense.None, back ? RelativeDirection.Last : RelativeDirection.Next);
            return new TimeReading(TimexType.Date, TimexValues.Day(date), $"'{anaphoric.Groups["dir"].Value.ToLowerInvariant()}' → counted from the last mentioned day ({lastDay})", FromEarlierMention: true);
        }

        if (PhrasePatterns.DirectedWeekday().Match(text) is { Success: true } directed)
        {
            var day = Enum.Parse<IsoDayOfWeek>(directed.Groups["d"].Value, ignoreCase: true);
            var (date, rule) = ResolutionPolicy.Weekday(day, dct, tense, ResolutionPolicy.DirectionOf(text));
            return new TimeReading(TimexType.Date, TimexValues.Day(date), rule);
        }

        if (PhrasePatterns.FiscalPart().Match(text) is { Success: true } fiscal)
        {
            return FiscalPart(fiscal);
        }

        if (Holidays.Named(text) is { } holiday)
        {
            return HolidayReading(text, holiday, dct, tense);
        }

        if (PhrasePatterns.Hourly().IsMatch(text))
        {
            return new TimeReading(TimexType.Set, "PT1H", "a recurrence every hour");
        }

        if (PhrasePatterns.WireClock().Match(text) is { Success: true } wire)
        {
            // "1900 GMT on Sunday": the day by the weekday rules, else the day last mentioned, else publication.
            string time = $"T{wire.Groups["hh"].Value}:{wire.Groups["mm"].Value}";
            if (wire.Groups["d"].Success)
            {
                var (date, rule) = ResolutionPolicy.Weekday(Enum.Parse<IsoDayOfWeek>(wire.Groups["d"].Value, ignoreCase: true), dct, tense, RelativeDirection.None);
                return new TimeReading(TimexType.Time, TimexValues.Day(date) + time, "a 24-hour clock time; " + rule);
            }

            string? storyDay = context.LastDay();
            return new TimeReading(TimexType.Time, (storyDay ?? TimexValues.Day(dct)) + time, storyDay is null ? "a 24-hour clock time on the publication day" : "a 24-hour clock time on the last mentioned day");
        }

        if (PhrasePatterns.PartAbbreviation().Match(text) is { Success: true } abbreviation)
        {
            return PartOfYear(abbreviation, dct, tense);
        }

        if (PhrasePatterns.Half().Match(text) is { Success: true } half)
        {
            int h = half.Groups["h"].Value.Equals("first", StringComparison.OrdinalIgnoreCase) ? 1 : 2;
            int currentHalf = dct.Month <= 6 ? 1 : 2;
            int year = half.Groups["y"].Success ? int.Parse(half.Groups["y"].Value, CultureInfo.InvariantCulture) : (h <= currentHalf ? dct.Year : dct.Year - 1);
            return new TimeReading(TimexType.Date, $"{TimexValues.Year(year)}-H{h}", half.Groups["y"].Success ? "a half of a named year" : "no year → the most recent such half not after publication");
        }

        if (PhrasePatterns.VagueStretch().Match(text) is { Success: true } stretchAhead)
        {
            string value = stretchAhead.Groups["u"].Success ? Amounts.Duration(null, stretchAhead.Groups["u"].Value) : "PXX";
            return new TimeReading(TimexType.Duration, value, "a vague length of time", IsVague: true);
        }

        if (PhrasePatterns.VaguePlural().Match(text) is { Success: true } plural)
        {
            return new TimeReading(TimexType.Duration, Amounts.Duration(null, plural.Groups["u"].Value), "a vague length of time", IsVague: true);
        }

        if (PhrasePatterns.Length().Match(text) is { Success: true } length && (mention.Candidates.Count == 0 || IsLengthLike(mention, text)))
        {
            int? halves = Amounts.HalvesOf(length.Groups["n"].Value) + (length.Groups["half"].Success ? 1 : 0); // "a minute and a half"
            string u = length.Groups["u"].Value;
            return new TimeReading(TimexType.Duration, Amounts.Duration(halves, u), "a length of time", IsVague: halves is null);
        }

        return null;
    }

    // "three years" is a length; "the past three years" and "within a week" too, though the recognizer gives a date range.
    private static bool IsLengthLike(TimeMention mention, string text) =>
        mention.Candidates[0].Kind is "duration" or "date" || PhrasePatterns.LengthIntroducer().IsMatch(text) || mention.Candidates[0].Timex.StartsWith('(')
        || (mention.Candidates[0].Kind is "time" or "datetime" or "timerange" or "datetimerange" && PhrasePatterns.ClockUnit().IsMatch(text));

    private static TimeReading Ago(Match ago, LocalDate dct, DiscourseContext context)
    {
        int? halves = Amounts.HalvesOf(ago.Groups["n"].Value);
        string unit = ago.Groups["u"].Value.ToUpperInvariant().TrimEnd('S');
        if (halves is null)
        {
            return new TimeReading(TimexType.Date, "PAST_REF", "a vague amount ago → an unspecified past time", IsVague: true);
        }

        int n = halves.Value / 2;
        if (n == 1 && halves.Value == 2 && unit == "YEAR" && YearBeforeReportedLength(dct, context) is { } stretch)
        {
            return stretch;
        }

        // "compared with $3 million a year ago" after "the third quarter" is that quarter a year back; a date still
        // ahead of publication ("a protest on Saturday … a year ago") is no period to compare with, so "ago" counts
        // from publication as it says.
        if (n == 1 && halves.Value == 2 && unit == "YEAR" && context.LastDated() is { } last && !StartsAfter(last, dct) && ShiftYear(last, -1) is { } shifted)
        {
            return new TimeReading(TimexType.Date, shifted, $"'a year ago' → the last mentioned date ({last}) one year back", FromEarlierMention: true);
        }

        return new TimeReading(TimexType.Date, Back(dct, unit, n), $"{n} {unit.ToLowerInvariant()}(s) before publication, at that unit's granularity");
    }

    private static bool StartsAfter(string value, LocalDate dct) =>
        TimexValues.IntervalOf(value) is { } known && known.Interval.Start.Date > dct;

    // "For the nine months, net rose to $5 million from $3 million a year earlier": the same stretch a year before,
    // which TimeML writes at year granularity (see ReportedLength).
    private static TimeReading? YearBeforeReportedLength(LocalDate dct, DiscourseContext context) =>
        context.ReportedLengthYear(dct) is { } year
            ? new TimeReading(TimexType.Date, TimexValues.Year(year - 1), $"a year before the reported stretch of months in {year} → {year - 1}, written as the year", FromEarlierMention: true)
            : null;

    // A holiday of Lexicon/Data/holidays.json: its day in the publication year names the month and day, whose year is
    // chosen as for any month-day; a moving holiday then takes its own day in that year.
    private static TimeReading HolidayReading(string text, Holiday holiday, LocalDate dct, Tense tense)
    {
        var thisYear = holiday.In(dct.Year);
        var (year, rule) = ResolutionPolicy.MonthDayYear(thisYear.Month, thisYear.Day, dct, ResolutionPolicy.DirectionOf(text), tense);
        var day = holiday.In(year);
        return new TimeReading(TimexType.Date, TimexValues.Day(day), $"'{text}' is {day:MMMM d}: {rule}");
    }

    // Companies' fiscal years start in different months; TimeML writes the part with the fiscal year's own label
    // ("the third quarter of fiscal 2026" → 2026-Q3), as the company does.
    private static TimeReading FiscalPart(Match fiscal)
    {
        string y = fiscal.Groups["y"].Value;
        int n = fiscal.Groups["qn"].Success ? fiscal.Groups["qn"].Value[0] - '0'
            : fiscal.Groups["hn"].Success ? fiscal.Groups["hn"].Value[0] - '0'
            : fiscal.Groups["ord"].Value.ToUpperInvariant() switch { "FIRST" or "1ST" => 1, "SECOND" or "2ND" => 2, "THIRD" or "3RD" => 3, _ => 4 };
        bool isHalf = fiscal.Groups["h"].Success || fiscal.Groups["hn"].Success;
        return new TimeReading(TimexType.Date, isHalf ? $"{y}-H{n}" : $"{y}-Q{n}", $"a {(isHalf ? "half" : "quarter")} of fiscal {y}, with the fiscal year's label");
    }

    // "Q3", "Q2 2025", "H1 2025": a quarter or half; without a year, by the same rules as "the third quarter".
    private static TimeReading PartOfYear(Match abbreviation, LocalDate dct, Tense tense)
    {
        bool named = abbreviation.Groups["y"].Success;
        int? givenYear = named ? int.Parse(abbreviation.Groups["y"].Value, CultureInfo.InvariantCulture) : null;
        if (abbreviation.Groups["q"].Success)
        {
            int q = abbreviation.Groups["q"].Value[0] - '0';
            var (year, rule) = givenYear is { } y ? (y, "a quarter of a named year") : ResolutionPolicy.QuarterYear(q, dct, tense, RelativeDirection.None);
            return new TimeReading(TimexType.Date, TimexValues.Quarter(year, q), $"'Q{q}' is the {Ordinal(q)} quarter: {rule}");
        }

        int h = abbreviation.Groups["h"].Value[0] - '0';
        int currentHalf = dct.Month <= 6 ? 1 : 2;
        int halfYear = givenYear ?? (h <= currentHalf || tense == Tense.Future ? dct.Year : dct.Year - 1);
        return new TimeReading(TimexType.Date, $"{TimexValues.Year(halfYear)}-H{h}", givenYear is null ? "'H' + a half with no year → the most recent such half, or the coming one in a forward clause" : "a half of a named year");
    }

    private static string Ordinal(int n) => n switch { 1 => "first", 2 => "second", 3 => "third", _ => "fourth" };

    // "Earlier that day", "that night", "the next morning" after "on Jan. 15": a story's day is the last one it
    // named, not the publication day (HeidelTime's REF day); with no day named yet, the publication day is the day.
    private static TimeReading DayReferredBack(string unit, int days, LocalDate dct, DiscourseContext context)
    {
        string? last = context.LastDay();
        var day = last is not null && LocalDatePatternIso.Parse(last) is { Success: true } parsed ? parsed.Value : dct;
        day = day.PlusDays(days);
        string from = last is null ? "the publication day" : $"the last mentioned day ({last})";
        string shift = days == 0 ? string.Empty : days > 0 ? " + 1 day" : " - 1 day";
        string u = unit.ToLowerInvariant();
        return u switch
        {
            "day" => new TimeReading(TimexType.Date, TimexValues.Day(day), $"'{u}' referring back → {from}{shift}", FromEarlierMention: last is not null),
            "week" => new TimeReading(TimexType.Date, TimexValues.Week(day), $"'that week' → the ISO week of {from}", FromEarlierMention: last is not null),
            _ => new TimeReading(TimexType.Time, TimexValues.Day(day) + PartOfDayWord(u), $"'{u}' referring back → that part of {from}{shift}", FromEarlierMention: last is not null),
        };
    }

    // "returned to Cuba later that year" after "in June 1998": the demonstrative refers back to the year (or month) of
    // the last mentioned date, as HeidelTime's REF values do; with nothing to refer to, it is not placed at all.
    private static TimeReading? ThatYearOrMonth(string unit, DiscourseContext context)
    {
        if (context.LastDated() is not { } last)
        {
            return null;
        }

        bool month = unit.Equals("month", StringComparison.OrdinalIgnoreCase);
        if (month && YearMonth().Match(last) is not { Success: true })
        {
            return null;
        }

        string value = month ? last[..7] : last[..4];
        return new TimeReading(TimexType.Date, value, $"'that {unit.ToLowerInvariant()}' → the {unit.ToLowerInvariant()} of the last mentioned date ({last})", FromEarlierMention: true);
    }

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

        if (unit == "YEAR" && context.LastDated() is { } last && ShiftYear(last, n) is { } shifted)
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
        if ((named || context.LastDated() is { Length: 7 }) && unit == "MONTH" && context.LastDated() is { Length: >= 7 } lastMonth && YearMonth().Match(lastMonth) is { Success: true } ym)
        {
            var month = new LocalDate(int.Parse(ym.Groups["y"].Value, CultureInfo.InvariantCulture), int.Parse(ym.Groups["m"].Value, CultureInfo.InvariantCulture), 1).PlusMonths(n);
            return new TimeReading(TimexType.Date, TimexValues.Month(month.Year, month.Month), $"the month {(back ? "before" : "after")} the last mentioned one ({lastMonth[..7]})", FromEarlierMention: true);
        }

        if (unit is "DAY" or "WEEK" or "MONTH" && context.LastDay() is { } day && LocalDatePatternIso.Parse(day) is { Success: true } d)
        {
            var date = unit switch { "DAY" => d.Value.PlusDays(n), "WEEK" => d.Value.PlusWeeks(n), _ => d.Value.PlusMonths(n) };
            string value = unit switch { "DAY" => TimexValues.Day(date), "WEEK" => TimexValues.Week(date), _ => TimexValues.Month(date.Year, date.Month) };
            return new TimeReading(TimexType.Date, value, $"{Math.Abs(n)} {unit.ToLowerInvariant()}(s) {(back ? "before" : "after")} the last mentioned day ({day})", FromEarlierMention: true);
        }

        return mention.Candidates.Count > 0 && IsComplete(mention.Candidates[0].Timex)
            ? new TimeReading(TimexType.Date, mention.Candidates[0].Timex, "offset from publication (no earlier date mentioned)")
            : null;
    }

    private static TimeReading QuarterReference(string text, LocalDate dct, DiscourseContext context)
    {
        int current = ((dct.Month - 1) / 3) + 1;
        string lower = text.ToLowerInvariant();
        if (lower.Contains("year-earlier", StringComparison.Ordinal) || lower.Contains("year-ago", StringComparison.Ordinal) || lower.Contains("year earlier", StringComparison.Ordinal) || lower.Contains("year ago", StringComparison.Ordinal) || lower.EndsWith(" last year", StringComparison.Ordinal))
        {
            if (lower.Contains("period", StringComparison.Ordinal) && YearBeforeReportedLength(dct, context) is { } stretch)
            {
                return stretch;
            }

            string baseQuarter = context.LastQuarter(dct) ?? PreviousQuarter(dct.Year, current);
            return new TimeReading(TimexType.Date, ShiftYear(baseQuarter, -1) ?? baseQuarter, $"the same quarter a year before {baseQuarter}", FromEarlierMention: true);
        }

        if (lower.Contains("current", StringComparison.Ordinal) || lower.StartsWith("this ", StringComparison.Ordinal) || lower.Contains("next", StringComparison.Ordinal))
        {
            var (y, q) = lower.Contains("next", StringComparison.Ordinal) ? (current == 4 ? dct.Year + 1 : dct.Year, (current % 4) + 1) : (dct.Year, current);
            return new TimeReading(TimexType.Date, TimexValues.Quarter(y, q), "the quarter of publication (or the next)");
        }

        if (lower.StartsWith("last ", StringComparison.Ordinal) || lower.Contains("previous", StringComparison.Ordinal))
        {
            return new TimeReading(TimexType.Date, PreviousQuarter(dct.Year, current), "the quarter before publication");
        }

        if (lower.Contains("latest", StringComparison.Ordinal) || lower.Contains("recent", StringComparison.Ordinal) || lower.Contains("just", StringComparison.Ordinal))
        {
            return new TimeReading(TimexType.Date, PreviousQuarter(dct.Year, current), "the latest quarter → the last one completed before publication");
        }

        return context.LastQuarter(dct) is { } lastQuarter
            ? new TimeReading(TimexType.Date, lastQuarter, "the last quarter mentioned")
            : new TimeReading(TimexType.Date, PreviousQuarter(dct.Year, current), "no quarter mentioned yet → the last completed quarter");
    }

    // The patterns that call this only match month names, so a name is always found.
    private static int MonthNumber(string name) => CalendarNames.Month(name) ?? throw new ArgumentException($"not a month: {name}", nameof(name));

    private static string PreviousQuarter(int year, int quarter) => quarter == 1 ? TimexValues.Quarter(year - 1, 4) : TimexValues.Quarter(year, quarter - 1);

    private static string? RecentStretch(string unit) => unit.ToUpperInvariant() switch
    {
        "MONTHS" => "PXM",
        "WEEKS" => "PXW",
        "DAYS" => "PXD",
        _ => null,
    };

    [GeneratedRegex(@"\byear-(?:ago|earlier)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex YearAgoAdjective();
}
