using System.Globalization;
using NodaTime;
using TimelineApp.Core.Dates.Placing;
using TimelineApp.Core.Dates.Reading;
using TimelineApp.Core.Text;

namespace TimelineApp.Core.Dates;

/// <summary>
/// Resolves every time phrase of a text against its document's publication time by the named rules of
/// <see cref="DateRules"/>, in their declared order: find and bound the phrases (<see cref="DateRules.MentionPasses"/>),
/// read each in text order (<see cref="PhraseReader"/>, with the tense of its clause, <see cref="ClauseTense"/>, and what
/// the document mentioned before it, <see cref="DiscourseContext"/>), adjust it by the document
/// (<see cref="DateRules.InDocument"/>), and place it: the interval and precision derived from the value so the two
/// always agree (a clock time in a zone the text names, "1900 GMT", is moved to the document's clock, <see cref="WrittenZone"/>).
/// The explanation of each result names the rules that read it.
/// </summary>
public sealed class TimeResolver(ITimeMentionFinder finder)
{
    /// <summary>Every time phrase of <paramref name="text"/>, however many (the <c>resolve</c> command, the corpora).</summary>
    public IReadOnlyList<ResolvedTime> Resolve(string text, ZonedDateTime published) => Resolve(text, published, int.MaxValue).Times;

    /// <summary>
    /// The first <paramref name="maxPhrases"/> time phrases of <paramref name="text"/>, and whether there were more.
    /// The recognizer costs about a millisecond per phrase, so a line of 50,000 "Monday"s would otherwise cost
    /// a minute for one small upload; news articles hold tens of phrases (<see cref="DateLimits"/>).
    /// </summary>
    public TimeResolution Resolve(string text, ZonedDateTime published, int maxPhrases) => Resolve(AnnotatedText.Of(text), published, maxPhrases);

    /// <summary>As <see cref="Resolve(string, ZonedDateTime, int)"/>, over the sentences the pipeline split once for every stage.</summary>
    public TimeResolution Resolve(AnnotatedText annotated, ZonedDateTime published, int maxPhrases)
    {
        ArgumentNullException.ThrowIfNull(annotated);
        ArgumentOutOfRangeException.ThrowIfNegative(maxPhrases);
        string text = annotated.Text;
        var reference = published.LocalDateTime;
        var recognized = finder.Find(annotated, reference, maxPhrases == int.MaxValue ? int.MaxValue : maxPhrases + 1);
        bool cut = recognized.Count > maxPhrases;
        var document = new MentionPassInput(text, reference, finder, cut ? [.. recognized.Take(maxPhrases)] : recognized);
        List<TimeMention> mentions = [];
        foreach (var pass in DateRules.MentionPasses)
        {
            mentions = pass.Run(document, mentions);
        }

        var context = new DiscourseContext();
        var resolved = new List<ResolvedTime>();
        TimeReading? previous = null;
        TimeMention? previousMention = null;
        foreach (var mention in mentions)
        {
            var tense = ClauseTense.Of(text, mention.Span);
            string following = text[mention.Span.End..Math.Min(text.Length, mention.Span.End + 30)];
            var reading = PhraseReader.Read(new PhraseInput(mention, tense, reference, context, following));
            if (reading is null)
            {
                continue;
            }

            var step = new DocumentStep(text, previousMention, previous, mention, published.Zone);
            foreach (var adjustment in DateRules.InDocument)
            {
                reading = reading.AdjustedBy(adjustment.Id, adjustment.Apply(step, reading));
            }

            context.Add(reading, PeriodEnd.Closes(text, mention.Span, previous));
            if (ReportedLength.Is(mention.Text, reading))
            {
                context.AddReportedLength();
            }

            previous = reading;
            previousMention = mention;
            resolved.Add(Place(mention, reading, tense, reference, published.Zone));
        }

        return new TimeResolution(resolved, cut);
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
            reading = reading with { Rule = $"{reading.Rule}; {at.Start:HH:mm} {written.Id} is {here:HH:mm} on {here:ddd uuuu-MM-dd} here", Adjustments = [.. reading.Adjustments, DateRules.WrittenZoneId] };
        }

        bool vague = reading.IsVague || reading.Value.Contains('X', StringComparison.Ordinal) || reading.Value.EndsWith("_REF", StringComparison.Ordinal);
        return new ResolvedTime(mention.Span, mention.Text, reading.Type, reading.Value, interval, precision, vague, reference, Explain(mention, reading, tense, reference, interval, precision))
        {
            RuleIds = reading.RuleIds,
        };
    }

    /// <summary>"'Saturday' in a past-tense clause, published Mon 2025-07-14: past-tense clause → the most recent one → Sat 2025-07-12 [weekday.name]".</summary>
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
        return $"'{mention.Text}' {clause}, published {reference.ToString("ddd uuuu-MM-dd HH:mm", CultureInfo.InvariantCulture)}: {reading.Rule} → {result} [{string.Join(", ", reading.RuleIds)}]";
    }
}
