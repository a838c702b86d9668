using System.Globalization;
using NodaTime;
using TimelineApp.Core.Dates.Finding;
using TimelineApp.Core.Dates.Lexicon;
using TimelineApp.Core.Dates.Placing;
using TimelineApp.Core.Dates.Reading;
using TimelineApp.Core.Dates.Spans;

namespace TimelineApp.Core.Dates;

/// <summary>
/// Resolves every time phrase of a text against its document's publication time, in four steps:
/// <list type="number">
/// <item>find: the recognizer's mentions (ranges split into their ends, <see cref="RangeSplitter"/>; spelled
/// years completed, <see cref="SpelledYearRepair"/>), minus its news false positives (<see cref="MentionFilter"/>), plus the
/// phrases it misses (<see cref="LexiconMentionFinder"/>), "the year" joined to the year it names (<see cref="YearApposition"/>);</item>
/// <item>bound: spans as TimeML draws them (<see cref="SpanAdjuster"/>);</item>
/// <item>read: each phrase, in text order, to a TimeML type and value (<see cref="TimexNormalizer"/>, choosing
/// with the named rules of <see cref="ResolutionPolicy"/> and the tense of its clause, <see cref="ClauseTense"/>),
/// remembering what was mentioned so that "a year earlier" and "the quarter" can refer back;</item>
/// <item>place: the interval and precision, derived from the value so the two always agree (a clock time in a
/// zone the text names, "1900 GMT", is moved to the document's clock, <see cref="WrittenZone"/>).</item>
/// </list>
/// </summary>
public sealed class TimeResolver(ITimeMentionFinder finder)
{
    public IReadOnlyList<ResolvedTime> Resolve(string text, ZonedDateTime published)
    {
        ArgumentNullException.ThrowIfNull(text);
        var reference = published.LocalDateTime;
        var found = finder.Find(text, reference)
            .SelectMany(m => RangeSplitter.Split(text, m, finder, reference))
            .Select(m => SpelledYearRepair.Repair(text, m))
            .Where(m => m.Candidates.Count > 0 && MentionFilter.Keep(text, m))
            .ToList();
        found.AddRange(LexiconMentionFinder.Find(text, found).ToList());
        found = YearApposition.Merge(text, found);
        found = DayListCompletion.Complete(text, found);
        var mentions = WithoutOverlaps(found.Select(m => SpanAdjuster.Adjust(text, m)));

        var context = new DiscourseContext();
        var resolved = new List<ResolvedTime>();
        TimeReading? previous = null;
        TimeMention? previousMention = null;
        foreach (var mention in mentions)
        {
            var tense = ClauseTense.Of(text, mention.Span);
            string following = text[mention.Span.End..Math.Min(text.Length, mention.Span.End + 30)];
            var reading = TimexNormalizer.Normalize(mention, tense, reference, context, following);
            if (reading is null)
            {
                continue;
            }

            reading = RangeEnd.Follow(text, previousMention, previous, mention, reading);
            reading = NumericDateOrder.InZone(mention, reading, published.Zone);

            context.Add(reading, PeriodEnd.Closes(text, mention.Span, previous));
            if (ReportedLength.Is(mention.Text, reading))
            {
                context.AddReportedLength();
            }

            previous = reading;
            previousMention = mention;
            resolved.Add(Place(mention, reading, tense, reference, published.Zone));
        }

        return resolved;
    }

    // Where adjusted spans overlap ("the year" and "the year-ago third quarter"), the longer phrase is the TIMEX3.
    // Mentions only compete with those they overlap, directly or through a chain, so the longest-first choice is
    // made within each such cluster: the same choice as over the whole list, in O(n log n) instead of O(n²)
    // (a 10 MB dump holds some 300,000 mentions).
    private static List<TimeMention> WithoutOverlaps(IEnumerable<TimeMention> mentions)
    {
        var byStart = mentions.OrderBy(m => m.Span.Start).ToList();
        var kept = new List<TimeMention>(byStart.Count);
        var cluster = new List<TimeMention>();
        int clusterEnd = int.MinValue;
        foreach (var m in byStart)
        {
            if (cluster.Count > 0 && m.Span.Start >= clusterEnd)
            {
                KeepLongest(cluster, kept);
                cluster.Clear();
            }

            cluster.Add(m);
            clusterEnd = Math.Max(clusterEnd, m.Span.End);
        }

        KeepLongest(cluster, kept);
        return [.. kept.OrderBy(m => m.Span.Start)];
    }

    private static void KeepLongest(List<TimeMention> cluster, List<TimeMention> kept)
    {
        if (cluster.Count == 1)
        {
            kept.Add(cluster[0]);
            return;
        }

        var chosen = new List<TimeMention>();
        foreach (var m in cluster.OrderByDescending(m => m.Span.Length).ThenBy(m => m.Span.Start))
        {
            if (!chosen.Any(k => k.Span.Overlaps(m.Span)))
            {
                chosen.Add(m);
            }
        }

        kept.AddRange(chosen);
    }

    private static ResolvedTime Place(TimeMention mention, TimeReading reading, Tense tense, LocalDateTime reference, DateTimeZone documentZone)
    {
        TimeInterval? interval = null;
        var precision = TimePrecision.Day;
        if (reading.Type is TimexType.Date or TimexType.Time)
        {
            if (reading.Value == "PRESENT_REF")
            {
                (interval, precision) = (TimeInterval.ForInstant(reference), TimePrecision.Instant);
            }
            else if (TimexValues.IntervalOf(reading.Value) is { } placed)
            {
                (interval, precision) = placed;
            }
        }

        // "1900 GMT" read in New York: the value keeps the clock time as written; the interval is the same instant
        // on the document's clock.
        if (reading.Type == TimexType.Time && precision == TimePrecision.Instant && interval is { } at && WrittenZone.Of(mention.Text) is { } written && !written.Equals(documentZone))
        {
            var here = WrittenZone.InDocumentZone(at.Start, written, documentZone);
            interval = TimeInterval.ForInstant(here);
            reading = reading with { Rule = $"{reading.Rule}; {at.Start:HH:mm} {written.Id} is {here:HH:mm} on {here:ddd uuuu-MM-dd} here" };
        }

        bool vague = reading.IsVague || reading.Value.Contains('X', StringComparison.Ordinal) || reading.Value.EndsWith("_REF", StringComparison.Ordinal);
        return new ResolvedTime(mention.Span, mention.Text, reading.Type, reading.Value, interval, precision, vague, reference, Explain(mention, reading, tense, reference, interval, precision));
    }

    /// <summary>"'Saturday' in a past-tense clause, published Mon 2025-07-14: news default → the most recent one → Sat 2025-07-12".</summary>
    private static string Explain(TimeMention mention, TimeReading reading, Tense tense, LocalDateTime reference, TimeInterval? interval, TimePrecision precision)
    {
        string clause = tense switch
        {
            Tense.Past => "in a past-tense clause",
            Tense.Future => "in a forward-looking clause",
            _ => "in a clause with no tense cue",
        };
        string result = interval is { } i && precision == TimePrecision.Day
            ? i.Start.Date.ToString("ddd uuuu-MM-dd", CultureInfo.InvariantCulture)
            : $"{reading.Value} ({reading.Type.ToString().ToUpperInvariant()})";
        return $"'{mention.Text}' {clause}, published {reference.ToString("ddd uuuu-MM-dd HH:mm", CultureInfo.InvariantCulture)}: {reading.Rule} → {result}";
    }
}
