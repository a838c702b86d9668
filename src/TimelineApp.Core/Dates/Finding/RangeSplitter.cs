using System.Text.RegularExpressions;
using NodaTime;
using TimelineApp.Core.Text;

namespace TimelineApp.Core.Dates.Finding;

/// <summary>
/// TimeML marks the two ends of "between 1994 and 1997" or "from 1991 to 1997" as two TIMEX3s, while the
/// recognizer returns one range (and sometimes a runaway one across "declined to 3.8 percent last month from 4").
/// A range phrase with a connective is split at it and each side is read again on its own; when neither side
/// holds a time the original mention is kept. A range of days that writes its month once ("3-5 July") is split
/// into its two days as the recognizer read them.
/// </summary>
public static partial class RangeSplitter
{
    /// <summary>The mentions that replace <paramref name="mention"/> (itself when it is not a splittable range).</summary>
    public static IReadOnlyList<TimeMention> Split(string text, TimeMention mention, ITimeMentionFinder finder, LocalDateTime reference)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(mention);
        ArgumentNullException.ThrowIfNull(finder);
        if (mention.Candidates.Count == 0 || !IsRange(mention.Candidates[0]))
        {
            return [mention];
        }

        if (DayRange().Match(mention.Candidates[0].Timex) is { Success: true } days && DaySides().Match(mention.Text) is { Success: true } sides)
        {
            // "3-5 July", "July 23-27", "June 30-July 13": the recognizer knows both days but the text writes the
            // month once; each end becomes a day of its own with the day the recognizer read for it.
            return [Side(text, mention, sides.Groups["a"], days.Groups["a"].Value), Side(text, mention, sides.Groups["b"], days.Groups["b"].Value)];
        }

        var m = Connective().Match(mention.Text);
        if (!m.Success)
        {
            return [mention];
        }

        var parts = new List<TimeMention>();
        foreach (var g in new[] { m.Groups["a"], m.Groups["b"] })
        {
            int offset = mention.Span.Start + g.Index;
            foreach (var found in finder.Find(g.Value, reference))
            {
                var span = new TextSpan(offset + found.Span.Start, offset + found.Span.End);
                parts.Add(found with { Span = span, Text = text[span.Start..span.End] });
            }
        }

        return parts.Count == 0 ? [mention] : parts;
    }

    private static TimeMention Side(string text, TimeMention range, Group side, string timex)
    {
        var span = new TextSpan(range.Span.Start + side.Index, range.Span.Start + side.Index + side.Length);
        return new TimeMention(span, text[span.Start..span.End], range.RecognizerType, [new RecognizedValue(timex, "date", null, null, null, null)]);
    }

    private static bool IsRange(RecognizedValue c) => c.Kind is "daterange" or "datetimerange" or "timerange" or "duration" && (c.Timex.StartsWith('(') || c.Timex.Contains('X', StringComparison.Ordinal) || c.Kind == "duration");

    [GeneratedRegex(@"^\((?<a>(?:XXXX|\d{4})-\d{2}-\d{2}),(?<b>(?:XXXX|\d{4})-\d{2}-\d{2}),P\d+D\)$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex DayRange();

    [GeneratedRegex(@"^(?:between\s+|from\s+)?(?<a>[^-–—]*?\d[^-–—]*?)\s*(?:[-–—]|\s(?:to|through|thru|until|till|and)\s)\s*(?<b>.*\d.*)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex DaySides();

    [GeneratedRegex(@"^(?:between\s+|from\s+)?(?<a>.+?)\s+(?:and|to|through|thru|until|till|-)\s+(?<b>.+)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex Connective();
}
