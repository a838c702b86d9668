using TimelineApp.Core.Text;

namespace TimelineApp.Core.Dates;

/// <summary>
/// One reading the recognizer offers for a phrase, in TimeML-like terms: a TIMEX value pattern
/// (<c>XXXX-WXX-6</c>, <c>2019-06</c>, <c>P3M</c>) and, where it computed them, concrete values.
/// </summary>
/// <param name="Timex">The unanchored TIMEX pattern.</param>
/// <param name="Kind">The recognizer's resolution kind: date, time, datetime, daterange, datetimerange, timerange, duration, set.</param>
/// <param name="Value">A concrete value for a point ("2025-07-12", "2025-07-13 21:00:00"), if any.</param>
/// <param name="Start">The start of a range, if any.</param>
/// <param name="End">The end of a range (exclusive), if any.</param>
/// <param name="Mod">A modifier such as "before", "after", "since", "approx".</param>
public sealed record RecognizedValue(string Timex, string Kind, string? Value, string? Start, string? End, string? Mod);

/// <summary>A time phrase found in a text: where it is and what the recognizer thinks it could mean.</summary>
public sealed record TimeMention(TextSpan Span, string Text, string RecognizerType, IReadOnlyList<RecognizedValue> Candidates);
