using TimelineApp.Core.Dates.Placing;
using TimelineApp.Core.Dates.Lexicon;

namespace TimelineApp.Core.Dates.Reading.Rules;

/// <summary>
/// References to the time around publication: "now", "recently", "the future", "recent years", "one day" (someday),
/// and the recognizer's own PRESENT_REF/PAST_REF/FUTURE_REF.
/// </summary>
internal static class ReferenceRules
{
    /// <summary>someday.one-day: "Islam will one day be …": "one day" between a forward cue and its verb is "someday", not a day's length.</summary>
    public static RuleOutcome Someday(PhraseInput p) =>
        PhrasePatterns.OneDay().IsMatch(p.Text) && p.Tense == Tense.Future && PhrasePatterns.VerbFollows().IsMatch(p.Following)
            ? RuleOutcome.Read(new TimeReading(TimexType.Date, "FUTURE_REF", "'one day' before a verb in a forward-looking clause → some time in the future", IsVague: true))
            : RuleOutcome.Skip;

    /// <summary>recent.length: "in recent weeks", "recent months": a stretch of short units up to publication is a length (TimeML PXW, PXM).</summary>
    public static RuleOutcome RecentLength(PhraseInput p) =>
        PhrasePatterns.RecentUnits().Match(p.Text) is { Success: true } recent && RecentStretch(recent.Groups["u"].Value) is { } stretch
            ? RuleOutcome.Read(new TimeReading(TimexType.Duration, stretch, "'recent weeks' → a vague length up to publication", IsVague: true))
            : RuleOutcome.Skip;

    /// <summary>recent.era: "recent years" and "recent decades" name an era, a vague past reference.</summary>
    public static RuleOutcome RecentEra(PhraseInput p) =>
        PhrasePatterns.RecentUnits().IsMatch(p.Text)
            ? RuleOutcome.Read(new TimeReading(TimexType.Date, "PAST_REF", "'recent years' → an unspecified time before publication", IsVague: true))
            : RuleOutcome.Skip;

    /// <summary>reference.present: "now", "currently", "these days".</summary>
    public static RuleOutcome Present(PhraseInput p) =>
        PhrasePatterns.PresentRef().IsMatch(p.Text)
            ? RuleOutcome.Read(new TimeReading(TimexType.Date, "PRESENT_REF", "refers to the time of publication", IsVague: true))
            : RuleOutcome.Skip;

    /// <summary>
    /// reference.overnight: "the river fell overnight" → the night before publication (TNI), as TimeML annotates
    /// news: a report of what happened overnight is published the morning after. Only the adverb is found
    /// ("overnight rates" is no time phrase).
    /// </summary>
    public static RuleOutcome Overnight(PhraseInput p) =>
        p.Text.Equals("overnight", StringComparison.OrdinalIgnoreCase)
            ? RuleOutcome.Read(new TimeReading(TimexType.Time, TimexValues.Day(p.Dct.PlusDays(-1)) + "TNI", "'overnight' → the night before publication"))
            : RuleOutcome.Skip;

    /// <summary>reference.past: "recently", "previously", "in the past".</summary>
    public static RuleOutcome Past(PhraseInput p) =>
        PhrasePatterns.PastRef().IsMatch(p.Text)
            ? RuleOutcome.Read(new TimeReading(TimexType.Date, "PAST_REF", "an unspecified time before publication", IsVague: true))
            : RuleOutcome.Skip;

    /// <summary>reference.future: "the future", "soon", "a later date".</summary>
    public static RuleOutcome Future(PhraseInput p) =>
        PhrasePatterns.FutureRef().IsMatch(p.Text)
            ? RuleOutcome.Read(new TimeReading(TimexType.Date, "FUTURE_REF", "an unspecified time after publication", IsVague: true))
            : RuleOutcome.Skip;

    /// <summary>reference.recognized: the recognizer's PRESENT_REF, PAST_REF or FUTURE_REF.</summary>
    public static RuleOutcome Recognized(PhraseInput p) =>
        p.Timex is "PRESENT_REF" or "PAST_REF" or "FUTURE_REF"
            ? RuleOutcome.Read(new TimeReading(TimexType.Date, p.Timex, "a reference to the time around publication", IsVague: true))
            : RuleOutcome.Skip;

    private static string? RecentStretch(string unit) => unit.ToUpperInvariant() switch
    {
        "MONTHS" => "PXM",
        "WEEKS" => "PXW",
        "DAYS" => "PXD",
        _ => null,
    };
}
