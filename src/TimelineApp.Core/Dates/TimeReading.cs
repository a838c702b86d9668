namespace TimelineApp.Core.Dates;

/// <summary>
/// What one phrase means in TimeML terms, before an interval is derived from the value.
/// </summary>
/// <param name="Type">The TIMEX3 type.</param>
/// <param name="Value">The TIMEX3 value.</param>
/// <param name="Rule">The rule that produced it, in words a reader can check ("same weekday as publication → the publication day").</param>
/// <param name="IsVague">True for "recently", "in recent years", "the future" and vague amounts.</param>
/// <param name="FromEarlierMention">True when the value was shifted from an earlier mention ("a year earlier"); such values are not used as anchors for "the quarter".</param>
public sealed record TimeReading(TimexType Type, string Value, string Rule, bool IsVague = false, bool FromEarlierMention = false)
{
    /// <summary>The id of the named rule that read the phrase ("weekday.name", "holiday.fixed"), set by the engine.</summary>
    public string RuleId { get; init; } = string.Empty;

    /// <summary>The id of the calendar choice of <see cref="Placing.ResolutionPolicy"/> the rule made ("weekday.past-tense"), if any.</summary>
    public string? Choice { get; init; }

    /// <summary>The ids of the rules that adjusted the reading afterwards ("numeric.day-first"), in order.</summary>
    public IReadOnlyList<string> Adjustments { get; init; } = [];

    /// <summary>The reading rule, its calendar choice and every adjustment, in order.</summary>
    public IReadOnlyList<string> RuleIds => [.. RuleId.Length == 0 ? [] : new[] { RuleId }, .. Choice is null ? [] : new[] { Choice }, .. Adjustments];

    /// <summary>This reading, made by the calendar choice <paramref name="choice"/>.</summary>
    public TimeReading By(Placing.PolicyChoice choice) => this with { Choice = choice.Id };

    /// <summary>This reading adjusted by <paramref name="ruleId"/> into <paramref name="adjusted"/>, or itself when the rule left it as it was.</summary>
    public TimeReading AdjustedBy(string ruleId, TimeReading adjusted)
    {
        ArgumentNullException.ThrowIfNull(adjusted);
        return ReferenceEquals(adjusted, this) ? this : adjusted with { RuleId = RuleId, Adjustments = [.. Adjustments, ruleId] };
    }
}
