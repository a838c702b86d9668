using Microsoft.Data.Sqlite;
using NodaTime;
using TimelineApp.Data.Storage;
using TimelineApp.Web.Services;
using TimelineApp.Web.Tests.Support;

namespace TimelineApp.Web.Tests.Services;

/// <summary>The shared dataset cache: bounded, one load per dataset, and nothing kept of a load that failed.</summary>
public sealed class TimelineCacheTests
{
    private static readonly StoredTimeline Timeline = TestTimelines.Timeline([TestTimelines.Event("a", new LocalDate(2025, 7, 1), new LocalDate(2025, 7, 1))]);

    [Fact]
    public async Task ATransientDatabaseError_DoesNotStickToTheDataset()
    {
        int loads = 0;
        using var cache = new TimelineCache((_, _) => ++loads == 1 ? throw new SqliteException("database is locked", 5) : Task.FromResult<StoredTimeline?>(Timeline));
        var id = Timeline.Dataset.Id;

        await Assert.ThrowsAsync<SqliteException>(() => cache.GetAsync(id));
        var second = await cache.GetAsync(id);
        var third = await cache.GetAsync(id);

        Assert.Same(Timeline, second);
        Assert.Same(Timeline, third);
        Assert.Equal(2, loads); // failed once, loaded once, then served from the cache
    }

    [Fact]
    public async Task ADatasetNotReadyYet_IsAskedForAgain_NotRememberedAsMissing()
    {
        int loads = 0;
        using var cache = new TimelineCache((_, _) => Task.FromResult(++loads == 1 ? null : Timeline));

        Assert.Null(await cache.GetAsync(Timeline.Dataset.Id));
        Assert.Same(Timeline, await cache.GetAsync(Timeline.Dataset.Id));
    }

    [Fact]
    public async Task ViewersAskingAtOnce_ShareOneLoad()
    {
        int loads = 0;
        var gate = new TaskCompletionSource<StoredTimeline?>(TaskCreationOptions.RunContinuationsAsynchronously);
        using var cache = new TimelineCache((_, _) =>
        {
            Interlocked.Increment(ref loads);
            return gate.Task;
        });

        var viewers = Enumerable.Range(0, 5).Select(_ => cache.GetAsync(Timeline.Dataset.Id)).ToList();
        gate.SetResult(Timeline);

        Assert.All(await Task.WhenAll(viewers), t => Assert.Same(Timeline, t));
        Assert.Equal(1, loads);
    }

    [Fact]
    public async Task ItIsBounded_ADatasetBiggerThanTheLimitIsNotKept_AndInvalidateForgets()
    {
        int loads = 0;
        using var small = new TimelineCache((_, _) => Task.FromResult<StoredTimeline?>(Timeline with { }), new TimelineCacheOptions { SizeLimit = 2 });
        using var roomy = new TimelineCache(
            (_, _) =>
            {
                loads++;
                return Task.FromResult<StoredTimeline?>(Timeline);
            },
            new TimelineCacheOptions { SizeLimit = 100 });

        var first = await small.GetAsync(Timeline.Dataset.Id);
        var second = await small.GetAsync(Timeline.Dataset.Id);
        Assert.NotSame(first, second); // 1 document + 1 event + 1 > 2: loaded each time, never held
        Assert.Equal(0, small.Count);

        await roomy.GetAsync(Timeline.Dataset.Id);
        await roomy.GetAsync(Timeline.Dataset.Id);
        Assert.Equal(1, loads);
        roomy.Invalidate(Timeline.Dataset.Id);
        await roomy.GetAsync(Timeline.Dataset.Id);
        Assert.Equal(2, loads);
    }

    [Fact]
    public void UnfilteredFacets_AreKeptWithTheirDatasetCopy_NotInAStaticTable()
    {
        var copy = Timeline with { };

        var once = TimelineFacets.For(Timeline, new TimelineQuery());
        var again = TimelineFacets.For(Timeline, new TimelineQuery());
        var ofCopy = TimelineFacets.For(copy, new TimelineQuery());

        Assert.Same(once, again);
        Assert.NotSame(once, ofCopy);
        Assert.Equal(once.Sources, ofCopy.Sources);
        Assert.Equal(once.Countries, ofCopy.Countries);
    }
}
