namespace TimelineApp.Core.Dates;

/// <summary>
/// What one phrase means in TimeML terms, before an interval is derived from the value.
/// </summary>
/// <param name="Type">The TIMEX3 type.</param>
/// <param name="Value">The TIMEX3 value.</param>
/// <param name="Rule">The rule that produced it, in words a reader can check ("same weekday as publication → the publication day").</param>
/// <param name="IsVague">True for "recently", "in recent years", "the future" and vague amounts.</param>
/// <param name="FromEarlierMention">True when the value was shifted from an earlier mention ("a year earlier"); such values are not used as anchors for "the quarter".</param>
public sealed record TimeReading(TimexType Type, string Value, string Rule, bool IsVague = false, bool FromEarlierMention = false);
