using TimelineApp.Core.Dates.Lexicon;

namespace TimelineApp.Core.Dates.Reading.Rules;

/// <summary>Lengths and recurrences: "the past three months", "a while", "years", "hourly", and the recognizer's durations and sets.</summary>
internal static class LengthRules
{
    /// <summary>set.hourly: "hourly", "every hour".</summary>
    public static RuleOutcome Hourly(PhraseInput p) =>
        PhrasePatterns.Hourly().IsMatch(p.Text) ? RuleOutcome.Read(new TimeReading(TimexType.Set, "PT1H", "a recurrence every hour")) : RuleOutcome.Skip;

    /// <summary>length.vague-stretch: "a while" (PXX), "the weeks ahead" (PXW).</summary>
    public static RuleOutcome VagueStretch(PhraseInput p)
    {
        if (PhrasePatterns.VagueStretch().Match(p.Text) is not { Success: true } stretchAhead)
        {
            return RuleOutcome.Skip;
        }

        string value = stretchAhead.Groups["u"].Success ? Amounts.Duration(null, stretchAhead.Groups["u"].Value) : "PXX";
        return RuleOutcome.Read(new TimeReading(TimexType.Duration, value, "a vague length of time", IsVague: true));
    }

    /// <summary>length.vague-plural: "years", "weeks", "decades" alone.</summary>
    public static RuleOutcome VaguePlural(PhraseInput p) =>
        PhrasePatterns.VaguePlural().Match(p.Text) is { Success: true } plural
            ? RuleOutcome.Read(new TimeReading(TimexType.Duration, Amounts.Duration(null, plural.Groups["u"].Value), "a vague length of time", IsVague: true))
            : RuleOutcome.Skip;

    /// <summary>length.counted: "three years", "the past three months", "within a week", "a minute and a half".</summary>
    public static RuleOutcome Counted(PhraseInput p)
    {
        if (PhrasePatterns.Length().Match(p.Text) is not { Success: true } length || !(p.Mention.Candidates.Count == 0 || IsLengthLike(p.Mention, p.Text)))
        {
            return RuleOutcome.Skip;
        }

        int? halves = Amounts.HalvesOf(length.Groups["n"].Value) + (length.Groups["half"].Success ? 1 : 0); // "a minute and a half"
        string u = length.Groups["u"].Value;
        return RuleOutcome.Read(new TimeReading(TimexType.Duration, Amounts.Duration(halves, u), "a length of time", IsVague: halves is null));
    }

    /// <summary>set.recognized: the recognizer's recurrences ("daily", "every quarter" → P1Q).</summary>
    public static RuleOutcome RecognizedSet(PhraseInput p)
    {
        if (p.Candidate.Kind != "set")
        {
            return RuleOutcome.Skip;
        }

        string set = p.Timex == "P3M" && p.Text.Contains("quarter", StringComparison.OrdinalIgnoreCase) ? "P1Q" : p.Timex;
        return RuleOutcome.Read(new TimeReading(TimexType.Set, set, "a recurrence"));
    }

    /// <summary>length.recognized: the recognizer's durations in TimeML form (P0.5Y → P6M, PT24H → P1D).</summary>
    public static RuleOutcome RecognizedDuration(PhraseInput p) =>
        p.Candidate.Kind == "duration"
            ? RuleOutcome.Read(new TimeReading(TimexType.Duration, TimexText.FixDuration(p.Timex), "a length of time", IsVague: p.Timex.Contains('X', StringComparison.Ordinal)))
            : RuleOutcome.Skip;

    // "three years" is a length; "the past three years" and "within a week" too, though the recognizer gives a date range.
    private static bool IsLengthLike(TimeMention mention, string text) =>
        mention.Candidates[0].Kind is "duration" or "date" || PhrasePatterns.LengthIntroducer().IsMatch(text) || mention.Candidates[0].Timex.StartsWith('(')
        || (mention.Candidates[0].Kind is "time" or "datetime" or "timerange" or "datetimerange" && PhrasePatterns.ClockUnit().IsMatch(text));
}
