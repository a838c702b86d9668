using System.Globalization;
using NodaTime;
using TimelineApp.Core.Dates;
using TimelineApp.Core.Documents;
using TimelineApp.Core.Entities;
using TimelineApp.Core.Text;

namespace TimelineApp.Core.Events;

/// <summary>
/// Turns a document into events: one for the headline at the publication time, and one for each anchored time
/// phrase in the body at the phrase's interval, titled from the phrase's clause. A following sentence without
/// a time phrase of its own joins that event when it clearly continues it (<see cref="Continuation"/>), instead of
/// being dropped or becoming a new event. Durations and sets are not events.
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
        return Build(document, AnnotatedText.Of(document.Body), bodyTimes, headlineEntities, bodyEntities, actors, zone).Events;
    }

    /// <param name="document">The document.</param>
    /// <param name="body">The document's body, annotated once for every stage.</param>
    /// <param name="bodyTimes">The time phrases resolved in the body.</param>
    /// <param name="headlineEntities">What the headline names.</param>
    /// <param name="bodyEntities">What the body names.</param>
    /// <param name="actors">Every actor found so far.</param>
    /// <param name="zone">The capture zone, for calendar days.</param>
    /// <param name="maxEvents">The most events to make; dated phrases past it are counted in <see cref="DocumentEvents.LeftOut"/>.</param>
    public static DocumentEvents Build(
        NewsDocument document,
        AnnotatedText body,
        IReadOnlyList<ResolvedTime> bodyTimes,
        DocumentEntities headlineEntities,
        DocumentEntities bodyEntities,
        IReadOnlyDictionary<string, Actor> actors,
        DateTimeZone zone,
        int maxEvents = EventLimits.MaxEventsPerDocument)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(body);
        ArgumentNullException.ThrowIfNull(bodyTimes);
        ArgumentNullException.ThrowIfNull(headlineEntities);
        ArgumentNullException.ThrowIfNull(bodyEntities);
        ArgumentNullException.ThrowIfNull(actors);
        var roles = RoleLexicon.Default;
        // Short names of the actors this document names only: every id an event or title can use comes from its
        // mentions, and all actors of a dump per document would make the cost grow with documents times actors.
        var shortNames = headlineEntities.Mentions.Concat(bodyEntities.Mentions)
            .Where(m => m.Kind == EntityKind.Actor).Select(m => m.Id).Distinct(StringComparer.Ordinal)
            .Select(id => actors.GetValueOrDefault(id)).OfType<Actor>()
            .ToDictionary(a => a.Id, ShortName, StringComparer.Ordinal);
        var events = new List<TimelineEvent>();
        if (maxEvents <= 0)
        {
            return new DocumentEvents(events, bodyTimes.Count(t => t.IsAnchored) + 1);
        }

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

        var mentionsBySentence = body.Group(bodyEntities.Mentions, m => m.Span);
        var timesBySentence = body.Group(bodyTimes, t => t.Span);
        int leftOut = 0;
        TimelineEvent? previous = null;
        int previousIndex = -1;
        string? lastPerson = null;
        foreach (var sentence in body.Sentences)
        {
            if (events.Count >= maxEvents)
            {
                // Count what is left out rather than build it: the cap is what keeps a run-on line of dates linear.
                leftOut += CoordinatedTimes.Combine(document.Body, timesBySentence[sentence.Index]).Count;
                continue;
            }

            var mentions = mentionsBySentence[sentence.Index].ToList();
            var times = CoordinatedTimes.Combine(document.Body, timesBySentence[sentence.Index]);
            if (times.Count == 0)
            {
                if (previous is not null && previous.Evidence.Count <= EventLimits.MaxContinuations && Continuation.Continues(sentence, mentions, previous, roles))
                {
                    previous = Extend(previous, sentence, mentions, actors, document.Index);
                    events[previousIndex] = previous;
                }
                else
                {
                    previous = null;
                }

                lastPerson = FirstPerson(mentions, actors);
                continue;
            }

            // Who a leading "He" is: the person of the event just before, else the first person of the sentence before.
            string? referentId = (previous is null ? null : Subject(previous, actors, shortNames)) ?? lastPerson;
            string? referent = referentId is not null ? shortNames[referentId] : null;
            for (int k = 0; k < times.Count; k++)
            {
                if (events.Count >= maxEvents)
                {
                    leftOut += times.Count - k;
                    break;
                }

                var time = times[k];
                var phrase = time.Span.Shift(-sentence.Span.Start);
                var clause = ClauseFinder.Find(sentence.Text, phrase, splitAtThat: k > 0);
                string title = EventTitle.Make(sentence, clause, phrase, mentions, shortNames, referent);
                if (title.Split(' ').Length <= 2 && ClauseFinder.Next(sentence.Text, clause) is { } next)
                {
                    title = EventTitle.Make(sentence, new TextSpan(clause.Start, next.End), phrase, mentions, shortNames, referent);
                }

                var eventMentions = mentions;
                if (referentId is not null && StartsWithPronoun(sentence.Text, clause))
                {
                    // "He said on Sunday ...": the person of the previous sentence is this event's actor too.
                    eventMentions = [.. mentions, new EntityMention(sentence.Span, EntityKind.Actor, referentId, actors[referentId].CountryCode)];
                }

                var created = Create(
                    $"d{document.Index}-s{sentence.Index}" + (k > 0 ? $"-{k}" : string.Empty),
                    time.Interval!,
                    time.Precision,
                    time.IsVague,
                    time.Value,
                    title,
                    Evidence(document.Index, sentence.Text, phrase, time),
                    eventMentions,
                    actors,
                    zone,
                    document.Index);
                events.Add(created);
                previous = created;
                previousIndex = events.Count - 1;
                referentId ??= created.ActorIds.FirstOrDefault(id => actors.GetValueOrDefault(id)?.Kind == ActorKind.Person);
                referent ??= referentId is not null ? shortNames[referentId] : null;
            }

            lastPerson = FirstPerson(mentions, actors) ?? referentId;
        }

        // People the body names who take part in none of its dated events (a witness quoted in an undated sentence)
        // still belong to the article's story: they join its headline event, so filtering by them finds the article.
        var reached = events.SelectMany(e => e.ActorIds).ToHashSet(StringComparer.Ordinal);
        var unplaced = bodyEntities.Mentions.Where(m => m.Kind == EntityKind.Actor && actors.GetValueOrDefault(m.Id)?.Kind == ActorKind.Person && !reached.Contains(m.Id)).Select(m => m.Id).Distinct(StringComparer.Ordinal).ToList();
        events[0] = unplaced.Count == 0 ? events[0] : events[0] with { ActorIds = [.. events[0].ActorIds, .. unplaced] };
        return new DocumentEvents(events, leftOut);
    }

    private static EventEvidence Evidence(int documentIndex, string sentence, TextSpan phrase, ResolvedTime time)
    {
        var (text, span) = EvidenceWindow.Around(sentence, phrase);
        return new EventEvidence(documentIndex, text, span, time.Text, time.Explanation);
    }

    /// <summary>The name a reader knows a person by in this text: the one-word name the text uses, else the last word.</summary>
    internal static string ShortName(Actor actor)
    {
        if (actor.Kind == ActorKind.Organization)
        {
            return actor.Aliases.FirstOrDefault(a => a.Length <= 6 && a.All(char.IsUpper)) ?? actor.Name;
        }

        return actor.Aliases.FirstOrDefault(a => !a.Contains(' ', StringComparison.Ordinal)) ?? actor.Name.Split(' ')[^1];
    }

    /// <summary>
    /// The person an event is about: the one its title opens with ("Kellogg arrived in Kyiv", not "Trump" of
    /// "Trump's envoy"), else its first person.
    /// </summary>
    private static string? Subject(TimelineEvent e, IReadOnlyDictionary<string, Actor> actors, IReadOnlyDictionary<string, string> shortNames)
    {
        var people = e.ActorIds.Where(id => actors.GetValueOrDefault(id)?.Kind == ActorKind.Person).ToList();
        string first = e.Title.Split(' ', 2)[0];
        return people.FirstOrDefault(id => shortNames.GetValueOrDefault(id) == first) ?? people.FirstOrDefault();
    }

    private static string? FirstPerson(IEnumerable<EntityMention> mentions, IReadOnlyDictionary<string, Actor> actors) =>
        mentions.Where(m => m.Kind == EntityKind.Actor && actors.GetValueOrDefault(m.Id)?.Kind == ActorKind.Person).Select(m => m.Id).FirstOrDefault();

    private static bool StartsWithPronoun(string sentence, TextSpan clause)
    {
        string c = sentence[clause.Start..clause.End].TrimStart();
        return c.StartsWith("He ", StringComparison.Ordinal) || c.StartsWith("She ", StringComparison.Ordinal)
            || c.StartsWith("he ", StringComparison.Ordinal) || c.StartsWith("she ", StringComparison.Ordinal);
    }

    private static TimelineEvent Extend(TimelineEvent e, Sentence sentence, List<EntityMention> mentions, IReadOnlyDictionary<string, Actor> actors, int documentIndex)
    {
        var (actorIds, countries, locations) = Entities(mentions, actors);
        return e with
        {
            Evidence = [.. e.Evidence, new EventEvidence(documentIndex, EvidenceWindow.Of(sentence.Text), null, null, "continues the sentence before it")],
            ActorIds = [.. e.ActorIds.Union(actorIds)],
            CountryCodes = [.. e.CountryCodes.Union(countries)],
            Locations = [.. e.Locations.Union(locations)],
        };
    }

    private static (List<string> Actors, List<string> Countries, List<string> Locations) Entities(IEnumerable<EntityMention> mentions, IReadOnlyDictionary<string, Actor> actors)
    {
        var list = mentions.ToList();
        var actorIds = list.Where(m => m.Kind == EntityKind.Actor).Select(m => m.Id).Distinct(StringComparer.Ordinal).ToList();
        var countries = list.Where(m => m.Kind == EntityKind.Country).Select(m => m.Id)
            .Concat(list.Where(m => m.Kind == EntityKind.Location).Select(m => m.CountryCode).OfType<string>())
            .Concat(actorIds.Select(a => actors.GetValueOrDefault(a)?.CountryCode).OfType<string>())
            .Distinct(StringComparer.Ordinal).ToList();
        var locations = list.Where(m => m.Kind == EntityKind.Location).Select(m => m.Id).Distinct(StringComparer.Ordinal).ToList();
        return (actorIds, countries, locations);
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
        var (actorIds, countries, locations) = Entities(mentions, actors);
        var instants = interval.ToInstants(zone);
        var days = interval.Days;
        return new TimelineEvent(id, instants.Start, instants.End, days.Start, days.End, precision, isVague, value, title, [evidence], actorIds, countries, locations, [documentIndex]);
    }
}
