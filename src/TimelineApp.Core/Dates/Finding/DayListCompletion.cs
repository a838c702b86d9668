using System.Globalization;
using System.Text.RegularExpressions;
using TimelineApp.Core.Text;
using TimelineApp.Core.Dates.Reading;

namespace TimelineApp.Core.Dates.Finding;

/// <summary>
/// "on April 24 and 25", "Nov. 3 or 4": the recognizer reads the first day and leaves the bare number after the
/// conjunction, which TimeML marks as a day of its own in the same month. Each such number becomes a mention
/// with the first day's readings moved to its day, so the year is chosen for it by the same rules.
/// </summary>
public static partial class DayListCompletion
{
    /// <summary>The mentions, with a mention added for every day listed after a month-day.</summary>
    public static List<TimeMention> Complete(string text, IReadOnlyList<TimeMention> mentions)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(mentions);
        var result = new List<TimeMention>(mentions);
        foreach (var m in mentions)
        {
            if (m.Candidates.Count == 0 || m.Candidates[0].Kind != "date" || MonthDay().Match(m.Candidates[0].Timex) is not { Success: true } first
                || ListedDay().Match(text, m.Span.End) is not { Success: true, Index: var at } listed || at != m.Span.End)
            {
                continue;
            }

            var day = listed.Groups["d"];
            int firstDay = int.Parse(first.Groups["d"].Value, CultureInfo.InvariantCulture);
            int secondDay = int.Parse(day.Value, CultureInfo.InvariantCulture);
            var span = new TextSpan(day.Index, day.Index + day.Length);
            if (secondDay <= firstDay || secondDay > 31 || mentions.Any(o => o.Span.Start < span.End && span.Start < o.Span.End))
            {
                continue; // a list runs forward within a month; anything else is another number
            }

            var moved = m.Candidates
                .Select(c => c with { Timex = WithDay(c.Timex, secondDay), Value = c.Value is null ? null : WithDay(c.Value, secondDay) })
                .ToList();
            result.Add(new TimeMention(span, day.Value, m.RecognizerType, moved));
        }

        return result;
    }

    private static string WithDay(string isoDate, int day) =>
        MonthDay().Replace(isoDate, mm => $"{mm.Groups["ym"].Value}-{day.ToString("00", CultureInfo.InvariantCulture)}", 1);

    [GeneratedRegex(@"^(?<ym>(?:XXXX|\d{4})-\d{2})-(?<d>\d{2})$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex MonthDay();

    // The number must end the list: punctuation, the end, or a function word after it ("on April 24 and 25 in
    // Washington"); "April 24 and 25 people" or "and 25%" are counts.
    [GeneratedRegex(@"\G,?\s+(?:and|or|&)\s+(?<d>[1-3]?\d)\b(?![-%.,]?\d)(?=\s*(?:[.,;:)!?]|$|\s(?:in|at|on|to|of|for|with|when|and|or|as|the|a|an|but|by|from|after|before|while|that|which|this|next|last)\b))", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex ListedDay();
}
