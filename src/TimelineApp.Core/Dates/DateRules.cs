using NodaTime;
using TimelineApp.Core.Dates.Finding;
using TimelineApp.Core.Dates.Placing;
using TimelineApp.Core.Dates.Reading;
using TimelineApp.Core.Dates.Reading.Rules;
using TimelineApp.Core.Dates.Spans;

namespace TimelineApp.Core.Dates;

/// <summary>What a mention pass sees: the document text, its publication time, the recognizer and the phrases it found
/// in the text (found once, within the document's phrase budget).</summary>
public sealed record MentionPassInput(string Text, LocalDateTime Reference, ITimeMentionFinder Finder, IReadOnlyList<TimeMention> Recognized);

/// <summary>One named pass over a document's mentions (find, filter, join, bound).</summary>
public sealed record MentionPass(string Id, string Example, Func<MentionPassInput, List<TimeMention>, List<TimeMention>> Run);

/// <summary>What a document adjustment sees of a reading: the text, the phrase before it and the document's zone.</summary>
public sealed record DocumentStep(string Text, TimeMention? PreviousMention, TimeReading? Previous, TimeMention Mention, DateTimeZone Zone);

/// <summary>One named adjustment of a reading by its place in the document (a range's end) or the document's zone.</summary>
public sealed record DocumentAdjustment(string Id, string Example, Func<DocumentStep, TimeReading, TimeReading> Apply);

/// <summary>
/// Every rule of date resolution, in the order it runs; <see cref="TimeResolver"/> only executes this list. The
/// order is the explanation of README's "Date resolution":
/// <list type="number">
/// <item><see cref="MentionPasses"/>: the recognizer's phrases, split, repaired and filtered, plus the phrases it misses, joined and bounded as TimeML draws them;</item>
/// <item>for each phrase in text order, the first of <see cref="Settled"/> that applies; else the first of <see cref="Wording"/>
/// (its words decide); else, when the recognizer offered a reading, the first of <see cref="Pattern"/> (its TIMEX pattern
/// decides); then every <see cref="Adjustments"/>;</item>
/// <item>then every <see cref="InDocument"/> adjustment, which needs the phrase before it or the document's zone;</item>
/// <item>placing: the interval and precision derived from the value (a written zone, <c>clock.written-zone</c>, moves a clock time to the document's clock).</item>
/// </list>
/// Each rule has an id (listed in <c>Dates/README.md</c>), and each spec case may name the id that must read it.
/// </summary>
public static class DateRules
{
    /// <summary>The mention passes, in order.</summary>
    public static IReadOnlyList<MentionPass> MentionPasses { get; } =
    [
        new("find.recognizer", "the recognizer's phrases, read in windows around trigger words", (d, _) => [.. d.Recognized]),
        new("find.range-split", "'between 1994 and 1997' → '1994', '1997'; '3-5 July' → two days", (d, m) => [.. m.SelectMany(x => RangeSplitter.Split(d.Text, x, d.Finder, d.Reference))]),
        new("find.clock-day-split", "'4 a.m. on Saturday' → '4 a.m.', 'Saturday'", (d, m) => [.. m.SelectMany(x => ClockDaySplitter.Split(d.Text, x, d.Finder, d.Reference))]),
        new("find.spelled-year", "'nineteen ninety-six' → 1996, not 1990", (d, m) => [.. m.Select(x => SpelledYearRepair.Repair(d.Text, x))]),
        new("find.filter", "drops 'Theresa May', '60 Minutes', 'a winter storm', '$500 million a year'", (d, m) => [.. m.Where(x => x.Candidates.Count > 0 && MentionFilter.Keep(d.Text, x))]),
        new("find.lexicon", "adds 'Boxing Day', 'currently', 'the quarter', 'later that year'", (d, m) => [.. m, .. LexiconMentionFinder.Find(d.Text, m)]),
        new("find.year-apposition", "'the year two thousand' → one phrase", (d, m) => YearApposition.Merge(d.Text, m)),
        new("find.day-list", "'April 24 and 25' → '25' is a day too", (d, m) => DayListCompletion.Complete(d.Text, m)),
        new("span.adjust", "'until now' → 'now'; 'the past three months' keeps 'the past'", (d, m) => [.. m.Select(x => SpanAdjuster.Adjust(d.Text, x))]),
        new("span.longest", "overlapping phrases: the longer one", (_, m) => SpanOverlaps.Longest(m)),
    ];

    /// <summary>Rules whose reading is final as soon as they apply (no adjustment follows).</summary>
    public static IReadOnlyList<ReadingRule> Settled { get; } =
    [
        new("year.ended", "'the year ended March 31' → P1Y", QuarterRules.YearEnded),
        new("quarter.ended", "'the quarter ended Sept. 30' → 1989-Q3", QuarterRules.QuarterEnded),
        new("someday.one-day", "'will one day be' → FUTURE_REF", ReferenceRules.Someday),
        new("clock.ago", "'3 hours ago' → the publication time less 3 hours", OffsetRules.ClockAgo),
    ];

    /// <summary>Rules that read a phrase by its words, before the recognizer's pattern.</summary>
    public static IReadOnlyList<ReadingRule> Wording { get; } =
    [
        new("month.directed", "'last April' → the most recent April", CalendarNameRules.DirectedMonth),
        new("recent.length", "'in recent weeks' → PXW", ReferenceRules.RecentLength),
        new("recent.era", "'recent years' → PAST_REF", ReferenceRules.RecentEra),
        new("reference.present", "'now', 'currently' → PRESENT_REF", ReferenceRules.Present),
        new("reference.overnight", "'fell overnight' → the night before publication (TNI)", ReferenceRules.Overnight),
        new("reference.past", "'recently', 'previously' → PAST_REF", ReferenceRules.Past),
        new("reference.future", "'the future', 'soon' → FUTURE_REF", ReferenceRules.Future),
        new("anaphora.that-day", "'that day', 'that night' → the last mentioned day", AnaphoraRules.ThatDay),
        new("anaphora.next-part-of-day", "'the next morning' → the morning after the last mentioned day", AnaphoraRules.NextPartOfDay),
        new("anaphora.that-year", "'later that year' → the year of the last mentioned date", AnaphoraRules.ThatYearOrMonth),
        new("year.full", "'the full year' → the year of publication", QuarterRules.FullYear),
        new("offset.ago", "'four years ago' → 1985; 'a year ago' after a quarter → that quarter a year back", OffsetRules.Ago),
        new("offset.from-mention", "'a year earlier' after 1989-Q3 → 1988-Q3", OffsetRules.FromMention),
        new("quarter.year-period", "'the 1988 period' → the quarter under discussion in 1988", QuarterRules.YearPeriod),
        new("quarter.reference", "'the quarter', 'the year-ago quarter'", QuarterRules.Reference),
        new("weekday.anaphoric", "'the previous Friday' → counted from the last mentioned day", AnaphoraRules.AnaphoricWeekday),
        new("weekday.directed", "'next Friday' → the first Friday after publication", CalendarNameRules.DirectedWeekday),
        new("quarter.fiscal", "'the third quarter of fiscal 2026' → 2026-Q3", QuarterRules.Fiscal),
        new("holiday.fixed", "'Boxing Day' → December 26 (holidays.json)", CalendarNameRules.FixedHoliday),
        new("holiday.moving", "'Victoria Day' → the Monday before May 25 (holidays.json)", CalendarNameRules.MovingHoliday),
        new("set.hourly", "'hourly' → PT1H", LengthRules.Hourly),
        new("clock.wire", "'1900 GMT on Sunday' → Sunday at 19:00", CalendarNameRules.WireClock),
        new("quarter.abbreviation", "'Q3', 'H1 2025'", QuarterRules.Abbreviation),
        new("half.named", "'the first half' → 2025-H1", QuarterRules.Half),
        new("length.vague-stretch", "'a while' → PXX, 'the weeks ahead' → PXW", LengthRules.VagueStretch),
        new("length.vague-plural", "'years' → PXY", LengthRules.VaguePlural),
        new("length.counted", "'the past three months' → P3M", LengthRules.Counted),
    ];

    /// <summary>Rules that complete the recognizer's TIMEX pattern (first candidate), when no wording rule read the phrase.</summary>
    public static IReadOnlyList<ReadingRule> Pattern { get; } =
    [
        new("set.recognized", "'daily' → P1D, 'every quarter' → P1Q", LengthRules.RecognizedSet),
        new("length.recognized", "'all day' → P1D, 'a weekend' → P1WE (the recognizer's durations the wording rules leave)", LengthRules.RecognizedDuration),
        new("reference.recognized", "the recognizer's PRESENT_REF, PAST_REF, FUTURE_REF", ReferenceRules.Recognized),
        new("weekday.name", "'Saturday' in a past clause → the most recent Saturday", PatternRules.Weekday),
        new("holiday.recognized", "'Black Friday' → the recognizer's date nearest to publication", PatternRules.RecognizedHoliday),
        new("month-day.no-year", "'Sept. 30' → the nearest one, unless tense clearly says otherwise", PatternRules.MonthDay),
        new("month.no-year", "'June' → the nearest one", PatternRules.Month),
        new("season", "'the spring' → this year's, or by tense", PatternRules.Season),
        new("year.fiscal", "'fiscal 1990' → 1990", PatternRules.FiscalYear),
        new("range", "'the third quarter' → 1989-Q3, 'the 1990s' → 199, else a duration", RangeRules.Range),
        new("weekend", "'the weekend' → the most recent one, or the coming one ahead", PatternRules.Weekend),
        new("clock.time-of-day", "'3 p.m. ET Tuesday', 'this evening' → on its day", PatternRules.TimeOfDay),
        new("date.complete", "'yesterday', 'March 3, 2025' → as computed", PatternRules.Complete),
        new("yearly-day.nearest", "other yearly days → the occurrence nearest to publication", PatternRules.Nearest),
    ];

    /// <summary>Adjustments by the phrase's own words, after any reading rule but the settled ones.</summary>
    public static IReadOnlyList<ReadingAdjustment> Adjustments { get; } =
    [
        new("week.named-by-day", "'the week of March 6' → 2000-W10", AdjustmentRules.WeekOf),
        new("midnight.end-of-day", "'midnight Friday' → Friday T24:00", AdjustmentRules.EndOfDay),
    ];

    /// <summary>Adjustments by the document: the phrase before, the document's zone.</summary>
    public static IReadOnlyList<DocumentAdjustment> InDocument { get; } =
    [
        new("range.weekday-end", "'from Friday to Monday' → the Monday after that Friday", (s, r) => RangeEnd.Follow(s.Text, s.PreviousMention, s.Previous, s.Mention, r)),
        new("numeric.day-first", "'01/08/2025' in America/Sao_Paulo → 1 August", (s, r) => NumericDateOrder.InZone(s.Mention, r, s.Zone)),
    ];

    /// <summary>The id of the placing rule that moves a clock time in a written zone to the document's clock ("1900 GMT" read in New York).</summary>
    public const string WrittenZoneId = "clock.written-zone";

    /// <summary>Every rule id, in order.</summary>
    public static IReadOnlyList<string> AllIds { get; } =
    [
        .. MentionPasses.Select(p => p.Id), .. Settled.Select(r => r.Id), .. Wording.Select(r => r.Id), .. Pattern.Select(r => r.Id),
        .. PolicyChoices.All.Select(c => c.Id), .. Adjustments.Select(a => a.Id), .. InDocument.Select(a => a.Id), WrittenZoneId,
    ];
}
