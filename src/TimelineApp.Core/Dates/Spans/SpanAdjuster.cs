using System.Text.RegularExpressions;
using TimelineApp.Core.Text;
using TimelineApp.Core.Dates.Lexicon;

namespace TimelineApp.Core.Dates.Spans;

/// <summary>
/// Puts a phrase's boundaries where TimeML puts them. TIMEX3 spans leave out the signal word that relates the
/// time to an event ("until now", "within a week", "after ten years" → "now", "a week", "ten years") but keep
/// the determiner and the amount modifiers ("the past three months", "nearly forty years", "up to 180 days").
/// </summary>
public static partial class SpanAdjuster
{
    /// <summary>The adjusted mention; its candidates are unchanged.</summary>
    public static TimeMention Adjust(string text, TimeMention mention)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(mention);
        int start = mention.Span.Start;
        int end = mention.Span.End;

        // Trailing punctuation the recognizer swallowed ("Feb. 4." at a sentence end keeps its abbreviation dot only).
        while (end > start && text[end - 1] is ',' or ';' or ' ')
        {
            end--;
        }

        var signal = LeadingSignal().Match(text, start, end - start);
        if (signal.Success && signal.Index == start && signal.Length < end - start)
        {
            start += signal.Length;
        }

        // "around 4:30 a.m.", "some 16 hours", "barely a year": TimeML keeps an approximating modifier inside the
        // TIMEX3 (its mod="APPROX"); "around" is a signal before a day ("around Wednesday"), not before a clock time.
        if (ApproximateBefore().Match(text[Math.Max(0, start - 16)..start]) is { Success: true } approx
            && (approx.Groups["clock"].Success ? ClockTime().IsMatch(text[start..end]) : PhrasePatterns.Length().IsMatch(text[start..end])))
        {
            start -= approx.Length;
        }

        // "the Feb. 23 accord": the article belongs to the noun the date modifies.
        if (TheBeforeMonth().Match(text, start, end - start) is { Success: true } the && the.Index == start)
        {
            start += the.Length;
        }

        // "later that year": the recognizer finds "that year"; the relative word before a referring-back phrase is
        // part of its TIMEX3 (unlike "Earlier Friday", where it is a signal).
        if ((PhrasePatterns.ThatYearOrMonth().IsMatch(text[start..end]) || PhrasePatterns.ThatDay().IsMatch(text[start..end])) && LaterEarlierBefore().Match(text[Math.Max(0, start - 9)..start]) is { Success: true } relative)
        {
            start -= relative.Length;
        }

        // "the year" + "-ago quarter": the recognizer stops at the hyphen of a year-ago adjective.
        if (YearAdjectiveAfter().Match(text, end) is { Success: true, Index: var at } adjective && at == end && text[start..end].EndsWith("year", StringComparison.OrdinalIgnoreCase))
        {
            end += adjective.Length;
            if (!adjective.Groups["period"].Success && ArticleFirst().Match(text[start..end]) is { Success: true } article)
            {
                // "a year-earlier level", "the year-ago results": the article belongs to a noun that is not a time,
                // so the TIMEX3 is the adjective alone (a period noun, as in "the year-ago quarter", keeps it).
                start += article.Length;
            }
        }

        // "Earlier Friday": the relative word is not part of the TIMEX3 of a weekday.
        if (EarlierLater().Match(text, start, end - start) is { Success: true } rel && rel.Index == start && rel.Length < end - start)
        {
            start += rel.Length;
        }

        // "Jan. 1, 1990 at 1": a bare number after "at" is not a clock time.
        if (DanglingAt().Match(text[start..end]) is { Success: true } dangling)
        {
            end = start + dangling.Index;
        }

        // "an hour later": a length of clock time before "later"/"earlier" is the TIMEX3; the adverb is its signal.
        if (ClockLengthThenAdverb().Match(text[start..end]) is { Success: true } clockLength)
        {
            end = start + clockLength.Groups["len"].Length;
        }

        // "the 1988 period": a year followed by the word for the quarter under discussion.
        if (FourDigitYear().IsMatch(text[start..end]) && PeriodAfter().Match(text, end) is { Success: true, Index: var p } period && p == end)
        {
            end += period.Length;
            if (ArticleBefore().Match(text[Math.Max(0, start - 4)..start]) is { Success: true } article)
            {
                start -= article.Length;
            }
        }

        // "the last half of 1989", "the first two quarters of 1990": the part of the year is the TIMEX3, not the year alone.
        if (FourDigitYear().IsMatch(text[start..end]) && HalfOfBefore().Match(text[Math.Max(0, start - 40)..start]) is { Success: true } halfOf)
        {
            start -= halfOf.Length;
        }

        // "a week" + " or so ago": the recognizer stops at the hedge; the offset it hedges belongs to the TIMEX3.
        if (OrSoAgoAfter().Match(text, end) is { Success: true, Index: var orSo } orSoAgo && orSo == end && PhrasePatterns.Length().IsMatch(text[start..end]))
        {
            end += orSoAgo.Length;
        }

        // "Easter" + " week", "Christmas week": a holiday names the week that holds it (not a weekday: British
        // "Monday week" is a week after Monday).
        if (HolidayName().IsMatch(text[start..end]) && !PhrasePatterns.WeekdayOnly().IsMatch(text[start..end])
            && WeekAfter().Match(text, end) is { Success: true, Index: var w } week && w == end)
        {
            end += week.Length;
        }

        // "the third quarter" + " of fiscal 2026": the fiscal year names which quarter it is.
        if (PartEnd().IsMatch(text[start..end]) && OfFiscalYearAfter().Match(text, end) is { Success: true, Index: var fy } ofFiscal && fy == end)
        {
            end += ofFiscal.Length;
        }

        // "the year-ago third quarter": the adjective belongs to the quarter it shifts.
        if (PhrasePatterns.OrdinalPart().IsMatch(text[start..end]) && YearAgoBefore().Match(text[Math.Max(0, start - 40)..start]) is { Success: true } yearAgo)
        {
            start -= yearAgo.Length;
        }

        // "the quarter" + "a year ago", "the corresponding period" + "last year": one TIMEX3, the quarter a year back.
        if (YearBack().IsMatch(text[start..end]) && QuarterBefore().Match(text[Math.Max(0, start - 40)..start]) is { Success: true } quarterBefore)
        {
            start -= quarterBefore.Length;
        }

        // "early Friday" + " morning": the recognizer stops at the weekday; the part of the day belongs to it.
        if (WeekdayEnd().IsMatch(text[start..end]) && PartOfDayAfter().Match(text, end) is { Success: true, Index: var pd } partOfDay && pd == end)
        {
            end += partOfDay.Length;
        }

        // "this evening, one" (a number starting the next clause): the number is not the evening's clock time.
        if (PartOfDayThenNumber().Match(text[start..end]) is { Success: true } partThenNumber)
        {
            end = start + partThenNumber.Groups["keep"].Length;
        }

        // "1900" + " GMT on Sunday": wire copy's 24-hour clock, which the recognizer takes for a year; the zone (and the
        // day) make it a clock time.
        if (PhrasePatterns.HourMinutes().IsMatch(text[start..end]) && ZoneThenDayAfter().Match(text, end) is { Success: true, Index: var zt } zoneThenDay && zt == end)
        {
            end += zoneThenDay.Length;
        }

        // "4 a.m." + " EDT Thursday": the zone and the day belong to the clock time.
        if (ClockEnd().IsMatch(text[start..end]) && ZoneAndDayAfter().Match(text, end) is { Success: true, Index: var z } zoneDay && z == end)
        {
            end += zoneDay.Length;
        }

        // Extend left over the determiner and amount modifiers, one at a time, nearest first.
        for (int guard = 0; guard < 3; guard++)
        {
            string before = text[Math.Max(0, start - 40)..start];
            var modifier = TrailingModifier().Match(before);
            if (!modifier.Success || !CanTakeModifier(text[start..end], modifier.Groups["w"].Value))
            {
                break;
            }

            start -= modifier.Length;
        }

        // "2 1/2 years": the recognizer drops the whole number in front of a fraction.
        if (text[start..end].StartsWith("1/2", StringComparison.Ordinal) && WholeBeforeFraction().Match(text[Math.Max(0, start - 10)..start]) is { Success: true } whole)
        {
            start -= whole.Length;
        }

        if (start == mention.Span.Start && end == mention.Span.End)
        {
            return mention;
        }

        return mention with { Span = new TextSpan(start, end), Text = text[start..end] };
    }

    private static bool CanTakeModifier(string phrase, string modifier)
    {
        string m = modifier.ToLowerInvariant();
        bool startsWithDirection = DirectionStart().IsMatch(phrase);
        bool startsWithAmount = AmountStart().IsMatch(phrase);
        return m switch
        {
            "the" => (startsWithDirection && phrase.Contains(' ', StringComparison.Ordinal)) || PhrasePatterns.FullYear().IsMatch(phrase) || PartOf().IsMatch(phrase) || DecadeLike().IsMatch(phrase) || CountedUnits().IsMatch(phrase) || PhrasePatterns.OrdinalPart().IsMatch(phrase),
            "fiscal" or "the fiscal" => PhrasePatterns.OrdinalPart().IsMatch(phrase) || YearStart().IsMatch(phrase),
            "the first" or "the past" or "the last" or "the next" or "the previous" or "first" or "past" or "next" => startsWithAmount && !phrase.StartsWith("a ", StringComparison.OrdinalIgnoreCase),
            "the late" or "the early" or "the mid" => DecadeLike().IsMatch(phrase),
            _ => startsWithAmount && !phrase.StartsWith("the", StringComparison.OrdinalIgnoreCase),
        };
    }

    [GeneratedRegex(@"\b(?:the\s+)?(?:first|second|last|latter)\s+(?:half|two\s+quarters)\s+of\s+$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex HalfOfBefore();

    [GeneratedRegex(@"\G\s+or\s+so\s+ago\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex OrSoAgoAfter();

    [GeneratedRegex(@"^(?:[A-Z][a-z'\u2019]+\s+){0,2}[A-Z][a-z'\u2019]+$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex HolidayName();

    [GeneratedRegex(@"\G\s+week\b", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex WeekAfter();

    private static readonly Regex ZoneThenDayAfterRegex = LexiconData.Regex($@"\G\s+{WrittenZones.Pattern}(?:,?\s+(?:on\s+)?(?:{CalendarNames.WeekdayNamePattern}))?\b", RegexOptions.None);

    private static Regex ZoneThenDayAfter() => ZoneThenDayAfterRegex;

    [GeneratedRegex(@"(?:\b(?:quarter|half)|\bQ[1-4]|\bH[12])$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex PartEnd();

    [GeneratedRegex(@"\G\s+of\s+(?:the\s+)?(?:fiscal\s+(?:year\s+)?|FY\s?)\d{4}\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex OfFiscalYearAfter();

    [GeneratedRegex(@"\b(?:later|earlier)\s+$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex LaterEarlierBefore();

    [GeneratedRegex(@"^(?:a\s+year\s+(?:ago|earlier)|last\s+year)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex YearBack();

    [GeneratedRegex(@"\b(?:the|that)\s+(?:same\s+|corresponding\s+|comparable\s+)?(?:fiscal\s+)?(?:quarter|period)\s+$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex QuarterBefore();

    private static readonly Regex TheBeforeMonthRegex = LexiconData.Regex($@"\Gthe\s+(?=(?:{CalendarNames.MonthPrefixPattern})[a-z]*\.?\s+\d|\d{{4}}$)", RegexOptions.IgnoreCase);

    private static Regex TheBeforeMonth() => TheBeforeMonthRegex;

    [GeneratedRegex(@"\b(?:(?<clock>around)|some|barely)\s+$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex ApproximateBefore();

    [GeneratedRegex(@"^\d{1,2}(?:[:.]\d\d)?\s*(?:a\.?m\.?|p\.?m\.?)(?:\s+[A-Z]{2,4})?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex ClockTime();

    [GeneratedRegex(@"\G(?:as\s+(?:early|soon|late)\s+as|no\s+later\s+than|not\s+until|until|till|within|after|around|between|from|since|by|before|during|for|in|on|at|of|right|through|throughout)\s+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex LeadingSignal();

    [GeneratedRegex(@"\b(?<w>the\s+(?:late|early|mid|first|past|last|next|previous|fiscal)|the|first|past|next|fiscal|nearly|almost|up\s+to|less\s+than|more\s+than|no\s+more\s+than|at\s+least|at\s+most|roughly|approximately)[\s-]+$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex TrailingModifier();

    [GeneratedRegex(@"^(?:past|last|next|previous|first|coming|following|recent|final|preceding|latest|same|current)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex DirectionStart();

    [GeneratedRegex(@"^(?:\d|a\b|an\b|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|ninety|several|a\s+few|a\s+hundred|hundreds|dozens|a\s+dozen|a\s+couple)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex AmountStart();

    [GeneratedRegex(@"^(?:'?\d{2,4}'?s|\d{2}th\s+century|(?:twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties))\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex DecadeLike();

    [GeneratedRegex(@"^(?<len>.*\b(?:hours?|minutes?|seconds?|half))\s+(?:later|earlier)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex ClockLengthThenAdverb();

    [GeneratedRegex(@",?\s+at\s+\d{1,2}$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex DanglingAt();

    [GeneratedRegex(@"^(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]+teen|twenty|thirty|forty|fifty|sixty)\s+(?:days|weeks|months|years|quarters|hours|minutes|decades)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex CountedUnits();

    [GeneratedRegex(@"(?:[ap]\.?m\.?|\d:\d\d)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex ClockEnd();

    private static readonly Regex ZoneAndDayAfterRegex = LexiconData.Regex($@"\G\s+{WrittenZones.Pattern},?\s+(?:on\s+)?(?:(?:{CalendarNames.WeekdayNamePattern})|(?:{CalendarNames.MonthPrefixPattern})[a-z]*\.?\s+\d{{1,2}})\b", RegexOptions.None);

    private static Regex ZoneAndDayAfter() => ZoneAndDayAfterRegex;

    private static readonly Regex WeekdayEndRegex = LexiconData.Regex($@"\b(?:{CalendarNames.WeekdayNamePattern})$", RegexOptions.IgnoreCase);

    private static Regex WeekdayEnd() => WeekdayEndRegex;

    private static readonly Regex PartOfDayAfterRegex = LexiconData.Regex($@"\G\s+(?:{PartsOfDay.NamePattern})\b", RegexOptions.IgnoreCase);

    private static Regex PartOfDayAfter() => PartOfDayAfterRegex;

    private static readonly Regex PartOfDayThenNumberRegex = LexiconData.Regex($@"^(?<keep>.*\b(?:{PartsOfDay.NamePattern}|tonight)),\s*(?:{Amounts.NumberWordPattern(1, 12)}|\d{{1,2}})$", RegexOptions.IgnoreCase);

    private static Regex PartOfDayThenNumber() => PartOfDayThenNumberRegex;

    [GeneratedRegex(@"^(?:end|middle|beginning|start)\s+of\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex PartOf();

    [GeneratedRegex(@"^\d{4}$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex FourDigitYear();

    [GeneratedRegex(@"\G\s+(?:fiscal\s+)?(?:quarter|period)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex PeriodAfter();

    [GeneratedRegex(@"\bthe\s+$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex ArticleBefore();

    [GeneratedRegex(@"\b(?:the\s+)?(?:comparable\s+|corresponding\s+)?year[-\s](?:ago|earlier)\s+$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex YearAgoBefore();

    [GeneratedRegex(@"\G-(?:earlier|ago)(?:\s+(?<period>quarter|period|month)\b)?(?![-\w])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex YearAdjectiveAfter();

    [GeneratedRegex(@"^(?:an?|the)\s+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex ArticleFirst();

    private static readonly Regex EarlierLaterRegex = LexiconData.Regex($@"\G(?:earlier|later)\s+(?=(?:{CalendarNames.WeekdayNamePattern})\b)", RegexOptions.IgnoreCase);

    private static Regex EarlierLater() => EarlierLaterRegex;

    [GeneratedRegex(@"^(?:\d{4}|year)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex YearStart();

    [GeneratedRegex(@"\b\d+\s+$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex WholeBeforeFraction();
}
