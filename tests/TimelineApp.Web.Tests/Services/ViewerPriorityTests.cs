using TimelineApp.Data.Ingest;
using TimelineApp.Web.Services;

namespace TimelineApp.Web.Tests.Services;

/// <summary>An ingest pauses between documents while a view is being computed, and never for good.</summary>
public sealed class ViewerPriorityTests
{
    private static readonly TimeSpan Forever = TimeSpan.FromMinutes(5);

    [Fact]
    public async Task WhileAViewIsComputed_TheIngestWaits_AndGoesOnWhenItIsDone()
    {
        using var priority = new ViewerPriority(new IngestLimits { MaxGiveWay = Forever });
        var work = priority.BeginViewWork();

        var ingest = Task.Run(() => priority.GiveWay(CancellationToken.None), TestContext.Current.CancellationToken);
        await UntilPaused(priority);
        Assert.False(ingest.IsCompleted);

        work.Dispose();
        await ingest.WaitAsync(TimeSpan.FromSeconds(30), TestContext.Current.CancellationToken);
        Assert.Equal(0, priority.Running);
    }

    [Fact]
    public async Task UnderConstantBrowsing_TheIngestStillMovesOn()
    {
        using var priority = new ViewerPriority(new IngestLimits { MaxGiveWay = TimeSpan.FromMilliseconds(50) });
        using var neverEnds = priority.BeginViewWork();

        for (int document = 0; document < 3; document++)
        {
            await Task.Run(() => priority.GiveWay(CancellationToken.None), TestContext.Current.CancellationToken)
                .WaitAsync(TimeSpan.FromSeconds(30), TestContext.Current.CancellationToken);
        }

        Assert.Equal(1, priority.Running);
    }

    [Fact]
    public async Task OverlappingViews_HoldTheIngestUntilTheLastEnds_AndEndingTwiceCountsOnce()
    {
        using var priority = new ViewerPriority(new IngestLimits { MaxGiveWay = Forever });
        var first = priority.BeginViewWork();
        var second = priority.BeginViewWork();
        first.Dispose();
        first.Dispose();
        Assert.Equal(1, priority.Running);

        var ingest = Task.Run(() => priority.GiveWay(CancellationToken.None), TestContext.Current.CancellationToken);
        await UntilPaused(priority);
        Assert.False(ingest.IsCompleted);

        second.Dispose();
        await ingest.WaitAsync(TimeSpan.FromSeconds(30), TestContext.Current.CancellationToken);
    }

    [Fact]
    public async Task CancellingTheJob_EndsTheWait()
    {
        using var priority = new ViewerPriority(new IngestLimits { MaxGiveWay = Forever });
        using var work = priority.BeginViewWork();
        using var cancel = new CancellationTokenSource();

        var ingest = Task.Run(() => priority.GiveWay(cancel.Token), TestContext.Current.CancellationToken);
        await cancel.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => ingest.WaitAsync(TimeSpan.FromSeconds(30), TestContext.Current.CancellationToken));
    }

    // The ingest is inside its wait: with MaxGiveWay = Forever, only the end of the view work can release it.
    private static async Task UntilPaused(ViewerPriority priority)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(30));
        while (priority.Waiting == 0)
        {
            await Task.Delay(5, timeout.Token); // polls a condition; asserts nothing about elapsed time
        }
    }
}
