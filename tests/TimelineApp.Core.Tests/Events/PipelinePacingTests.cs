using NodaTime;
using TimelineApp.Core.Documents;
using TimelineApp.Core.Entities;
using TimelineApp.Core.Pipeline;
using TimelineApp.Core.Tests.Acceptance;

namespace TimelineApp.Core.Tests.Events;

/// <summary>The pipeline asks its pacer between documents, so a host can put an ingest behind more urgent work.</summary>
public sealed class PipelinePacingTests
{
    private static readonly Capture Captured = new(Instant.FromUtc(2025, 7, 16, 12, 0), DateTimeZone.Utc);

    private const string ThreeArticles = """
        {"title":"Port reopens","source":"Wire A","published":"2025-07-14T09:00:00Z","text":"The port reopened on Monday after a strike."}
        {"title":"Talks resume","source":"Wire B","published":"2025-07-15T09:00:00Z","text":"Talks resumed on Tuesday in Oslo."}
        {"title":"Vote delayed","source":"Wire C","published":"2025-07-16T09:00:00Z","text":"The vote was delayed until next week."}
        """;

    [Fact]
    public void EachDocumentGivesWayOncePerStage()
    {
        var pacer = new CountingPacer();
        var pipeline = new TimelinePipeline(DumpRun.Pipeline.Resolver, EntityFinderFactory.CreateDefault(), CountryCatalog.Default, pacer: pacer);

        var result = pipeline.Process(ThreeArticles, Captured, cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(3, result.Documents.Count);
        Assert.Equal(6, pacer.Calls); // dates, then entities, for each of the three documents
    }

    [Fact]
    public void CancellingWhileGivingWay_StopsTheRun()
    {
        using var cancel = new CancellationTokenSource();
        var pacer = new CancellingPacer(cancel);
        var pipeline = new TimelinePipeline(DumpRun.Pipeline.Resolver, EntityFinderFactory.CreateDefault(), CountryCatalog.Default, pacer: pacer);

        Assert.ThrowsAny<OperationCanceledException>(() => pipeline.Process(ThreeArticles, Captured, cancellationToken: cancel.Token));
    }

    private sealed class CountingPacer : IPipelinePacer
    {
        private int _calls;

        public int Calls => _calls;

        public void GiveWay(CancellationToken cancellationToken) => Interlocked.Increment(ref _calls);
    }

    // Like a pacer whose wait is interrupted by the job's cancellation.
    private sealed class CancellingPacer(CancellationTokenSource cancel) : IPipelinePacer
    {
        public void GiveWay(CancellationToken cancellationToken)
        {
            cancel.Cancel();
            cancellationToken.ThrowIfCancellationRequested();
        }
    }
}
