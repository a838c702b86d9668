using Microsoft.Data.Sqlite;
using TimelineApp.Core.Pipeline;
using TimelineApp.Data.Entities;
using TimelineApp.Data.Ingest;

namespace TimelineApp.Data.Tests.Ingest;

/// <summary>The one retry policy of ingest (Polly), directly: what is retried, how often, after which waits.</summary>
public sealed class IngestRetryTests
{
    private static readonly IngestLimits Limits = new() { RetryDelay = TimeSpan.FromMilliseconds(5), MaxAttempts = 3 };

    private static JobSnapshot Job(JobStatus status, string? error = null) => new(Guid.NewGuid(), Guid.NewGuid(), status, PipelineStage.Reading, 0, 0, error);

    [Fact]
    public async Task ATransientFault_IsRetriedWithDoublingWaits_UntilTheRunSucceeds()
    {
        var retries = new List<IngestRetry.Retrying>();
        var pipeline = IngestRetry.Create(Limits, retries.Add);
        int calls = 0;

        var result = await pipeline.ExecuteAsync<JobSnapshot?>(
            _ => ++calls <= 2 ? throw new SqliteException("database is locked", 5) : ValueTask.FromResult<JobSnapshot?>(Job(JobStatus.Succeeded)),
            TestContext.Current.CancellationToken);

        Assert.Equal(JobStatus.Succeeded, result!.Status);
        Assert.Equal(3, calls);
        Assert.Equal([TimeSpan.FromMilliseconds(5), TimeSpan.FromMilliseconds(10)], retries.Select(r => r.Delay));
        Assert.All(retries, r => Assert.Contains("busy", r.Reason, StringComparison.Ordinal));
    }

    [Fact]
    public async Task AJobQueuedAgainWithANote_IsRunAgain_AtMostMaxAttemptsTimes()
    {
        var retries = new List<IngestRetry.Retrying>();
        var pipeline = IngestRetry.Create(Limits, retries.Add);
        int calls = 0;

        var result = await pipeline.ExecuteAsync<JobSnapshot?>(
            _ =>
            {
                calls++;
                return ValueTask.FromResult<JobSnapshot?>(Job(JobStatus.Queued, "Will try again shortly: busy."));
            },
            TestContext.Current.CancellationToken);

        Assert.True(result!.IsWaitingToRetry);
        Assert.Equal(Limits.MaxAttempts + 1, calls);
        Assert.Equal("Will try again shortly: busy.", retries[0].Reason);
    }

    [Fact]
    public async Task APermanentFault_OrAnEndedRun_IsNotRetried()
    {
        var retries = new List<IngestRetry.Retrying>();
        var pipeline = IngestRetry.Create(Limits, retries.Add);
        int calls = 0;

        await Assert.ThrowsAsync<SqliteException>(async () => await pipeline.ExecuteAsync<JobSnapshot?>(
            _ =>
            {
                calls++;
                throw new SqliteException("attempt to write a readonly database", 8);
            },
            TestContext.Current.CancellationToken));
        var failed = await pipeline.ExecuteAsync<JobSnapshot?>(_ => ValueTask.FromResult<JobSnapshot?>(Job(JobStatus.Failed, "bad file")), TestContext.Current.CancellationToken);
        var gone = await pipeline.ExecuteAsync<JobSnapshot?>(_ => ValueTask.FromResult<JobSnapshot?>(null), TestContext.Current.CancellationToken);

        Assert.Equal(1, calls);
        Assert.Equal(JobStatus.Failed, failed!.Status);
        Assert.Null(gone);
        Assert.Empty(retries);
    }
}
