using System.Text;
using NodaTime;
using TimelineApp.Core.Corrections;
using TimelineApp.Core.Dates;
using TimelineApp.Core.Documents;
using TimelineApp.Core.Entities;
using TimelineApp.Core.Events;
using TimelineApp.Core.Pipeline;
using TimelineApp.Core.Samples;
using TimelineApp.Core.Tests.Acceptance;
using TimelineApp.Core.Text;

namespace TimelineApp.Core.Tests.Corrections;

/// <summary>Corrections keyed to evidence and names: applied, outliving a re-processing, orphaned when their evidence goes.</summary>
public sealed class CorrectionTests
{
    private static TimelineResult Run(Capture capture, byte[]? dump = null) => DumpRun.Pipeline.Process(dump ?? SampleDump.ReadBytes(), capture);

    private static IReadOnlyList<NewsDocument> Documents(TimelineResult r) => [.. r.Documents.Select(d => d.Document)];

    private static CorrectedTimeline Apply(TimelineResult r, params Correction[] corrections) =>
        CorrectionApplier.Apply(Documents(r), r.Events, r.Actors, corrections, r.Capture.Zone);

    private static TimelineEvent Event(TimelineResult r, string words) =>
        r.Events.First(e => e.Evidence.Any(x => x.PhraseSpan is not null && x.Sentence.Contains(words, StringComparison.Ordinal)));

    private static Actor Person(TimelineResult r, string surname) => r.Actors.Single(a => a.Name.EndsWith(surname, StringComparison.Ordinal));

    private static Correction[] ThreeCorrections(TimelineResult r) =>
    [
        new() { Kind = CorrectionKind.Date, Event = Anchors.Of(Event(r, "crested in Bratislava"), Documents(r)), Date = CorrectedDate.Day(new LocalDate(2025, 7, 7)) },
        new() { Kind = CorrectionKind.Hide, Event = Anchors.Of(Event(r, "satellite mapping"), Documents(r)) },
        new() { Kind = CorrectionKind.MergeActors, Actor = Anchors.Of(Person(r, "Horvath")), Other = Anchors.Of(Person(r, "Szabo")) },
    ];

    [Fact]
    public void ADateAHideAndAMerge_Apply_AndSayWhatThePipelineSaid()
    {
        var r = Run(SampleDump.Capture);
        var crest = Event(r, "crested in Bratislava");
        var corrected = Apply(r, ThreeCorrections(r));

        var moved = corrected.Events.Single(e => e.Id == crest.Id);
        Assert.Equal((new LocalDate(2025, 7, 7), new LocalDate(2025, 7, 7)), (moved.FirstDay, moved.LastDay));
        Assert.Equal(CorrectionApplier.Days(crest.FirstDay, crest.LastDay), Assert.Single(corrected.ByEvent[crest.Id]).PipelineValue);
        Assert.DoesNotContain(corrected.Events, e => e.Evidence.Any(x => x.Sentence.Contains("satellite mapping", StringComparison.Ordinal)));
        Assert.Single(corrected.Hidden);
        var horvath = Person(r, "Horvath");
        Assert.DoesNotContain(corrected.Actors, a => a.Name.EndsWith("Szabo", StringComparison.Ordinal));
        Assert.Contains(Person(r, "Szabo").Name, corrected.Actors.Single(a => a.Id == horvath.Id).Aliases);
        Assert.DoesNotContain(corrected.Events, e => e.ActorIds.Contains(Person(r, "Szabo").Id));
        Assert.Empty(corrected.Orphaned);
        Assert.Equal(r.Events.Count, Run(SampleDump.Capture).Events.Count); // the inputs are untouched
        Assert.Equal((crest.FirstDay, crest.LastDay), (r.Events.Single(e => e.Id == crest.Id).FirstDay, r.Events.Single(e => e.Id == crest.Id).LastDay));
    }

    [Fact]
    public void Corrections_OutliveReprocessingWithAnotherCaptureTime()
    {
        var first = Run(SampleDump.Capture);
        var corrections = ThreeCorrections(first).Select(c => CorrectionJson.Deserialize(CorrectionJson.Serialize(c))).ToArray();
        var later = Run(new Capture(SampleDump.Capture.At + Duration.FromDays(7), SampleDump.Capture.Zone));
        Assert.NotEqual(Event(first, "said on Saturday").FirstDay, Event(later, "said on Saturday").FirstDay); // the pipeline's dates did move

        var corrected = Apply(later, corrections);

        Assert.Empty(corrected.Orphaned);
        Assert.Contains(corrected.Events, e => e.Evidence.Any(x => x.Sentence.Contains("crested in Bratislava", StringComparison.Ordinal)) && e.FirstDay == new LocalDate(2025, 7, 7));
        Assert.Single(corrected.Hidden);
        Assert.Equal(later.Actors.Count - 1, corrected.Actors.Count);
    }

    [Fact]
    public void ACorrectionWhoseSentenceIsGone_IsListedAsOrphaned_NotDropped()
    {
        var r = Run(SampleDump.Capture);
        var corrections = ThreeCorrections(r);
        string text = Encoding.UTF8.GetString(SampleDump.ReadBytes()).Replace("The river crested in Bratislava on Tuesday", "The river peaked in Bratislava on Tuesday", StringComparison.Ordinal);
        var edited = Run(SampleDump.Capture, Encoding.UTF8.GetBytes(text));

        var corrected = Apply(edited, corrections);

        var orphan = Assert.Single(corrected.Orphaned);
        Assert.Equal(0, orphan.Index);
        Assert.Contains("no longer", orphan.Reason, StringComparison.Ordinal);
        Assert.Single(corrected.Hidden); // the others still apply
    }

    [Fact]
    public void AnActorAnchorThatFitsTwoPeople_IsOrphaned_AndLaterCorrectionsWin()
    {
        var day = new LocalDate(2025, 7, 1);
        var e = new TimelineEvent("e1", Instant.FromUtc(2025, 7, 1, 0, 0), Instant.FromUtc(2025, 7, 2, 0, 0), day, day, TimePrecision.Day, false, "2025-07-01", "Talks",
            [new EventEvidence(0, "Clinton met Kim on Tuesday.", new TextSpan(19, 26), "on Tuesday", "x")], ["a1", "a2"], [], [], [0]);
        var documents = new[] { new NewsDocument(0, "Wire", "Talks", "Clinton met Kim on Tuesday.", new PublicationTime(Instant.FromUtc(2025, 7, 2, 0, 0), PublicationBasis.Explicit, "x"), []) };
        Actor[] actors = [new("a1", "Bill Clinton", ActorKind.Person, null, null, ["Clinton"]), new("a2", "Hillary Clinton", ActorKind.Person, null, null, ["Clinton"])];
        var anchor = Anchors.Of(e, documents);

        var corrected = CorrectionApplier.Apply(documents, [e], actors,
        [
            new() { Kind = CorrectionKind.ActorCountry, Actor = new ActorAnchor(["Clinton"]), Country = "USA" },
            new() { Kind = CorrectionKind.Title, Event = anchor, Text = "First title" },
            new() { Kind = CorrectionKind.Title, Event = anchor, Text = "Talks in Seoul" },
            new() { Kind = CorrectionKind.Date, Event = anchor, Date = new CorrectedDate(day, day.PlusDays(2), Uncertain: true) },
        ], DateTimeZone.Utc);

        Assert.Contains("could be", Assert.Single(corrected.Orphaned).Reason, StringComparison.Ordinal);
        var talks = Assert.Single(corrected.Events);
        Assert.Equal("Talks in Seoul", talks.Title);
        Assert.Equal("\"Talks\"", corrected.ByEvent["e1"][1].PipelineValue); // the pipeline's title, not the first correction's
        Assert.True(talks.IsVague);
        Assert.Equal((day, day.PlusDays(2)), (talks.FirstDay, talks.LastDay));
        Assert.Equal(Instant.FromUtc(2025, 7, 4, 0, 0), talks.End);
    }

    [Fact]
    public void AMergeThePipelineMadeItselfSinceThen_StillHolds_NotOrphaned()
    {
        var day = new LocalDate(2025, 7, 1);
        var e = new TimelineEvent("e1", Instant.FromUtc(2025, 7, 1, 0, 0), Instant.FromUtc(2025, 7, 2, 0, 0), day, day, TimePrecision.Day, false, "2025-07-01", "Talks",
            [new EventEvidence(0, "Kopp spoke on Tuesday.", new TextSpan(12, 22), "on Tuesday", "x")], ["a1"], [], [], [0]);
        var documents = new[] { new NewsDocument(0, "Wire", "Talks", "x", new PublicationTime(Instant.FromUtc(2025, 7, 2, 0, 0), PublicationBasis.Explicit, "x"), []) };
        Actor[] now = [new("a1", "James C. Kopp", ActorKind.Person, null, null, ["James C. Kopp", "James Kopp"])];
        var made = new Correction { Kind = CorrectionKind.MergeActors, Actor = new ActorAnchor(["James C. Kopp"]), Other = new ActorAnchor(["James Kopp"]) };

        var corrected = CorrectionApplier.Apply(documents, [e], now, [made], DateTimeZone.Utc);

        Assert.Empty(corrected.Orphaned);
        Assert.Single(corrected.Actors);
        Assert.Contains("one person already", Assert.Single(corrected.ByActor["a1"]).PipelineValue, StringComparison.Ordinal);
    }

    [Fact]
    public void SplittingAnAlias_MovesTheEventsThatNameOnlyIt()
    {
        var day = new LocalDate(2025, 7, 1);
        TimelineEvent Said(string id, string sentence) => new(id, Instant.FromUtc(2025, 7, 1, 0, 0), Instant.FromUtc(2025, 7, 2, 0, 0), day, day, TimePrecision.Day, false, "2025-07-01", sentence,
            [new EventEvidence(0, sentence, new TextSpan(0, 1), "on Tuesday", "x")], ["a1"], [], [], [0]);
        var documents = new[] { new NewsDocument(0, "Wire", "Talks", "x", new PublicationTime(Instant.FromUtc(2025, 7, 2, 0, 0), PublicationBasis.Explicit, "x"), []) };
        Actor[] actors = [new("a1", "Kim Jong Un", ActorKind.Person, null, "PRK", ["Kim Jong Un", "Kim Yo Jong"])];

        var corrected = CorrectionApplier.Apply(documents, [Said("e1", "Kim Jong Un spoke on Tuesday."), Said("e2", "Kim Yo Jong said on Tuesday that talks were over.")], actors,
            [new() { Kind = CorrectionKind.SplitAlias, Actor = Anchors.Of(actors[0]), Text = "Kim Yo Jong" }], DateTimeZone.Utc);

        var sister = Assert.Single(corrected.Actors, a => a.Name == "Kim Yo Jong");
        Assert.Equal([sister.Id], corrected.Events.Single(e => e.Id == "e2").ActorIds);
        Assert.Equal(["a1"], corrected.Events.Single(e => e.Id == "e1").ActorIds);
        Assert.DoesNotContain("Kim Yo Jong", corrected.Actors.Single(a => a.Id == "a1").Aliases);
    }

    [Fact]
    public void TheJson_RoundTripsEveryKind_AndRefusesWhatItCannotRead()
    {
        var anchor = new EventAnchor("doc:wire|talks", "kim spoke on tuesday", "on tuesday");
        var actor = new ActorAnchor(["Kim Jong Un", "Kim"]);
        Correction[] all =
        [
            new() { Kind = CorrectionKind.Date, Event = anchor, Date = new CorrectedDate(new LocalDate(2025, 7, 1), new LocalDate(2025, 7, 3), true) },
            new() { Kind = CorrectionKind.Title, Event = anchor, Text = "Talks" },
            new() { Kind = CorrectionKind.Hide, Event = anchor },
            new() { Kind = CorrectionKind.Note, Event = anchor, Text = "Checked." },
            new() { Kind = CorrectionKind.MergeActors, Actor = actor, Other = new ActorAnchor(["Kim Jong-un"]) },
            new() { Kind = CorrectionKind.SplitAlias, Actor = actor, Text = "Kim" },
            new() { Kind = CorrectionKind.ActorCountry, Actor = actor, Country = "PRK" },
        ];
        foreach (var c in all)
        {
            var back = CorrectionJson.Deserialize(CorrectionJson.Serialize(c));
            Assert.Equal(CorrectionJson.Serialize(c), CorrectionJson.Serialize(back));
            Assert.Equal(c.Kind, back.Kind);
        }

        Assert.Contains("\"2025-07-01\"", CorrectionJson.Serialize(all[0]), StringComparison.Ordinal);
        Assert.Throws<FormatException>(() => CorrectionJson.Deserialize("""{"v":2,"correction":{"kind":"Hide"}}"""));
        Assert.Throws<FormatException>(() => CorrectionJson.Deserialize("""{"v":1,"correction":{"kind":"Explode"}}"""));
        Assert.Throws<FormatException>(() => CorrectionJson.Deserialize("""{"v":1,"correction":{"kind":"Hide"}}""")); // no anchor
        Assert.Throws<ArgumentException>(() => CorrectionJson.Serialize(new Correction { Kind = CorrectionKind.ActorCountry, Actor = actor, Country = "Korea" }));
    }
}
