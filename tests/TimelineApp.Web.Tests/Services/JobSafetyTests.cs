using System.Text;
using Microsoft.EntityFrameworkCore;
using TimelineApp.Core.Pipeline;
using TimelineApp.Data.Entities;
using TimelineApp.Data.Ingest;
using TimelineApp.Web.Tests.Support;

namespace TimelineApp.Web.Tests.Services;

/// <summary>
/// Jobs cannot take the app down: deleting or cancelling at any stage, a takeover after a lease ran out, the time
/// budget. On SQLite and PostgreSQL.
/// </summary>
public sealed class JobSafetyTests
{
    public static TheoryData<string> Providers => StorageProvider.Providers;

    public static TheoryData<string, PipelineStage> ProvidersAndStages
    {
        get
        {
            var data = new TheoryData<string, PipelineStage>();
            foreach (string provider in new[] { "Sqlite", "Postgres" })
            {
                foreach (var stage in new[] { PipelineStage.Reading, PipelineStage.ResolvingDates, PipelineStage.FindingEntities, PipelineStage.BuildingEvents, PipelineStage.MergingEvents, PipelineStage.Done })
                {
                    data.Add(provider, stage);
                }
            }

            return data;
        }
    }

    private static MemoryStream Bytes(string text) => new(Encoding.UTF8.GetBytes(text));

    [Theory]
    [MemberData(nameof(ProvidersAndStages))]
    public async Task DeletingADatasetWhileItsJobRuns_StopsTheJob_LeavesTheWorkerUp_AndTheDatasetGone(string provider, PipelineStage stage)
    {
        await using var storage = await StorageProvider.CreateAsync(provider);
        var ct = TestContext.Current.CancellationToken;
        var limits = storage.Get<IngestLimits>();
        var workerLog = new RecordingLogger<Web.Services.IngestWorker>();
        using var worker = IngestWorkers.Create(storage, limits, workerLog);
        var doomed = await storage.Ingest.SubmitAsync(Bytes(Fixtures.Dump), "doomed", Fixtures.Capture, null, ct);
        using var gate = new StageGate(storage.Get<JobNotifications>(), doomed.Id, stage, () => storage.Ingest.DeleteDatasetAsync(doomed.DatasetId).GetAwaiter().GetResult());

        await worker.StartAsync(ct);
        await gate.Reached;

        // The worker is still up: it takes the next job and finishes it.
        var next = await storage.Ingest.SubmitAsync(Bytes(Fixtures.DumpWithActor), "next", Fixtures.Capture, null, ct);
        await WaitUntilAsync(async () => (await storage.Ingest.GetAsync(next.Id, ct))!.IsFinal, ct);
        Assert.Equal(JobStatus.Succeeded, (await storage.Ingest.GetAsync(next.Id, ct))!.Status);

        Assert.False(worker.ExecuteTask!.IsCompleted);
        await worker.StopAsync(ct);
        await using var db = await storage.Contexts.CreateDbContextAsync(ct);
        Assert.False(await db.Datasets.AnyAsync(d => d.Id == doomed.DatasetId, ct));
        Assert.False(await db.IngestJobs.AnyAsync(j => j.DatasetId == doomed.DatasetId, ct));
        Assert.False(await db.Events.AnyAsync(e => e.DatasetId == doomed.DatasetId, ct));
        Assert.False(await db.Documents.AnyAsync(d => d.DatasetId == doomed.DatasetId, ct));
        Assert.Equal(1, await db.Dumps.CountAsync(ct)); // only the next dataset's
        Assert.DoesNotContain(workerLog.Messages, m => m.Contains("could not be run", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task AJobPastItsLease_IsTakenOverOnce_AndTheFirstRunnersLateEndChangesNothing(string provider)
    {
        // Two processes over one database. A's run stalls (no renewal happens within the test: its heartbeat beats on the
        // wall clock, every 40 s); B's clock passes A's lease, so B takes the job over with a new token and finishes it.
        await using var a = await StorageProvider.CreateAsync(provider);
        await using var b = a.Reopen(string.Empty);
        var ct = TestContext.Current.CancellationToken;
        var job = await a.Ingest.SubmitAsync(Bytes(Fixtures.DumpWithActor), "contested", Fixtures.Capture, null, ct);
        using var release = new ManualResetEventSlim();
        var stalled = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var gate = new StageGate(a.Get<JobNotifications>(), job.Id, PipelineStage.FindingEntities, () =>
        {
            stalled.TrySetResult();
            release.Wait(ct);
        });

        var runA = Task.Run(() => a.Get<JobRunner>().RunOnceAsync(job.Id, ct), ct);
        await stalled.Task.WaitAsync(TimeSpan.FromMinutes(2), ct);

        b.Clock.Advance(NodaTime.Duration.FromMinutes(5));
        var byB = await b.Get<JobRunner>().RunOnceAsync(job.Id, ct);
        release.Set();
        var byA = await runA;

        Assert.True(byB.RanHere);
        Assert.Equal(JobStatus.Succeeded, byB.Job!.Status);
        Assert.Equal(2, byB.Job.Attempts);
        Assert.Equal(JobStatus.Succeeded, byA.Job!.Status); // what the row says: B's end, A's own end discarded
        await using var db = await a.Contexts.CreateDbContextAsync(ct);
        var timeline = await a.Store.LoadAsync(job.DatasetId, ct);
        Assert.Equal(timeline!.Events.Count, await db.Events.CountAsync(ct)); // one run's events, not two
        Assert.Equal(timeline.Documents.Count, await db.Documents.CountAsync(ct));
        Assert.Equal(2, (await db.IngestJobs.SingleAsync(ct)).Attempts);
        Assert.Equal(b.Clock.GetCurrentInstant(), (await db.Datasets.SingleAsync(ct)).CompletedAt); // B's save stands; A's (on A's clock) was rolled back
    }

    [Fact]
    public async Task AJobRunningWhenTheAppStops_GoesBackToTheQueue_NotCancelled()
    {
        await using var storage = await StorageProvider.CreateAsync("Sqlite");
        var ct = TestContext.Current.CancellationToken;
        using var worker = IngestWorkers.Create(storage, storage.Get<IngestLimits>(), new RecordingLogger<Web.Services.IngestWorker>());
        var job = await storage.Ingest.SubmitAsync(Bytes(Fixtures.Dump), "interrupted", Fixtures.Capture, null, ct);
        using var release = new ManualResetEventSlim();
        var reached = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var gate = new StageGate(storage.Get<JobNotifications>(), job.Id, PipelineStage.FindingEntities, () =>
        {
            reached.TrySetResult();
            release.Wait(ct);
        });

        await worker.StartAsync(ct);
        await reached.Task.WaitAsync(TimeSpan.FromMinutes(2), ct);
        var stopping = worker.StopAsync(ct);
        release.Set();
        await stopping;

        var after = await storage.Ingest.GetAsync(job.Id, ct);
        Assert.Equal(JobStatus.Queued, after!.Status);
        Assert.Null(after.Error);
        Assert.Equal(DatasetStatus.Queued, (await storage.Store.FindAsync(job.DatasetId, ct))!.Status);
        Assert.Equal(JobStatus.Succeeded, (await storage.Ingest.ProcessAsync(job.Id, ct)).Status); // the next start resumes it
    }

    [Fact]
    public async Task AJobOfferedSeveralTimes_IsRunOnce_AndLoggedAsFinishedOnce()
    {
        await using var storage = await StorageProvider.CreateAsync("Sqlite");
        var ct = TestContext.Current.CancellationToken;
        var workerLog = new RecordingLogger<Web.Services.IngestWorker>();
        using var worker = IngestWorkers.Create(storage, storage.Get<IngestLimits>(), workerLog);
        var job = await storage.Ingest.SubmitAsync(Bytes(Fixtures.Dump), "popular", Fixtures.Capture, null, ct);
        var channel = storage.Get<JobChannel>();
        channel.Enqueue(job.Id);
        channel.Enqueue(job.Id);
        var marker = await storage.Ingest.SubmitAsync(Bytes(Fixtures.DumpWithActor), "after", Fixtures.Capture, null, ct); // queued behind the repeats

        await worker.StartAsync(ct); // and its recovery offers both queued jobs once more
        await workerLog.WaitForAsync(m => m.Contains(marker.Id.ToString(), StringComparison.Ordinal) && m.Contains("finished", StringComparison.Ordinal), times: 1, ct);
        await worker.StopAsync(ct);

        Assert.Single(workerLog.Messages, m => m.Contains(job.Id.ToString(), StringComparison.Ordinal) && m.Contains("finished", StringComparison.Ordinal));
        Assert.Equal(1, (await storage.Ingest.GetAsync(job.Id, ct))!.Attempts);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task ALongRun_RenewsItsLease_SoRecoveryLeavesItAlone(string provider)
    {
        await using var storage = await StorageProvider.CreateAsync(provider, new IngestLimits { Lease = TimeSpan.FromSeconds(30), Heartbeat = TimeSpan.FromMilliseconds(50) });
        var ct = TestContext.Current.CancellationToken;
        var job = await storage.Ingest.SubmitAsync(Bytes(Fixtures.Dump), "long", Fixtures.Capture, null, ct);
        using var release = new ManualResetEventSlim();
        var reached = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var gate = new StageGate(storage.Get<JobNotifications>(), job.Id, PipelineStage.FindingEntities, () =>
        {
            reached.TrySetResult();
            release.Wait(ct);
        });

        var run = Task.Run(() => storage.Ingest.ProcessAsync(job.Id, ct), ct);
        await reached.Task.WaitAsync(TimeSpan.FromMinutes(2), ct);
        storage.Clock.Advance(NodaTime.Duration.FromMinutes(10)); // far past the lease it was claimed with
        await WaitUntilAsync(async () => await LeaseUntilAsync(storage, job.Id) > storage.Clock.GetCurrentInstant(), ct);

        Assert.DoesNotContain(job.Id, await storage.Ingest.RecoverAsync(ct));
        release.Set();
        var done = await run;
        Assert.Equal(JobStatus.Succeeded, done.Status);
        Assert.Equal(1, done.Attempts);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task CancellingAQueuedJob_EndsItWithoutRunning(string provider)
    {
        await using var storage = await StorageProvider.CreateAsync(provider);
        var ct = TestContext.Current.CancellationToken;
        var job = await storage.Ingest.SubmitAsync(Bytes(Fixtures.Dump), "never", Fixtures.Capture, "browser", ct);

        Assert.True(await storage.Ingest.CancelAsync(job.Id, ct));
        Assert.False(await storage.Ingest.CancelAsync(job.Id, ct)); // already final
        var after = await storage.Ingest.ProcessAsync(job.Id, ct);

        Assert.Equal(JobStatus.Cancelled, after.Status);
        Assert.Equal(0, after.Attempts);
        Assert.Equal(DatasetStatus.Cancelled, (await storage.Store.FindAsync(job.DatasetId, ct))!.Status);
        await storage.Ingest.SubmitAsync(Bytes(Fixtures.DumpWithActor), "again", Fixtures.Capture, "browser", ct); // no longer counts against the cap
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task CancellingARunningJob_StopsThePipeline_AndWritesNothing(string provider)
    {
        await using var storage = await StorageProvider.CreateAsync(provider);
        var ct = TestContext.Current.CancellationToken;
        var job = await storage.Ingest.SubmitAsync(Bytes(Fixtures.Dump), "stop", Fixtures.Capture, null, ct);
        using var gate = new StageGate(storage.Get<JobNotifications>(), job.Id, PipelineStage.FindingEntities, () => Assert.True(storage.Ingest.CancelAsync(job.Id, ct).GetAwaiter().GetResult()));

        var run = await storage.Get<JobRunner>().RunOnceAsync(job.Id, ct);
        await gate.Reached;

        Assert.True(run.RanHere);
        Assert.Equal(JobStatus.Cancelled, run.Job!.Status);
        Assert.Equal(JobCancellation.CancelledMessage, run.Job.Error);
        await using var db = await storage.Contexts.CreateDbContextAsync(ct);
        Assert.Equal(0, await db.Events.CountAsync(ct));
        Assert.Equal(0, await db.Documents.CountAsync(ct));
        Assert.Equal(1, await db.Dumps.CountAsync(ct));
        Assert.Equal(DatasetStatus.Cancelled, (await db.Datasets.SingleAsync(ct)).Status);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task AJobPastItsTimeBudget_FailsSayingSo(string provider)
    {
        await using var storage = await StorageProvider.CreateAsync(provider, new IngestLimits { JobTimeout = TimeSpan.FromTicks(1) });
        var ct = TestContext.Current.CancellationToken;
        var job = await storage.Ingest.SubmitAsync(Bytes(Fixtures.Dump), "slow", Fixtures.Capture, null, ct);

        var done = await storage.Ingest.ProcessAsync(job.Id, ct);

        Assert.Equal(JobStatus.Failed, done.Status);
        Assert.Contains("took longer than its", done.Error, StringComparison.Ordinal);
        await using var db = await storage.Contexts.CreateDbContextAsync(ct);
        Assert.Equal(0, await db.Events.CountAsync(ct));
        Assert.Equal(DatasetStatus.Failed, (await db.Datasets.SingleAsync(ct)).Status);
    }

    [Fact]
    public async Task AStoredCaptureZoneThisAppDoesNotKnow_FailsTheJobSayingSo_NeverUtc()
    {
        await using var storage = await StorageProvider.CreateAsync("Sqlite");
        var ct = TestContext.Current.CancellationToken;
        var job = await storage.Ingest.SubmitAsync(Bytes(Fixtures.Dump), "zone", Fixtures.Capture, null, ct);
        await using (var db = await storage.Contexts.CreateDbContextAsync(ct))
        {
            await db.Datasets.ExecuteUpdateAsync(u => u.SetProperty(d => d.ZoneId, "Mars/Olympus_Mons"), ct);
        }

        var done = await storage.Ingest.ProcessAsync(job.Id, ct);

        Assert.Equal(JobStatus.Failed, done.Status);
        Assert.Contains("Mars/Olympus_Mons", done.Error, StringComparison.Ordinal);
    }

    private static async Task<NodaTime.Instant?> LeaseUntilAsync(StorageProvider storage, Guid jobId)
    {
        await using var db = await storage.Contexts.CreateDbContextAsync();
        return await db.IngestJobs.Where(j => j.Id == jobId).Select(j => j.LeaseUntil).SingleAsync();
    }

    // Waits on a condition (checked every 20 ms), failing after two minutes: a safety net, not a budget.
    private static async Task WaitUntilAsync(Func<Task<bool>> condition, CancellationToken ct)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromMinutes(2);
        while (!await condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "The condition did not come true within two minutes.");
            await Task.Delay(20, ct);
        }
    }
}
