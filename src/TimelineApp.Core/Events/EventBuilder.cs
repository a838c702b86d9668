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
            .ToDictionary(a => a.Id, a => ShortName(a, document.Title + "\n" + document.Body), StringComparer.Ordinal);
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
            if (CaptionLine.IsCaptionOrCredit(sentence.Text))
            {
                // A caption's date is when a picture was taken; a credit names who wrote or edited: neither is news.
                previous = null;
                continue;
            }

            var times = CoordinatedTimes.Combine(document.Body, timesBySentence[sentence.Index])
                .Where(t => DatesAHappening(document.Body, sentence, t)).ToList();
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

                lastPerson = FirstPerson(mentions, actors, document.Body);
                continue;
            }

            // Who a leading "He" is: the person of the event just before, else the first person of the sentence before.
            // The subject of the sentence before is who a leading "He" is ("Trudeau, 53, is the son of Pierre
            // Trudeau, who served ... He took office ..."), else the person of the event just before.
            string? sentenceReferentId = lastPerson ?? (previous is null ? null : Subject(previous, actors, shortNames));
            var phrases = times.Select(t => t.Span.Shift(-sentence.Span.Start)).ToList();
            for (int k = 0; k < times.Count; k++)
            {
                if (events.Count >= maxEvents)
                {
                    leftOut += times.Count - k;
                    break;
                }

                var time = times[k];
                var phrase = phrases[k];
                var others = phrases.Where((_, j) => j != k).ToList();
                var clause = ClauseFinder.Find(sentence.Text, phrase, splitAtThat: k > 0);
                if (others.Any(o => o.Start >= clause.Start && o.End <= phrase.Start))
                {
                    // "Varga said on Friday ..., after the Danube crested on Tuesday": Tuesday's clause is the one
                    // that "after" opens, not the sentence that Friday's event already is.
                    clause = ClauseFinder.Find(sentence.Text, phrase, splitAtThat: true, openAtPrepositions: true);
                }

                // Who a leading "He" is: in a later clause, the person the sentence opened with ("Trump teased that
                // he would ..."); else the person of the event just before, else the first person of the sentence before.
                string? referentId = PersonBefore(mentions, sentence, clause.Start, actors) ?? sentenceReferentId;
                string? referent = referentId is not null ? shortNames[referentId] : null;
                string title = EventTitle.Make(sentence, clause, phrase, mentions, shortNames, referent, others);
                if (title.Split(' ').Length <= 2 && ClauseFinder.Next(sentence.Text, clause) is { } next)
                {
                    title = EventTitle.Make(sentence, new TextSpan(clause.Start, next.End), phrase, mentions, shortNames, referent, others);
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
                sentenceReferentId ??= created.ActorIds.FirstOrDefault(id => actors.GetValueOrDefault(id)?.Kind == ActorKind.Person);
            }

            lastPerson = FirstPerson(mentions, actors, document.Body) ?? sentenceReferentId;
        }

        // People the body names who take part in none of its dated events (a witness quoted in an undated sentence)
        // still belong to the article's story: they join its headline event, so filtering by them finds the article.
        var reached = events.SelectMany(e => e.ActorIds).ToHashSet(StringComparer.Ordinal);
        var unplaced = bodyEntities.Mentions.Where(m => m.Kind == EntityKind.Actor && actors.GetValueOrDefault(m.Id)?.Kind == ActorKind.Person && !reached.Contains(m.Id)).Select(m => m.Id).Distinct(StringComparer.Ordinal).ToList();
        events[0] = unplaced.Count == 0 ? events[0] : events[0] with { ActorIds = [.. events[0].ActorIds, .. unplaced] };
        return new DocumentEvents(events, leftOut);
    }

    /// <summary>
    /// Whether a time phrase dates something that happens: not the date of a dateline (the headline's event has
    /// it), not a time inside a quotation unless the quote reports a happening at it, and not a century or decade
    /// mentioned in passing. <c>resolve</c> lists every phrase; these only make no event.
    /// </summary>
    private static bool DatesAHappening(string body, Sentence sentence, ResolvedTime time)
    {
        var phrase = time.Span.Shift(-sentence.Span.Start);
        if (phrase.Start < 0 || phrase.End > sentence.Text.Length)
        {
            return true;
        }

        if (time.Text.All(char.IsDigit) && time.Text.Length <= 2)
        {
            // A bare "16" read as a day ("16 per cent", "aged 16") names no day a reader could point to.
            return false;
        }

        if (sentence.Index == 0 && phrase.End <= Dateline.Length(sentence.Text))
        {
            return false;
        }

        if (QuotedTime.IsInsideQuote(body, time.Span.Start) && !QuotedTime.ReportsHappening(sentence.Text, phrase))
        {
            return false;
        }

        return !PassingSpan.IsPassing(sentence.Text, phrase, time);
    }

    /// <summary>The first person the sentence names before <paramref name="clauseStart"/> (sentence-relative), if any.</summary>
    private static string? PersonBefore(IEnumerable<EntityMention> mentions, Sentence sentence, int clauseStart, IReadOnlyDictionary<string, Actor> actors) =>
        clauseStart <= 0 ? null : FirstPerson(mentions.Where(m => m.Span.End - sentence.Span.Start <= clauseStart), actors);

    private static EventEvidence Evidence(int documentIndex, string sentence, TextSpan phrase, ResolvedTime time)
    {
        var (text, span) = EvidenceWindow.Around(sentence, phrase);
        return new EventEvidence(documentIndex, text, span, time.Text, time.Explanation);
    }

    /// <summary>The name a reader knows a person by in this text: the one-word name the text uses, else the full name.</summary>
    internal static string ShortName(Actor actor) => ShortName(actor, null);

    /// <param name="actor">The actor.</param>
    /// <param name="text">The document's text: a one-word alias counts only where this text uses it alone, not as
    /// part of the whole name ("Uribe" of "Uribe Turbay", "Siti" of "Siti Nurhaliza Tanjung"), since aliases can
    /// come from other documents or from the merge of one person's names. Null takes every alias.</param>
    internal static string ShortName(Actor actor, string? text)
    {
        if (actor.Kind == ActorKind.Organization)
        {
            return actor.Aliases.FirstOrDefault(a => a.Length <= 6 && a.All(char.IsUpper)) ?? actor.Name;
        }

        // A name the text never shortens is given whole: which part is the family name is not known from its shape
        // ("Kim Min-seok", "Koizumi Junichiro", "Ferdinand Marcos Jr"), and a title must not drop it.
        return actor.Aliases.FirstOrDefault(a => !a.Contains(' ', StringComparison.Ordinal) && (text is null || UsedAlone(text, a, actor.Name))) ?? actor.Name;
    }

    /// <summary>Whether <paramref name="text"/> uses <paramref name="word"/> once at least without another word of <paramref name="name"/> beside it.</summary>
    private static bool UsedAlone(string text, string word, string name)
    {
        var parts = name.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(p => p != word).ToHashSet(StringComparer.OrdinalIgnoreCase); // "De Lille" is "de Lille"
        for (int at = text.IndexOf(word, StringComparison.Ordinal); at >= 0; at = text.IndexOf(word, at + 1, StringComparison.Ordinal))
        {
            int end = at + word.Length;
            if ((at > 0 && char.IsLetterOrDigit(text[at - 1])) || (end < text.Length && char.IsLetterOrDigit(text[end])))
            {
                continue; // inside a longer word
            }

            if (!parts.Contains(WordBefore(text, at)) && !parts.Contains(WordAfter(text, end)))
            {
                return true;
            }
        }

        return false;
    }

    private static string WordBefore(string text, int at)
    {
        int end = at;
        while (end > 0 && text[end - 1] == ' ')
        {
            end--;
        }

        int start = end;
        while (start > 0 && !char.IsWhiteSpace(text[start - 1]))
        {
            start--;
        }

        return text[start..end];
    }

    private static string WordAfter(string text, int end)
    {
        int start = end;
        while (start < text.Length && text[start] == ' ')
        {
            start++;
        }

        int stop = start;
        while (stop < text.Length && !char.IsWhiteSpace(text[stop]) && text[stop] is not (',' or '.' or ';' or ':' or '\'' or '\u2019'))
        {
            stop++;
        }

        return text[start..stop];
    }

    /// <summary>
    /// The person an event is about: the one its title opens with ("Kellogg arrived in Kyiv", not "Trump" of
    /// "Trump's envoy"), else its first person.
    /// </summary>
    private static string? Subject(TimelineEvent e, IReadOnlyDictionary<string, Actor> actors, IReadOnlyDictionary<string, string> shortNames)
    {
        var people = e.ActorIds.Where(id => actors.GetValueOrDefault(id)?.Kind == ActorKind.Person).ToList();
        return people.FirstOrDefault(id => shortNames.GetValueOrDefault(id) is { } name && e.Title.StartsWith(name + " ", StringComparison.Ordinal)) ?? people.FirstOrDefault();
    }

    private static string? FirstPerson(IEnumerable<EntityMention> mentions, IReadOnlyDictionary<string, Actor> actors) =>
        mentions.Where(m => m.Kind == EntityKind.Actor && actors.GetValueOrDefault(m.Id)?.Kind == ActorKind.Person).Select(m => m.Id).FirstOrDefault();

    /// <summary>
    /// The sentence's subject as far as names tell: its first person not in the possessive ("Trump's special envoy,
    /// Keith Kellogg, arrived" is about Kellogg).
    /// </summary>
    private static string? FirstPerson(IEnumerable<EntityMention> mentions, IReadOnlyDictionary<string, Actor> actors, string body) =>
        FirstPerson(mentions.Where(m => !IsPossessive(body, m.Span.End)), actors) ?? FirstPerson(mentions, actors);

    private static bool IsPossessive(string body, int end) =>
        end + 1 < body.Length && body[end] is '\'' or '\u2019' && body[end + 1] == 's';

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
