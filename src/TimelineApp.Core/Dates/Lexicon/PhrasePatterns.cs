using System.Text.RegularExpressions;
using TimelineApp.Core.Text;
using TimelineApp.Core.Dates.Reading;

namespace TimelineApp.Core.Dates.Lexicon;

/// <summary>
/// Word patterns of time phrases whose TimeML value depends on their wording rather than on the recognizer's
/// computed date: references ("now", "recently"), lengths of time ("the past three months"), counted
/// offsets ("four years ago", "a year earlier") and quarters referred back to ("the quarter").
/// </summary>
internal static partial class PhrasePatterns
{
    private static readonly string N = Amounts.NumberPattern;
    private const string U = Amounts.UnitPattern;

    [GeneratedRegex(@"^(?:right\s+now|just\s+now|now|currently|current|at\s+present|presently|nowadays|these\s+days|the\s+present|present|at\s+the\s+moment|for\s+now|by\s+now|today's)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexLimits.MatchTimeoutMilliseconds)]
    public static partial Regex PresentRef();

    [GeneratedRegex(@"^(?:then[\s-]+current|recently|lately|recent|the\s+past|in\s+the\s+past|earlier|formerly|previously)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexLimits.MatchTimeoutMilliseconds)]
    public static partial Regex PastRef();

    [GeneratedRegex(@"^(?:the\s+)?(?:near\s+|distant\s+|foreseeable\s+)?future$|^(?:soon|later|as\s+soon\s+as\s+possible|the\s+(?:near|short)\s+term|a\s+later\s+date)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexLimits.MatchTimeoutMilliseconds)]
    public static partial Regex FutureRef();

    /// <summary>"four years ago", "several months ago", "a year ago", "a week or so ago".</summary>
    private static readonly Regex AgoRegex = LexiconData.Regex($@"^(?:about\s+|almost\s+|nearly\s+|some\s+|more\s+than\s+|less\s+than\s+|roughly\s+|just\s+|only\s+)?(?<n>{N})[\s-]+(?<u>{U})(?:\s+or\s+so)?\s+ago$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    public static Regex Ago() => AgoRegex;

    /// <summary>"a year earlier", "two days later", "the year before", "year-earlier", "year-ago".</summary>
    private static readonly Regex OffsetRegex = LexiconData.Regex($@"^(?:(?<n>{N})[\s-]+|the\s+)(?<u>{U})\s+(?<dir>earlier|before|later|after|previously)$|^the\s+(?<dir>following|next|previous|prior|preceding)\s+(?<u>day|week|month|year)$|^(?:the\s+)?(?<u>year)-(?<dir>earlier|ago)(?:\s+(?:quarter|period|level|month|results?))?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    public static Regex Offset() => OffsetRegex;

    /// <summary>A weekday's name alone.</summary>
    private static readonly Regex WeekdayOnlyRegex = LexiconData.Regex($@"^(?:{CalendarNames.WeekdayNamePattern})$", RegexOptions.IgnoreCase);

    public static Regex WeekdayOnly() => WeekdayOnlyRegex;

    /// <summary>"the week of March 6", "Easter week": a week named by one of its days.</summary>
    [GeneratedRegex(@"^(?:the\s+)?week\s+of\s+\S|^[A-Z][\w'\u2019]*(?:\s+[A-Z][\w'\u2019]*){0,2}\s+week$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexLimits.MatchTimeoutMilliseconds)]
    public static partial Regex WeekOf();

    /// <summary>"that day", "earlier that day", "the same day", "that night", "later that morning", "that week": the day (or its week) last mentioned.</summary>
    private static readonly Regex ThatDayRegex = LexiconData.Regex($@"^(?:(?:later|earlier)\s+)?(?:that|the\s+same)\s+(?:same\s+)?(?<u>day|{PartsOfDay.NamePattern}|week)$", RegexOptions.IgnoreCase);

    public static Regex ThatDay() => ThatDayRegex;

    /// <summary>"the next morning", "the following night", "the previous evening": a part of the day after or before the day last mentioned.</summary>
    private static readonly Regex NextPartOfDayRegex = LexiconData.Regex($@"^the\s+(?<dir>following|next|previous|prior|preceding)\s+(?<u>{PartsOfDay.NamePattern})$", RegexOptions.IgnoreCase);

    public static Regex NextPartOfDay() => NextPartOfDayRegex;

    /// <summary>"that year", "later that year", "earlier that month": the year or month last mentioned.</summary>
    [GeneratedRegex(@"^(?:(?:later|earlier)\s+)?that\s+(?:same\s+)?(?<u>year|month)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexLimits.MatchTimeoutMilliseconds)]
    public static partial Regex ThatYearOrMonth();

    /// <summary>"the past three months", "the next few days", "past several quarters", "the first nine months".</summary>
    private static readonly Regex LengthRegex = LexiconData.Regex($@"^(?:(?:within|in|for|over|during|after|throughout)\s+)?(?:(?:nearly|almost|about|less\s+than|more\s+than|no\s+more\s+than|up\s+to|over|at\s+least|some|only|just|barely|roughly|approximately)\s+)?(?:the\s+)?(?:(?:past|last|next|previous|first|coming|following|recent|final|latest|preceding|ensuing|subsequent)\s+)?(?<n>{N})[\s-]+(?:(?:more|additional|extra|further)\s+)?(?<u>{U})(?<half>\s+and\s+a\s+half)?(?:\s+(?:to\s+come|ahead))?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    public static Regex Length() => LengthRegex;

    /// <summary>Vague stretches: "a while" (TimeML PXX), "the weeks ahead" (PXW).</summary>
    [GeneratedRegex(@"^(?:a\s+while|the\s+(?<u>days|weeks|months|years)\s+ahead)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexLimits.MatchTimeoutMilliseconds)]
    public static partial Regex VagueStretch();

    /// <summary>Bare vague plurals: "years", "weeks", "decades".</summary>
    [GeneratedRegex(@"^(?<u>minutes|hours|days|weeks|months|years|decades|centuries)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexLimits.MatchTimeoutMilliseconds)]
    public static partial Regex VaguePlural();

    /// <summary>Lengths introduced by "the past/next" or "within": always a duration, never a date range.</summary>
    [GeneratedRegex(@"^(?:(?:within|in|for|over|during|after|throughout)\s+|(?:the\s+)?(?:past|last|next|previous|first|coming|following|recent|final|preceding|ensuing|subsequent)\s+)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexLimits.MatchTimeoutMilliseconds)]
    public static partial Regex LengthIntroducer();

    /// <summary>A quarter referred back to: "the quarter", "the latest quarter", "that quarter", "the period", "the corresponding period last year".</summary>
    [GeneratedRegex(@"^(?:the|that|this|its|the\s+same|the\s+latest|the\s+most\s+recent|the\s+recent|the\s+just-ended|the\s+just\s+ended|the\s+current|the\s+latest\s+fiscal|the\s+fiscal|the\s+last|the\s+previous|the\s+next|last|next|this\s+year's|the\s+year-earlier|the\s+year-ago|the\s+year\s+earlier|the\s+year\s+ago|the\s+corresponding|the\s+comparable)\s+(?:fiscal\s+)?(?:quarter|period)(?:\s+(?:a\s+year\s+(?:ago|earlier)|last\s+year))?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexLimits.MatchTimeoutMilliseconds)]
    public static partial Regex QuarterReference();

    /// <summary>Ordinal quarters and halves inside a phrase.</summary>
    [GeneratedRegex(@"\b(?<ord>first|second|third|fourth|1st|2nd|3rd|4th)[\s-]+(?:fiscal\s+)?(?:(?<q>quarter)|(?<h>half))", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexLimits.MatchTimeoutMilliseconds)]
    public static partial Regex OrdinalPart();

    /// <summary>A decade written as such: "the 1990s", "the '80s", "the nineties".</summary>
    [GeneratedRegex(@"\d0'?s\b|'\d0s|\b(?:twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexLimits.MatchTimeoutMilliseconds)]
    public static partial Regex Decade();

    /// <summary>An amount of clock units ("less than one hour") that the recognizer misreads as a time of day.</summary>
    [GeneratedRegex(@"\b(?:hours?|minutes?|seconds?)(?:\s+and\s+a\s+half)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexLimits.MatchTimeoutMilliseconds)]
    public static partial Regex ClockUnit();

    /// <summary>"the previous Friday", "the following Monday": counted from the day last mentioned, not from publication.</summary>
    private static readonly Regex AnaphoricWeekdayRegex = LexiconData.Regex($@"^the\s+(?<dir>previous|preceding|prior|following|next)\s+(?<d>{CalendarNames.WeekdayNamePattern})$", RegexOptions.IgnoreCase);

    public static Regex AnaphoricWeekday() => AnaphoricWeekdayRegex;

    /// <summary>"last Friday", "next Friday", "this Friday": the recognizer reads "next Friday" as Friday of next week; news means the first one after publication.</summary>
    private static readonly Regex DirectedWeekdayRegex = LexiconData.Regex($@"^(?:last|next|this|coming|this\s+coming|past|previous)\s+(?<d>{CalendarNames.WeekdayNamePattern})$", RegexOptions.IgnoreCase);

    public static Regex DirectedWeekday() => DirectedWeekdayRegex;

    /// <summary>"midnight Friday", "Friday midnight", "midnight Oct. 31": midnight with the day it ends.</summary>
    private static readonly Regex MidnightOfDayRegex = LexiconData.Regex($@"^(?=.*\bmidnight\b)(?=.*\b(?:{CalendarNames.WeekdayNamePattern}|(?:{CalendarNames.MonthPrefixPattern})[a-z]*\.?\s+\d))", RegexOptions.IgnoreCase);

    public static Regex MidnightOfDay() => MidnightOfDayRegex;

    /// <summary>"midnight", "shortly before midnight", "around midnight": midnight with no day named.</summary>
    [GeneratedRegex(@"^(?:(?:shortly|just|soon)\s+(?:before|after)\s+|around\s+|about\s+)?midnight$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexLimits.MatchTimeoutMilliseconds)]
    public static partial Regex BareMidnight();

    /// <summary>"the third quarter of fiscal 2026", "the first half of fiscal year 2025", "Q3 of FY2026": a part of a fiscal year.</summary>
    [GeneratedRegex(@"^(?:the\s+)?(?:(?<ord>first|second|third|fourth|1st|2nd|3rd|4th)[\s-]+(?:fiscal\s+)?(?:(?<q>quarter)|(?<h>half))|Q(?<qn>[1-4])|H(?<hn>[12]))\s+of\s+(?:the\s+)?(?:fiscal\s+(?:year\s+)?|FY\s?)(?<y>\d{4})$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexLimits.MatchTimeoutMilliseconds)]
    public static partial Regex FiscalPart();

    /// <summary>"hourly", "every hour": a recurrence each hour.</summary>
    [GeneratedRegex(@"^(?:hourly|every\s+hour)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexLimits.MatchTimeoutMilliseconds)]
    public static partial Regex Hourly();

    /// <summary>Four digits that read as a 24-hour clock time ("1900", "0630").</summary>
    [GeneratedRegex(@"^(?:[01]\d|2[0-3])[0-5]\d$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexLimits.MatchTimeoutMilliseconds)]
    public static partial Regex HourMinutes();

    /// <summary>"1900 GMT", "0630 local time on Sunday": a 24-hour clock time with its zone, as wire copy writes it.</summary>
    private static readonly Regex WireClockRegex = LexiconData.Regex($@"^(?<hh>[01]\d|2[0-3])(?<mm>[0-5]\d)\s+{WrittenZones.Pattern}(?:,?\s+(?:on\s+)?(?<d>{CalendarNames.WeekdayNamePattern}))?$", RegexOptions.IgnoreCase);

    public static Regex WireClock() => WireClockRegex;

    /// <summary>"Q3", "Q2 2025", "Q4 of 2024", "H1 2025", "H2 FY2025": the business abbreviations of quarters and halves.</summary>
    [GeneratedRegex(@"^(?:the\s+)?(?:Q(?<q>[1-4])|H(?<h>[12]))(?:\s+(?:of\s+)?(?:FY\s?)?(?<y>\d{4}))?$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexLimits.MatchTimeoutMilliseconds)]
    public static partial Regex PartAbbreviation();

    /// <summary>"one day", which before a verb means "someday".</summary>
    [GeneratedRegex(@"^one\s+day$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexLimits.MatchTimeoutMilliseconds)]
    public static partial Regex OneDay();

    /// <summary>A lower-case word right after a phrase that is not a preposition, conjunction or offset adverb: a verb in "will one day be".</summary>
    [GeneratedRegex(@"^\s+(?!(?:of|to|in|on|at|for|from|with|by|and|or|but|ago|later|earlier|before|after|last|more|the|a|an)\b)[a-z]{2,}\b", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexLimits.MatchTimeoutMilliseconds)]
    public static partial Regex VerbFollows();

    /// <summary>"the first half", "the second half of 1989", "the last half of 1989", "the first two quarters of 1990".</summary>
    [GeneratedRegex(@"^(?:the\s+)?(?<h>first|second|last|latter)[\s-]+(?:half|two\s+quarters(?=\s+of\s+\d))(?:\s+of\s+(?:the\s+year|(?<y>\d{4})))?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexLimits.MatchTimeoutMilliseconds)]
    public static partial Regex Half();

    /// <summary>"the 1988 period", "the 1989 quarter": a named year's counterpart of the quarter under discussion.</summary>
    [GeneratedRegex(@"^(?:the\s+)?(?<y>\d{4})\s+(?:fiscal\s+)?(?:quarter|period)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexLimits.MatchTimeoutMilliseconds)]
    public static partial Regex YearPeriod();

    /// <summary>"last April", "next June", "this September".</summary>
    private static readonly Regex DirectedMonthRegex = LexiconData.Regex($@"^(?:last|next|this|this\s+coming|coming|past)\s+(?<m>{CalendarNames.MonthNamePattern})$", RegexOptions.IgnoreCase);

    public static Regex DirectedMonth() => DirectedMonthRegex;

    /// <summary>"recent years", "recent months": vague past references or lengths, by unit.</summary>
    [GeneratedRegex(@"^(?:the\s+)?(?:recent|past)\s+(?<u>years|months|weeks|days|decades)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexLimits.MatchTimeoutMilliseconds)]
    public static partial Regex RecentUnits();

    /// <summary>"the full year": the whole of the year being reported, a calendar name, not a length.</summary>
    [GeneratedRegex(@"^(?:the\s+)?full\s+(?:fiscal\s+)?year$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexLimits.MatchTimeoutMilliseconds)]
    public static partial Regex FullYear();

    /// <summary>"the year", "the fiscal year": a fiscal year when "ended/ending DATE" follows.</summary>
    [GeneratedRegex(@"^(?:the\s+)?(?:fiscal\s+)?year$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexLimits.MatchTimeoutMilliseconds)]
    public static partial Regex YearEnded();

    /// <summary>"ended March 31", "ending tomorrow".</summary>
    [GeneratedRegex(@"^\s+(?:that\s+|which\s+)?(?:ended|ending|ends|to\s+end)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexLimits.MatchTimeoutMilliseconds)]
    public static partial Regex EndedClause();

    /// <summary>"ended Sept. 30", "ending July 31" after a quarter.</summary>
    private static readonly Regex QuarterEndedRegex = LexiconData.Regex($@"^\s+(?:that\s+)?(?:ended|ending|ends)\s+(?<m>{CalendarNames.MonthPrefixPattern})[a-z]*\.?\s+\d", RegexOptions.IgnoreCase);

    public static Regex QuarterEnded() => QuarterEndedRegex;

    /// <summary>The day after a clock time and its zone: "4 a.m. EDT Thursday", "5 p.m. EST, Nov. 9".</summary>
    private static readonly Regex ZonedDayRegex = LexiconData.Regex($@"\b{WrittenZones.Pattern},?\s+(?:on\s+)?(?:(?<wd>{CalendarNames.WeekdayNamePattern})|(?<m>{CalendarNames.MonthPrefixPattern})[a-z]*\.?\s+(?<d>\d{{1,2}}))\b", RegexOptions.IgnoreCase);

    public static Regex ZonedDay() => ZonedDayRegex;

    /// <summary>Digits of a clock time.</summary>
    [GeneratedRegex(@"\d", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexLimits.MatchTimeoutMilliseconds)]
    public static partial Regex ClockDigits();

    /// <summary>Clock times need a colon (or a British point, "3.30pm"), a.m./p.m. (also "7am"), o'clock, noon or midnight; "one five" is not a time.</summary>
    private static readonly Regex ClockCueRegex = LexiconData.Regex($@"\d:\d|(?:\b|(?<=\d))[ap]\.?m\b|o'clock|noon|midnight|midday|{PartsOfDay.NamePattern}|tonight|dawn|dusk", RegexOptions.IgnoreCase);

    public static Regex ClockCue() => ClockCueRegex;
}
