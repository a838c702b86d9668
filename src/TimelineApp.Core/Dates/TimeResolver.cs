using System.Globalization;
using NodaTime;
using NodaTime.Text;
using TimelineApp.Core.Text;

namespace TimelineApp.Core.Dates;

/// <summary>
/// Resolves every time phrase of a text against its document's publication time. The recognizer proposes
/// candidates; <see cref="ResolutionPolicy"/> chooses among them with named rules (tense, cue words, same
/// weekday) so that "Saturday" in a Monday report means the Saturday just past.
/// </summary>
public sealed class TimeResolver(ITimeMentionFinder finder)
{
    private static readonly LocalDateTimePattern RecognizerDateTime = LocalDateTimePattern.CreateWithInvariantCulture("uuuu-MM-dd HH:mm:ss");
    private static readonly LocalDatePattern RecognizerDate = LocalDatePattern.CreateWithInvariantCulture("uuuu-MM-dd");

    public IReadOnlyList<ResolvedTime> Resolve(string text, ZonedDateTime published)
    {
        ArgumentNullException.ThrowIfNull(text);
        var reference = published.LocalDateTime;
        var resolved = new List<ResolvedTime>();
        foreach (var mention in finder.Find(text, reference))
        {
            var time = ResolveMention(text, mention, reference);
            if (time is not null)
            {
                resolved.Add(time);
            }
        }

        return resolved;
    }

    private static ResolvedTime? ResolveMention(string text, TimeMention mention, LocalDateTime reference)
    {
        if (mention.Candidates.Count == 0)
        {
            return null;
        }

        var clause = ClauseAround(text, mention.Span);
        var candidate = ResolutionPolicy.Choose(mention, clause, reference);
        string kind = candidate.Kind;
        string why = $"'{mention.Text}' against {reference.ToString("ddd uuuu-MM-dd", CultureInfo.InvariantCulture)}";

        if (kind == "duration")
        {
            return new ResolvedTime(mention.Span, mention.Text, TimexType.Duration, candidate.Timex, null, TimePrecision.Day, false, reference, $"{why} → a length of time ({candidate.Timex})");
        }

        if (kind == "set")
        {
            return new ResolvedTime(mention.Span, mention.Text, TimexType.Set, candidate.Timex, null, TimePrecision.Day, false, reference, $"{why} → a recurrence ({candidate.Timex})");
        }

        if (candidate.Timex == "PRESENT_REF")
        {
            return new ResolvedTime(mention.Span, mention.Text, TimexType.Date, "PRESENT_REF", TimeInterval.ForInstant(reference), TimePrecision.Instant, true, reference, $"{why} → the time of publication");
        }

        if (candidate.Value is { } value)
        {
            var dt = RecognizerDateTime.Parse(value);
            if (dt.Success)
            {
                return new ResolvedTime(mention.Span, mention.Text, TimexType.Time, dt.Value.ToString("uuuu-MM-dd'T'HH:mm", CultureInfo.InvariantCulture), TimeInterval.ForInstant(dt.Value), TimePrecision.Instant, false, reference, $"{why} → {dt.Value.ToString("ddd uuuu-MM-dd HH:mm", CultureInfo.InvariantCulture)}");
            }

            var d = RecognizerDate.Parse(value);
            if (d.Success)
            {
                return new ResolvedTime(mention.Span, mention.Text, TimexType.Date, d.Value.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture), TimeInterval.ForDay(d.Value), TimePrecision.Day, false, reference, $"{why} → {d.Value.ToString("ddd uuuu-MM-dd", CultureInfo.InvariantCulture)}");
            }
        }

        if (candidate.Start is { } s && candidate.End is { } e && RecognizerDate.Parse(s) is { Success: true } start && RecognizerDate.Parse(e) is { Success: true } end)
        {
            var last = end.Value.PlusDays(-1) < start.Value ? start.Value : end.Value.PlusDays(-1);
            var precision = Period.Between(start.Value, end.Value, PeriodUnits.Days).Days switch
            {
                <= 1 => TimePrecision.Day,
                <= 7 => TimePrecision.Week,
                <= 31 => TimePrecision.Month,
                <= 92 => TimePrecision.Quarter,
                <= 366 => TimePrecision.Year,
                _ => TimePrecision.Decade,
            };
            return new ResolvedTime(mention.Span, mention.Text, TimexType.Date, candidate.Timex, TimeInterval.ForDays(start.Value, last), precision, false, reference, $"{why} → {start.Value:uuuu-MM-dd} to {last:uuuu-MM-dd}");
        }

        return null;
    }

    private static string ClauseAround(string text, TextSpan span)
    {
        int start = span.Start;
        while (start > 0 && text[start - 1] is not ('.' or '\n' or ';'))
        {
            start--;
        }

        int end = span.End;
        while (end < text.Length && text[end] is not ('.' or '\n' or ';'))
        {
            end++;
        }

        return text[start..end];
    }
}
