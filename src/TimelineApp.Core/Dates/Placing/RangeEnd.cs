using System.Globalization;
using System.Text.RegularExpressions;
using NodaTime;
using NodaTime.Text;
using TimelineApp.Core.Text;
using TimelineApp.Core.Dates.Lexicon;

namespace TimelineApp.Core.Dates.Placing;

/// <summary>
/// "closed from Friday to Monday", "from 8pm on Friday to 6am on Monday": the weekday that ends a range of weekdays
/// is the first such day after its start, whatever the clause's tense would say of it alone (read on a Tuesday,
/// "from Friday to Monday" is not last Friday to yesterday's Monday read the other way round). A list ("Friday and
/// Thursday") has no order, and a range from a date ("from Sept. 14 to Thursday") may span weeks: neither is moved.
/// </summary>
public static partial class RangeEnd
{
    /// <summary>The reading of <paramref name="mention"/>, moved after the previous mention when it ends a range of days.</summary>
    public static TimeReading Follow(string text, TimeMention? previousMention, TimeReading? previous, TimeMention mention, TimeReading reading)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(mention);
        ArgumentNullException.ThrowIfNull(reading);
        if (previousMention is null || previous is null || previousMention.Span.End > mention.Span.Start
            || !Joiner().IsMatch(text[previousMention.Span.End..mention.Span.Start])
            || !WeekdayIn().IsMatch(previousMention.Text) || WeekdayIn().Match(mention.Text) is not { Success: true } weekday
            || DayOf(previous.Value) is not { } start || DayOf(reading.Value) is not { } day)
        {
            return reading;
        }

        var target = Enum.Parse<IsoDayOfWeek>(weekday.Value, ignoreCase: true);
        int ahead = ((int)target - (int)start.DayOfWeek + 7) % 7;
        var end = start.PlusDays(ahead == 0 ? 7 : ahead);
        return end == day
            ? reading
            : reading with { Value = TimexValues.Day(end) + reading.Value[10..], Rule = $"{reading.Rule}; the end of a range → the first {weekday.Value} after {TimexValues.Day(start)}" };
    }

    private static LocalDate? DayOf(string value) => TimexValue.Parse(value).Date;

    [GeneratedRegex(@"^\s*(?:to|until|till|through|thru|-|–|—)\s+(?:on\s+)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex Joiner();

    private static readonly Regex WeekdayInRegex = LexiconData.Regex($@"\b(?:{CalendarNames.WeekdayNamePattern})\b", RegexOptions.IgnoreCase);

    private static Regex WeekdayIn() => WeekdayInRegex;
}
