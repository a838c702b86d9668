using System.Globalization;
using System.Text.RegularExpressions;
using NodaTime;

namespace TimelineApp.Core.Dates;

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

        return ByWording(text, mention, dct, tense, context) ?? ByTimex(text, mention, dct, tense, context);
    }

    private static TimeReading? ByWording(string text, TimeMention mention, LocalDate dct, Tense tense, DiscourseContext context)
    {
        if (PhrasePatterns.DirectedMonth().Match(text) is { Success: true } directedMonth)
        {
            // The recognizer reads "last April" as April of last year; news means the most recent April.
            int month = MonthNumber(directedMonth.Groups["m"].Value);
            var (year, rule) = ResolutionPolicy.MonthYear(month, dct, ResolutionPolicy.DirectionOf(text), tense);
            return new TimeReading(TimexType.Date, TimexValues.Month(year, month), rule);
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

        if (PhrasePatterns.Ago().Match(text) is { Success: true } ago)
        {
            return Ago(ago, dct, context);
        }

        bool namesQuarter = text.Contains("quarter", StringComparison.OrdinalIgnoreCase) || text.Contains("period", StringComparison.OrdinalIgnoreCase);
        if (!namesQuarter && PhrasePatterns.Offset().Match(text) is { Success: true } offset)
        {
            return Offset(offset, mention, context);
        }

        if (PhrasePatterns.YearPeriod().Match(text) is { Success: true } yearPeriod)
        {
            string y = yearPeriod.Groups["y"].Value;
            return context.LastQuarter() is { } q
                ? new TimeReading(TimexType.Date, y + q[4..], $"'the {y} period' → the quarter last mentioned ({q}) in {y}")
                : new TimeReading(TimexType.Date, y, "a period of a named year");
        }

        if (PhrasePatterns.QuarterReference().Match(text) is { Success: true } && !PhrasePatterns.OrdinalPart().IsMatch(text))
        {
            return QuarterReference(text, dct, context);
        }

        if (PhrasePatterns.DirectedWeekday().Match(text) is { Success: true } directed)
        {
            var day = Enum.Parse<IsoDayOfWeek>(directed.Groups["d"].Value, ignoreCase: true);
            var (date, rule) = ResolutionPolicy.Weekday(day, dct, Tense.None, ResolutionPolicy.DirectionOf(text));
            return new TimeReading(TimexType.Date, TimexValues.Day(date), rule);
        }

        if (PhrasePatterns.Half().Match(text) is { Success: true } half)
        {
            int h = half.Groups["h"].Value.Equals("first", StringComparison.OrdinalIgnoreCase) ? 1 : 2;
            int currentHalf = dct.Month <= 6 ? 1 : 2;
            int year = half.Groups["y"].Success ? int.Parse(half.Groups["y"].Value, CultureInfo.InvariantCulture) : (h <= currentHalf ? dct.Year : dct.Year - 1);
            return new TimeReading(TimexType.Date, $"{TimexValues.Year(year)}-H{h}", half.Groups["y"].Success ? "a half of a named year" : "no year → the most recent such half not after publication");
        }

        if (PhrasePatterns.VaguePlural().Match(text) is { Success: true } plural)
        {
            return new TimeReading(TimexType.Duration, Amounts.Duration(null, plural.Groups["u"].Value), "a vague length of time", IsVague: true);
        }

        if (PhrasePatterns.Length().Match(text) is { Success: true } length && (mention.Candidates.Count == 0 || IsLengthLike(mention, text)))
        {
            int? halves = Amounts.HalvesOf(length.Groups["n"].Value);
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
        if (n == 1 && halves.Value == 2 && unit == "YEAR" && context.LastDated() is { } last && ShiftYear(last, -1) is { } shifted)
        {
            return new TimeReading(TimexType.Date, shifted, $"'a year ago' → the last mentioned date ({last}) one year back", FromEarlierMention: true);
        }

        return new TimeReading(TimexType.Date, Back(dct, unit, n), $"{n} {unit.ToLowerInvariant()}(s) before publication, at that unit's granularity");
    }

    private static TimeReading? Offset(Match offset, TimeMention mention, DiscourseContext context)
    {
        string unit = offset.Groups["u"].Value.ToUpperInvariant().TrimEnd('S');
        bool back = offset.Groups["dir"].Value.ToUpperInvariant() is "EARLIER" or "BEFORE" or "AGO" or "PREVIOUSLY" or "PREVIOUS" or "PRIOR" or "PRECEDING";
        int? halves = offset.Groups["n"].Success ? Amounts.HalvesOf(offset.Groups["n"].Value) : 2;
        if (halves is null or 0)
        {
            return new TimeReading(TimexType.Date, back ? "PAST_REF" : "FUTURE_REF", "a vague offset from an earlier mention", IsVague: true);
        }

        int n = (back ? -1 : 1) * (halves.Value / 2);
        if (unit == "YEAR" && context.LastDated() is { } last && ShiftYear(last, n) is { } shifted)
        {
            // "the following year" names a year; "a year earlier" keeps the granularity of what it refers to.
            shifted = offset.Groups["dir"].Value.ToUpperInvariant() is "FOLLOWING" or "NEXT" or "PREVIOUS" or "PRIOR" or "PRECEDING" ? shifted[..4] : shifted;
            return new TimeReading(TimexType.Date, shifted, $"{Math.Abs(n)} year(s) {(back ? "before" : "after")} the last mentioned date ({last})", FromEarlierMention: true);
        }

        bool named = offset.Groups["dir"].Value.ToUpperInvariant() is "FOLLOWING" or "NEXT" or "PREVIOUS" or "PRIOR" or "PRECEDING";
        if (named && unit == "MONTH" && context.LastDated() is { Length: >= 7 } lastMonth && YearMonth().Match(lastMonth) is { Success: true } ym)
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
        if (lower.Contains("year-earlier", StringComparison.Ordinal) || lower.Contains("year-ago", StringComparison.Ordinal) || lower.Contains("year earlier", StringComparison.Ordinal) || lower.Contains("year ago", StringComparison.Ordinal))
        {
            string baseQuarter = context.LastQuarter() ?? PreviousQuarter(dct.Year, current);
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
            return new TimeReading(TimexType.Date, context.LastQuarter() ?? PreviousQuarter(dct.Year, current), "the latest quarter → the last completed one (or the one just mentioned)");
        }

        return context.LastQuarter() is { } lastQuarter
            ? new TimeReading(TimexType.Date, lastQuarter, "the last quarter mentioned")
            : new TimeReading(TimexType.Date, PreviousQuarter(dct.Year, current), "no quarter mentioned yet → the last completed quarter");
    }

    private static int MonthNumber(string name) => name[..3].ToUpperInvariant() switch
    {
        "JAN" => 1, "FEB" => 2, "MAR" => 3, "APR" => 4, "MAY" => 5, "JUN" => 6, "JUL" => 7, "AUG" => 8, "SEP" => 9, "OCT" => 10, "NOV" => 11, _ => 12,
    };

    private static string PreviousQuarter(int year, int quarter) => quarter == 1 ? TimexValues.Quarter(year - 1, 4) : TimexValues.Quarter(year, quarter - 1);

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
            return WithTimeOfDay(TimexValues.Day(date), wd.Groups["t"].Value, rule);
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
            if (se.Groups["y"].Success)
            {
                return new TimeReading(TimexType.Date, timex, "a season of a named year");
            }

            var (year, rule) = ResolutionPolicy.SeasonYear(se.Groups["s"].Value, dct, direction);
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

            string day = context.LastDay() ?? TimexValues.Day(dct);
            string part = PartOfDayWord(text) ?? clock.Groups["t"].Value;
            string rule = context.LastDay() is null ? "a time of day on the publication day" : "a time of day on the last mentioned day";
            return WithTimeOfDay(day, part, rule);
        }

        if (IsComplete(timex))
        {
            // A time the phrase does not spell out ("Jan. 1, 1990 at 1" cut to the date) is not kept.
            string complete = PhrasePatterns.ClockCue().IsMatch(text) ? TrimSeconds(timex) : ClockPart().Replace(timex, string.Empty);
            complete = HourSuffix().IsMatch(complete) ? complete + ":00" : complete;
            return new TimeReading(complete.Contains('T', StringComparison.Ordinal) ? TimexType.Time : TimexType.Date, complete, "computed from publication");
        }

        return null;
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

        string t = text.ToLowerInvariant();
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

    [GeneratedRegex(@"T\d{2}(?::\d{2}){0,2}$", RegexOptions.CultureInvariant)]
    private static partial Regex ClockPart();

    [GeneratedRegex(@"^(?<y>\d{4})-(?<m>\d{2})", RegexOptions.CultureInvariant)]
    private static partial Regex YearMonth();

    [GeneratedRegex(@"\byear[-\s](?:ago|earlier)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex YearAgoWord();

    [GeneratedRegex(@"T\d{2}$", RegexOptions.CultureInvariant)]
    private static partial Regex HourSuffix();

    [GeneratedRegex(@"^T\d{2}$", RegexOptions.CultureInvariant)]
    private static partial Regex HourOnly();

    [GeneratedRegex(@"^(?<y>\d{4})-W(?<w>\d{2})-WE$", RegexOptions.CultureInvariant)]
    private static partial Regex WeekendTimex();

    [GeneratedRegex(@"^XXXX-WXX-(?<d>[1-7])(?<t>T.*)?$", RegexOptions.CultureInvariant)]
    private static partial Regex WeekdayTimex();

    [GeneratedRegex(@"^XXXX-(?<m>\d{2})-(?<d>\d{2})(?<t>T.*)?$", RegexOptions.CultureInvariant)]
    private static partial Regex MonthDayTimex();

    [GeneratedRegex(@"^XXXX-(?<m>\d{2})$", RegexOptions.CultureInvariant)]
    private static partial Regex MonthTimex();

    [GeneratedRegex(@"^(?:(?<y>\d{4})-)?(?<s>SP|SU|FA|WI)$", RegexOptions.CultureInvariant)]
    private static partial Regex SeasonTimex();

    [GeneratedRegex(@"^FY(?:(?<y>\d{4})|XXXX)$", RegexOptions.CultureInvariant)]
    private static partial Regex FiscalTimex();

    [GeneratedRegex(@"^(?<t>T(?:\d{2}(?::\d{2})?(?::\d{2})?|MO|AF|EV|NI|MI|MD))$", RegexOptions.CultureInvariant)]
    private static partial Regex TimeOnlyTimex();

    [GeneratedRegex(@"^\((?<sy>[\dX]{4})-(?<sm>\d{2})-(?<sd>\d{2})[^,]*,[^,]*,(?<len>P[^)]*)\)$", RegexOptions.CultureInvariant)]
    private static partial Regex RangeTimex();

    [GeneratedRegex(@"^P(?<t>T)?(?<n>\d+(?:\.\d+)?)(?<u>[YMWDQHS])$", RegexOptions.CultureInvariant)]
    private static partial Regex DurationTimex();

    [GeneratedRegex(@"(?<=T\d{2}:\d{2}):\d{2}$", RegexOptions.CultureInvariant)]
    private static partial Regex SecondsSuffix();

    [GeneratedRegex(@"\b(?:through|thru|to|until|till)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex ThroughWord();
}
