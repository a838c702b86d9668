using System.Text.RegularExpressions;
using NodaTime;
using TimelineApp.Core.Dates.Lexicon;
using TimelineApp.Core.Text;

namespace TimelineApp.Core.Dates.Finding;

/// <summary>
/// find.clock-day-split: TimeML draws "4 a.m. on Saturday" as two TIMEX3s, the clock time and the day, with "on" a
/// signal between them (the recognizer returns one phrase). The clock keeps the recognizer's reading of the whole
/// phrase (so it stays on that day); the day is read again on its own. "Saturday at 4 a.m." (no signal word)
/// stays one phrase, as TimeML writes it.
/// </summary>
public static class ClockDaySplitter
{
    private static readonly Regex ClockOnDayRegex = LexiconData.Regex(
        $@"^(?<clock>.*?\d(?:[:.]\d\d)?\s*(?:a\.?m\.?|p\.?m\.?)(?:\s+[A-Z]{{2,4}}\b)?)\s+on\s+(?<day>(?:{CalendarNames.WeekdayNamePattern})(?:,?\s+\S.*)?)$",
        RegexOptions.IgnoreCase);

    /// <summary>The mentions that replace <paramref name="mention"/> (itself when it is not a clock time on a named day).</summary>
    public static IReadOnlyList<TimeMention> Split(string text, TimeMention mention, ITimeMentionFinder finder, LocalDateTime reference)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(mention);
        ArgumentNullException.ThrowIfNull(finder);
        if (ClockOnDayRegex.Match(mention.Text) is not { Success: true } m)
        {
            return [mention];
        }

        var clock = m.Groups["clock"];
        var clockSpan = new TextSpan(mention.Span.Start + clock.Index, mention.Span.Start + clock.Index + clock.Length);
        var parts = new List<TimeMention> { mention with { Span = clockSpan, Text = text[clockSpan.Start..clockSpan.End] } };
        var day = m.Groups["day"];
        int offset = mention.Span.Start + day.Index;
        foreach (var found in finder.Find(day.Value, reference))
        {
            var span = new TextSpan(offset + found.Span.Start, offset + found.Span.End);
            parts.Add(found with { Span = span, Text = text[span.Start..span.End] });
        }

        return parts.Count == 1 ? [mention] : parts;
    }
}
