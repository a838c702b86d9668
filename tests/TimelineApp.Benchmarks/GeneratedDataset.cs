using NodaTime;
using TimelineApp.Core.Dates;
using TimelineApp.Core.Documents;
using TimelineApp.Core.Entities;
using TimelineApp.Core.Events;
using TimelineApp.Core.Pipeline;

namespace TimelineApp.Benchmarks;

/// <summary>A deterministic synthetic timeline of a given size, shaped like real output (mixed precisions, lanes).</summary>
internal static class GeneratedDataset
{
    public static TimelineResult Create(int events, int actors, int countries, int documents = 50)
    {
        var random = new Random(20250714);
        var capture = new Capture(Instant.FromUtc(2025, 7, 14, 15, 0), DateTimeZone.Utc);
        var countryList = CountryCatalog.Default.Entries.Take(countries).Select(e => new Country(e.Code, e.Name)).ToList();
        var actorList = Enumerable.Range(0, actors)
            .Select(i => new Actor($"actor-{i}", $"Person {i}", ActorKind.Person, "Minister", countryList[i % countryList.Count].Code, [$"P{i}"]))
            .ToList();
        var docs = Enumerable.Range(0, documents)
            .Select(i => new DocumentTimes(new NewsDocument(i, $"Source {i}", $"Headline {i}", "Body.", new PublicationTime(capture.At - Duration.FromHours(i), PublicationBasis.RelativeToCapture, $"{i} hours ago"), []), []))
            .ToList();
        var start = new LocalDate(2015, 1, 1);
        var list = new List<TimelineEvent>(events);
        for (int i = 0; i < events; i++)
        {
            var first = start.PlusDays(random.Next(0, 3_800));
            var precision = (i % 10) switch { < 7 => TimePrecision.Day, 7 => TimePrecision.Week, 8 => TimePrecision.Month, _ => TimePrecision.Year };
            var last = precision switch { TimePrecision.Week => first.PlusDays(6), TimePrecision.Month => first.PlusDays(29), TimePrecision.Year => first.PlusDays(364), _ => first };
            string sentence = $"Officials of group {i % 97} met on a day to discuss item {i} of the agenda.";
            list.Add(new TimelineEvent(
                $"e{i}",
                first.AtStartOfDayInZone(DateTimeZone.Utc).ToInstant(),
                last.PlusDays(1).AtStartOfDayInZone(DateTimeZone.Utc).ToInstant(),
                first, last, precision, i % 23 == 0, "value", $"Group {i % 97} discussed item {i}",
                [new EventEvidence(i % documents, sentence, new TimelineApp.Core.Text.TextSpan(29, 34), "a day", "generated")],
                [actorList[random.Next(actors)].Id, actorList[random.Next(actors)].Id],
                [countryList[random.Next(countries)].Code],
                [],
                [i % documents]));
        }

        return new TimelineResult(capture, DumpFormat.JsonArticles, docs, list, actorList, countryList);
    }
}
