using System.Text.RegularExpressions;
using TimelineApp.Core.Text;
using TimelineApp.Core.Dates.Lexicon;

namespace TimelineApp.Core.Dates.Recognizers;

/// <summary>
/// The parts of a sentence that can hold a time phrase: a window around each trigger word (a month or weekday
/// name, a number, a time unit, "today", "ago", "now", ...), wide enough for the words a phrase builds around its
/// trigger ("within the next two and a half years", "a year earlier"), extended to whole words and merged where
/// windows touch. The recognizer's cost grows with the length of what it is handed (each of its hundreds of
/// regexes scans the whole input, and some rescan the text before every number), so handing it these windows
/// instead of whole sentences is where most of the resolver's speed comes from (about a third of the calls'
/// characters on TBAQ, a third to a quarter of the recognizer's time). On TBAQ the resolver's output is the same
/// as with whole sentences, but for one "as soon as possible" that the old sentence pre-filter used to hide.
/// </summary>
internal static partial class TriggerWindows
{
    /// <summary>Characters of context kept before a trigger ("within the next two and a half" before "years").</summary>
    internal const int Before = 48;

    /// <summary>Characters of context kept after a trigger ("earlier", "ago", "from now", "of last year").</summary>
    internal const int After = 32;

    /// <summary>The windows of <paramref name="text"/>, in order, disjoint, each starting and ending at a word boundary.</summary>
    public static IReadOnlyList<TextSpan> Of(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var windows = new List<TextSpan>();
        foreach (var trigger in Trigger().EnumerateMatches(text))
        {
            int start = Math.Max(0, trigger.Index - Before);
            int end = Math.Min(text.Length, trigger.Index + trigger.Length + After);
            if (windows.Count > 0 && start <= windows[^1].End + 1)
            {
                // Touching the previous window: grow it. Its end already sits on white space (or the text's end),
                // so only a later end needs a walk, and no character is walked over twice: linear in the text.
                var last = windows[^1];
                windows[^1] = new TextSpan(last.Start, end > last.End ? WordEnd(text, end) : last.End);
                continue;
            }

            windows.Add(new TextSpan(WordStart(text, start), WordEnd(text, end)));
        }

        return windows;
    }

    // Back to the start of the word that holds index (a window never cuts "Wednesday" into "nesday").
    private static int WordStart(string text, int index)
    {
        while (index > 0 && !char.IsWhiteSpace(text[index - 1]))
        {
            index--;
        }

        return index;
    }

    // On to the end of the word that holds index - 1.
    private static int WordEnd(string text, int index)
    {
        while (index < text.Length && !char.IsWhiteSpace(text[index]))
        {
            index++;
        }

        return index;
    }

    // What every time phrase the recognizer finds is built on: digits (years, dates, clock times, counts of units),
    // month and weekday names and their abbreviations (Lexicon/Data), time units, deictic words ("today", "now", "ago",
    // "previously", "currently"), parts of the day, seasons, frequencies, spelled years ("nineteen ninety",
    // "two thousand", "the nineties") and holidays without "day" in their name. A number run is one match, so a
    // line of digits costs one window, not one per digit.
    private static readonly Regex TriggerRegex = LexiconData.Regex(
        $@"\d+|\b(?:{CalendarNames.MonthFormPattern}|(?:{CalendarNames.WeekdayFormPattern})s?|weekdays?|weeknights?" +
        @"|today|tonight|tomorrow|yesterday|now|nowadays|current(?:ly)?|recent(?:ly)?|lately|previously|ago|past|future|former|present|time|times|sometime|someday|possible" +
        @"|years?|yr|months?|weeks?|weekends?|days?|hours?|hrs?|minutes?|mins?|seconds?|secs?|decades?|centur(?:y|ies)|millenni(?:um|a)|quarters?|fortnights?|seasons?" +
        $@"|{Seasons.NamePattern}|(?:{PartsOfDay.NamePattern})s?|overnight|noon|midday|midnight|dawn|dusk|sunrise|sunset|o'clock" +
        @"|annual(?:ly)?|daily|everyday|weekly|monthly|quarterly|yearly|hourly" +
        @"|nineteen|thousand|(?:twen|thir|for|fif|six|seven|eigh|nine)ties" +
        @"|christmas|easter|thanksgiving|halloween|eve|patrick's|valentine's|hanukkah|kwanzaa|ramadan|eid|diwali|passover|lent)\b",
        RegexOptions.IgnoreCase);

    private static Regex Trigger() => TriggerRegex;
}
