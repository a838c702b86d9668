using System.Text.RegularExpressions;
using TimelineApp.Core.Dates;
using TimelineApp.Core.Text;

namespace TimelineApp.Core.Events;

/// <summary>
/// Joins time phrases that a sentence coordinates into one span ("on Monday and Tuesday", "Friday or Saturday",
/// "July 3-5"): one happening over both days, not two events. Also drops vague times ("now", "recently") from a
/// sentence that has a precise one, so the precise one carries the event.
/// </summary>
public static partial class CoordinatedTimes
{
    public static IReadOnlyList<ResolvedTime> Combine(string text, IReadOnlyList<ResolvedTime> times)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(times);
        var list = times.Where(t => t.IsAnchored).OrderBy(t => t.Span.Start).ToList();
        if (list.Any(t => !t.IsVague))
        {
            list = [.. list.Where(t => !t.IsVague)];
        }

        var result = new List<ResolvedTime>();
        foreach (var t in list)
        {
            if (result.Count > 0 && result[^1] is { } last && last.Span.End <= t.Span.Start
                && Joiner().Match(text[last.Span.End..t.Span.Start]) is { Success: true } joiner
                && last.Interval is { } a && t.Interval is { } b && a.Start <= b.Start
                && (RangeWord().IsMatch(joiner.Value) || b.Start <= a.End))
            {
                // "to"/"through" make a range; "and"/"or" join only times that touch ("Monday and Tuesday"),
                // so "the floods of 2002 and 2013" stay two happenings.
                var span = new TextSpan(last.Span.Start, t.Span.End);
                result[^1] = last with
                {
                    Span = span,
                    Text = text[span.Start..span.End],
                    Value = $"{last.Value}/{t.Value}",
                    Interval = new TimeInterval(a.Start, b.End > a.End ? b.End : a.End),
                    Explanation = $"{last.Explanation}; and {t.Explanation}",
                };
                continue;
            }

            result.Add(t);
        }

        return result;
    }

    [GeneratedRegex(@"^\s*(?:and|or|to|through|until|-|–|—)\s*$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex Joiner();

    [GeneratedRegex(@"to|through|until|-|–|—", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex RangeWord();
}
