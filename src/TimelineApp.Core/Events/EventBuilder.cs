using System.Globalization;
using NodaTime;
using TimelineApp.Core.Dates;
using TimelineApp.Core.Documents;
using TimelineApp.Core.Entities;
using TimelineApp.Core.Text;

namespace TimelineApp.Core.Events;

/// <summary>
/// Turns a document's resolved times into events: one per sentence that carries an anchored time phrase
/// (at the phrase's interval), and one for the headline at the publication time. Durations and sets are
/// not events.
/// </summary>
public static class EventBuilder
{
    public static IReadOnlyList<TimelineEvent> Build(
        NewsDocument document,
        IReadOnlyList<ResolvedTime> bodyTimes,
        DocumentEntities headlineEntities,
        DocumentEntities bodyEntities,
        IReadOnlyDictionary<string, Actor> actors,
        DateTimeZone zone)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(bodyTimes);
        ArgumentNullException.ThrowIfNull(actors);
        var events = new List<TimelineEvent>();

        var published = document.Published.Instant.InZone(zone).LocalDateTime;
        var headlineInterval = document.Published.IsDateOnly ? TimeInterval.ForDay(published.Date) : TimeInterval.ForInstant(published);
        events.Add(Create(
            $"d{document.Index}-h",
            headlineInterval,
            document.Published.IsDateOnly ? TimePrecision.Day : TimePrecision.Instant,
            isVague: document.Published.Basis == PublicationBasis.Assumed,
            published.ToString("uuuu-MM-dd'T'HH:mm", CultureInfo.InvariantCulture),
            document.Title,
            new EventEvidence(document.Index, document.Title, null, null, $"headline, at the publication time ({document.Published.Evidence})"),
            headlineEntities.Mentions,
            actors,
            zone,
            document.Index));

        var sentences = SentenceSplitter.Split(document.Body);
        foreach (var sentence in sentences)
        {
            var time = bodyTimes.FirstOrDefault(t => t.IsAnchored && sentence.Span.Start <= t.Span.Start && t.Span.End <= sentence.Span.End);
            if (time is null)
            {
                continue;
            }

            var mentions = bodyEntities.Mentions.Where(m => sentence.Span.Start <= m.Span.Start && m.Span.End <= sentence.Span.End).ToList();
            events.Add(Create(
                $"d{document.Index}-s{sentence.Index}",
                time.Interval!,
                time.Precision,
                time.IsVague,
                time.Value,
                sentence.Text,
                new EventEvidence(document.Index, sentence.Text, time.Span.Shift(-sentence.Span.Start), time.Text, time.Explanation),
                mentions,
                actors,
                zone,
                document.Index));
        }

        return events;
    }

    private static TimelineEvent Create(
        string id,
        TimeInterval interval,
        TimePrecision precision,
        bool isVague,
        string value,
        string title,
        EventEvidence evidence,
        IEnumerable<EntityMention> mentions,
        IReadOnlyDictionary<string, Actor> actors,
        DateTimeZone zone,
        int documentIndex)
    {
        var list = mentions.ToList();
        var actorIds = list.Where(m => m.Kind == EntityKind.Actor).Select(m => m.Id).Distinct().ToList();
        var countries = list.Where(m => m.Kind == EntityKind.Country).Select(m => m.Id)
            .Concat(actorIds.Select(a => actors.GetValueOrDefault(a)?.CountryCode).OfType<string>())
            .Distinct().ToList();
        var locations = list.Where(m => m.Kind == EntityKind.Location).Select(m => m.Id).Distinct().ToList();
        var instants = interval.ToInstants(zone);
        var days = interval.Days;
        return new TimelineEvent(id, instants.Start, instants.End, days.Start, days.End, precision, isVague, value, title, [evidence], actorIds, countries, locations, [documentIndex]);
    }
}
