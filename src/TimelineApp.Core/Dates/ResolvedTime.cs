using NodaTime;
using TimelineApp.Core.Text;

namespace TimelineApp.Core.Dates;

/// <summary>
/// What a time phrase means once anchored: its TimeML type and value, the interval it covers (null for
/// durations, sets and unanchorable phrases), how precisely it is known, whether it is vague, what it was
/// anchored to, and a one-line explanation a reader can check.
/// </summary>
/// <param name="Span">Where the phrase is in the document text.</param>
/// <param name="Text">The phrase as written.</param>
/// <param name="Type">The TIMEX3 type.</param>
/// <param name="Value">The TIMEX3 value, e.g. <c>2025-07-12</c>, <c>2025-W28</c>, <c>P3M</c>, <c>PAST_REF</c>.</param>
/// <param name="Interval">The local interval it covers, when it names a time on the calendar.</param>
/// <param name="Precision">How precisely the interval is known.</param>
/// <param name="IsVague">True for phrases such as "recently" or "in recent years".</param>
/// <param name="Anchor">The local date-time it was resolved against.</param>
/// <param name="Explanation">How it was resolved, in one line.</param>
public sealed record ResolvedTime(
    TextSpan Span,
    string Text,
    TimexType Type,
    string Value,
    TimeInterval? Interval,
    TimePrecision Precision,
    bool IsVague,
    LocalDateTime Anchor,
    string Explanation)
{
    /// <summary>True when the phrase places something on the timeline (a date or time with an interval).</summary>
    public bool IsAnchored => Interval is not null && Type is TimexType.Date or TimexType.Time;

    /// <summary>The ids of the rules that read and adjusted it (see <see cref="DateRules"/>), the reading rule first.</summary>
    public IReadOnlyList<string> RuleIds { get; init; } = [];
}
