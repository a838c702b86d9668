using NodaTime;
using NodaTime.Text;
using TimelineApp.Core.Documents;
using TimelineApp.Core.Entities;
using TimelineApp.Core.Events;
using TimelineApp.Core.Pipeline;
using TimelineApp.Core.Tests.Acceptance;

namespace TimelineApp.Core.Tests.Events;

/// <summary>
/// The blocked merge (by day and word) against the all-pairs merge it replaced, on every dump we have; its own
/// rules on small cases; identical rows; progress.
/// </summary>
public sealed class EventMergerTests
{
    public static TheoryData<string> Dumps() => [.. DumpRun.ExpectedFiles(DumpRun.SeedsFolder).Concat(DumpRun.ExpectedFiles(DumpRun.OwnDumpsFolder))];

    [Theory]
    [MemberData(nameof(Dumps))]
    public void OnRealDumps_BlockingMergesWhatComparingAllPairsMerged(string expectedPath)
    {
        var events = EventsBeforeMerge(expectedPath);

        var allPairs = AllPairsMerger.Merge(events);
        var blocked = EventMerger.Merge(events);

        Assert.True(allPairs.Count < events.Count || events.Count < 3, "the dump should give the merge something to do");
        Assert.Equal(allPairs.Select(Describe), blocked.Select(Describe));
    }

    [Fact]
    public void ReportsOfOneHappeningFromTwoDocuments_AreOneEvent_AndUnrelatedOnesAreNot()
    {
        var a = Dated("d0-s0", 0, "Dock workers ended a strike at Rotterdam port on Saturday after a wage deal.", "Dock workers ended a strike", ["NLD"]);
        var b = Dated("d1-s0", 1, "Rotterdam dock workers ended their strike on Saturday following a wage deal.", "Rotterdam dock workers ended their strike", ["NLD"]);
        var c = Dated("d2-s0", 2, "Farmers blocked roads near Brussels on Saturday.", "Farmers blocked roads", ["BEL"]);

        var merged = EventMerger.Merge([a, b, c]);

        Assert.Equal(2, merged.Count);
        Assert.Equal([0, 1], merged[0].DocumentIndexes);
        Assert.Equal(2, merged[0].Evidence.Count);
    }

    [Fact]
    public void TheSameSentenceInOneDocument_IsOneRow_WithOneEvidence()
    {
        var first = Dated("d0-s0", 0, "Dock workers ended a strike on Saturday.", "Dock workers ended a strike", []);
        var again = first with { Id = "d0-s7" };

        var merged = EventMerger.Merge([first, again]);

        var row = Assert.Single(merged);
        Assert.Single(row.Evidence);
    }

    [Fact]
    public void IdenticalHeadlinesOfOneSource_AreOneRow_ButOfTwoSourcesStayTwo()
    {
        var h0 = Headline("d0-h", 0, "Port strike ends");
        var h1 = Headline("d1-h", 1, "Port strike ends");
        var h2 = Headline("d2-h", 2, "Port strike ends");

        var merged = EventMerger.Merge([h0, h1, h2], ["Harbour News", "Harbour News", "Wire"], progress: null);

        Assert.Equal(2, merged.Count);
        Assert.Equal([0, 1], merged[0].DocumentIndexes);
        Assert.Equal([2], merged[1].DocumentIndexes);
    }

    [Fact]
    public void ReportsProgress_UpToEveryEvent()
    {
        var events = Enumerable.Range(0, 600).Select(i => Dated($"d{i}-s0", i, $"Berth {i} reopened on Saturday after repairs number {i}.", $"Berth {i} reopened", [])).ToList();
        var reported = new List<int>();

        EventMerger.Merge(events, sources: null, new SyncProgress<int>(reported.Add));

        Assert.True(reported.Count >= 2);
        Assert.Equal(600, reported[^1]);
        Assert.Equal(reported.Order(), reported);
    }

    [Fact]
    public void ThePipeline_ReportsMergingAsEventsMergedOfAllEvents()
    {
        var reports = new List<PipelineProgress>();
        var dump = Benchmarks.Hostile.HostileShapes.Make("near-copies", 30);

        var result = DumpRun.Pipeline.Process(dump, Benchmarks.Hostile.HostileRun.Capture, new SyncProgress<PipelineProgress>(reports.Add), TestContext.Current.CancellationToken);

        var merging = reports.Where(r => r.Stage == PipelineStage.MergingEvents).ToList();
        Assert.True(merging.Count >= 2);
        Assert.All(merging, r => Assert.Equal(merging[0].Total, r.Total));
        Assert.Equal(merging[0].Total, merging[^1].Done);
        Assert.True(merging[0].Total > result.Events.Count, "thirty copies of one story should merge");
    }

    [Fact]
    public void AThousandNearCopies_MergeIntoAHandfulOfEvents()
    {
        var copies = Enumerable.Range(0, 1_000)
            .Select(i => Dated($"d{i}-s0", i, $"Dock workers at the port ended a strike on Saturday after a wage deal covering {1_200 + i} workers.", "Dock workers ended a strike", ["NLD"]))
            .ToList();

        var merged = EventMerger.Merge(copies);

        var one = Assert.Single(merged);
        Assert.Equal(1_000, one.DocumentIndexes.Count);
    }

    private static readonly LocalDate Saturday = new(2025, 7, 12);

    private static TimelineEvent Dated(string id, int document, string sentence, string title, IReadOnlyList<string> countries)
    {
        int at = sentence.IndexOf("Saturday", StringComparison.Ordinal);
        var start = Saturday.AtStartOfDayInZone(DateTimeZone.Utc).ToInstant();
        return new TimelineEvent(id, start, start + Duration.FromDays(1), Saturday, Saturday, Core.Dates.TimePrecision.Day, false, "2025-07-12", title,
            [new EventEvidence(document, sentence, new Core.Text.TextSpan(at, at + 8), "Saturday", "the most recent Saturday")], [], countries, [], [document]);
    }

    private static TimelineEvent Headline(string id, int document, string title)
    {
        var at = Instant.FromUtc(2025, 7, 14, 9, 0);
        return new TimelineEvent(id, at, at, new LocalDate(2025, 7, 14), new LocalDate(2025, 7, 14), Core.Dates.TimePrecision.Instant, false, "2025-07-14T09:00", title,
            [new EventEvidence(document, title, null, null, "headline")], [], [], [], [document]);
    }

    private static string Describe(TimelineEvent e) =>
        $"{e.Id} {e.FirstDay}..{e.LastDay} [{string.Join(',', e.DocumentIndexes)}] {e.Evidence.Count} evidence, {e.ActorIds.Count} actors, {e.CountryCodes.Count} countries: {e.Title}";

    // The events the pipeline builds for a dump, before it merges them.
    private static IReadOnlyList<TimelineEvent> EventsBeforeMerge(string expectedPath)
    {
        IReadOnlyList<TimelineEvent> seen = [];
        var pipeline = new TimelinePipeline(DumpRun.Pipeline.Resolver, EntityFinderFactory.CreateDefault(), CountryCatalog.Default)
        {
            Merger = (events, sources, progress) => (seen = events),
        };
        var expected = ExpectedDump.Load(expectedPath);
        string dump = Path.Combine(Path.GetDirectoryName(expectedPath)!, expected.Dump);
        var captured = InstantPattern.ExtendedIso.Parse(expected.Captured).GetValueOrThrow();
        pipeline.Process(File.ReadAllBytes(dump), new Capture(captured, DateTimeZoneProviders.Tzdb[expected.Zone]), cancellationToken: TestContext.Current.CancellationToken);
        return seen;
    }

    private sealed class SyncProgress<T>(Action<T> report) : IProgress<T>
    {
        public void Report(T value) => report(value);
    }
}
