using System.Text;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using TimelineApp.Data.Entities;
using TimelineApp.Data.Ingest;
using TimelineApp.Data.Storage;
using TimelineApp.Web.Services;
using TimelineApp.Web.Tests.Support;

namespace TimelineApp.Web.Tests.Services;

/// <summary>
/// Rows of the fault matrix (../shared/design/reliability-anchors.md §6) that concern storage and ingestion,
/// at the service level, on both providers. The row number is in each test's name.
/// </summary>
public sealed class FaultTests
{
    public static TheoryData<string> Providers => StorageProvider.Providers;

    private static readonly byte[] Dump = Encoding.UTF8.GetBytes(Fixtures.Dump);

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Row02_UploadLargerThanTheLimit_IsCutOffByTheByteCounter_NothingStored(string provider)
    {
        // What the server reads is counted, whatever size the browser claimed: a 50 MB stream against the 20 MB default.
        var limits = new IngestLimits();
        await using var storage = await StorageProvider.CreateAsync(provider, limits);
        var ct = TestContext.Current.CancellationToken;
        var upload = new GeneratedUpload(Dump, length: 50L * 1024 * 1024);

        var error = await Assert.ThrowsAsync<IngestRejectedException>(() => storage.Ingest.SubmitAsync(upload, "big", Fixtures.Capture, "u", ct));

        Assert.Contains("20 MB", error.Message, StringComparison.Ordinal);
        Assert.InRange(upload.BytesRead, limits.MaxUploadBytes, limits.MaxUploadBytes + (30 * 1024)); // stopped at the limit, one read buffer over at most
        await AssertNothingStoredAsync(storage, ct);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Row13_TwentyConcurrentUploads_AreAllStoredAndProcessed_PerUserCapHolds(string provider)
    {
        await using var storage = await StorageProvider.CreateAsync(provider, new IngestLimits { MaxConcurrentJobsPerOwner = 2 });
        var ct = TestContext.Current.CancellationToken;

        // 20 uploads at once from 10 users (two each, the cap): every second one repeats bytes another user sends
        // at the same moment, so concurrent writers and the shared content-addressed dump are both exercised.
        var submitted = await Task.WhenAll(Enumerable.Range(0, 20).Select(i => Task.Run(
            () =>
            {
                byte[] bytes = Encoding.UTF8.GetBytes(Fixtures.Dump + (i % 2 == 0 ? string.Empty : $"\nNote {i}\nThe board met on Monday to discuss item {i}.\n"));
                return storage.Ingest.SubmitAsync(new MemoryStream(bytes), $"upload {i}", Fixtures.Capture, $"user{i % 10}", ct);
            },
            ct)));
        var overCap = await Assert.ThrowsAsync<IngestRejectedException>(() => storage.Ingest.SubmitAsync(new MemoryStream(Dump), "third", Fixtures.Capture, "user0", ct));
        Assert.Contains("in progress", overCap.Message, StringComparison.Ordinal);

        // One worker, one writer, as in the app.
        foreach (var job in submitted)
        {
            Assert.Equal(JobStatus.Succeeded, (await storage.Ingest.ProcessAsync(job.Id, ct)).Status);
        }

        await using var db = await storage.Contexts.CreateDbContextAsync(ct);
        Assert.Equal(20, await db.Datasets.CountAsync(d => d.Status == DatasetStatus.Ready, ct));
        Assert.Equal(11, await db.Dumps.CountAsync(ct)); // ten distinct dumps plus the shared one
    }

    [Fact]
    public async Task Row15_SqliteLockedByAnotherWriter_IngestWaitsForIt_AndReadsGoOn()
    {
        await using var storage = await StorageProvider.CreateAsync("Sqlite");
        var ct = TestContext.Current.CancellationToken;
        var job = await storage.Ingest.SubmitAsync(new MemoryStream(Dump), "locked", Fixtures.Capture, null, ct);
        string connectionString;
        await using (var db = await storage.Contexts.CreateDbContextAsync(ct))
        {
            connectionString = db.Database.GetConnectionString()!;
        }

        // Another process holds the write lock (BEGIN IMMEDIATE) until the ingest has come to it, well inside the 30 s busy timeout.
        await using var other = new SqliteConnection(connectionString);
        await other.OpenAsync(ct);
        await using (var begin = other.CreateCommand())
        {
            begin.CommandText = "BEGIN IMMEDIATE;";
            await begin.ExecuteNonQueryAsync(ct);
        }

        // Microsoft.Data.Sqlite runs "async" calls synchronously, so the waiting ingest gets a thread of its own, as in the worker.
        var writeStarted = new WriteStarted();
        await using var watched = storage.Reopen("Pooling=False", interceptors: writeStarted);
        var processing = Task.Run(() => watched.Ingest.ProcessAsync(job.Id, ct), ct);
        Assert.NotEmpty(await storage.Store.ListAsync(ct)); // WAL: readers are not blocked by the writer

        // The ingest reaches the lock (its first write starts while the other writer holds it); only then is it released.
        await writeStarted.Started.WaitAsync(TimeSpan.FromSeconds(60), ct);
        await using (var rollback = other.CreateCommand())
        {
            rollback.CommandText = "ROLLBACK;";
            await rollback.ExecuteNonQueryAsync(ct);
        }

        var done = await processing;
        Assert.Equal(JobStatus.Succeeded, done.Status);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Row15_WriteLockHeldPastTheBusyTimeout_TheWorkerRetriesWithBackoff_AndTheJobSucceedsAfterRelease(string provider)
    {
        await using var storage = await StorageProvider.CreateAsync(provider);
        var ct = TestContext.Current.CancellationToken;
        var job = await storage.Ingest.SubmitAsync(new MemoryStream(Dump), "locked", Fixtures.Capture, null, ct);

        // The worker's connections give up on a lock after 1 s (the app waits 30 s); attempts are generous so that the
        // test, not the bound, decides when the lock goes away.
        var limits = new IngestLimits { RetryDelay = TimeSpan.FromMilliseconds(100), MaxAttempts = 20 };
        await using var impatient = storage.Reopen(provider == "Sqlite" ? "Default Timeout=1" : "Options=-c lock_timeout=1000", limits);
        var log = impatient.RunnerLog;
        var workerLog = new RecordingLogger<IngestWorker>();
        var finished = new TaskCompletionSource<JobSnapshot>(TaskCreationOptions.RunContinuationsAsynchronously);
        using var watch = impatient.Get<JobNotifications>().Subscribe(job.Id, j =>
        {
            if (j.IsFinal)
            {
                finished.TrySetResult(j);
            }
        });
        using var worker = IngestWorkers.Create(impatient, limits, workerLog);

        await using (var other = await OtherWriter.TakeAsync(storage, "IngestJobs"))
        {
            await worker.StartAsync(ct); // its start-up recovery offers the queued job
            impatient.Get<JobChannel>().Enqueue(job.Id);

            // Twice refused, twice retried (Polly, IngestRetry): the worker survives the fault and keeps trying, and readers are not blocked.
            await log.WaitForAsync(m => m.Contains("will be tried again", StringComparison.Ordinal), times: 2, ct);
            Assert.NotEmpty(await storage.Store.ListAsync(ct));
            Assert.False(worker.ExecuteTask!.IsCompleted);
            Assert.Contains(log.Messages, m => m.Contains("busy", StringComparison.Ordinal));
            await other.ReleaseAsync();
        }

        var done = await finished.Task.WaitAsync(TimeSpan.FromMinutes(2), ct); // a safety net, not a budget
        Assert.Equal(JobStatus.Succeeded, done.Status);
        Assert.Null(done.Error);
        Assert.DoesNotContain(workerLog.Messages, m => m.Contains("could not be run", StringComparison.Ordinal));
        await worker.StopAsync(ct);
    }

    [Fact]
    public async Task Row15_ResultTablesLockedWhileSaving_JobIsQueuedAgainWithANote_ThenFailsWhenItsAttemptsRunOut()
    {
        // PostgreSQL locks tables, so the job can be claimed and its status written while the result tables stay
        // locked: the path where the fault is recorded on the job row. (SQLite has one lock for the whole file; there
        // the claim itself is refused, which the worker test above covers.)
        await using var storage = await StorageProvider.CreateAsync("Postgres");
        var ct = TestContext.Current.CancellationToken;
        var job = await storage.Ingest.SubmitAsync(new MemoryStream(Dump), "locked results", Fixtures.Capture, null, ct);
        await using var impatient = storage.Reopen("Options=-c lock_timeout=1000", new IngestLimits { MaxAttempts = 2 });
        await using var other = await OtherWriter.TakeAsync(storage, "Documents", "Events");

        var first = await impatient.Ingest.ProcessAsync(job.Id, ct);
        Assert.True(first.IsWaitingToRetry);
        Assert.Equal(1, first.Attempts);
        Assert.Equal("Will try again shortly: the database was busy or briefly unavailable.", first.Error);
        Assert.NotEmpty(await storage.Store.ListAsync(ct));

        var second = await impatient.Ingest.ProcessAsync(job.Id, ct);
        Assert.Equal(JobStatus.Failed, second.Status);
        Assert.Equal("Could not save the result after 2 attempts: the database was busy or briefly unavailable. The uploaded file is kept and can be re-processed.", second.Error);
        await other.ReleaseAsync();
        await using var db = await storage.Contexts.CreateDbContextAsync(ct);
        Assert.Equal(1, await db.Dumps.CountAsync(ct));
        Assert.Equal(0, await db.Documents.CountAsync(ct));
        Assert.Equal(DatasetStatus.Failed, (await db.Datasets.SingleAsync(ct)).Status);
    }

    [Fact]
    public async Task Row15_DiskFullWhileSaving_FailsTheJobWithAMessage_KeepsTheFile_WritesNothingHalf()
    {
        await using var storage = await StorageProvider.CreateAsync("Sqlite");
        var ct = TestContext.Current.CancellationToken;
        var job = await storage.Ingest.SubmitAsync(new MemoryStream(Encoding.UTF8.GetBytes(ManyArticles(40))), "full", Fixtures.Capture, null, ct);
        await using var full = storage.Reopen("Pooling=False", interceptors: new SqliteSizeCap());

        var done = await full.Ingest.ProcessAsync(job.Id, ct);

        Assert.Equal(JobStatus.Failed, done.Status);
        Assert.Equal("Could not save the result: the database or its disk is full. The uploaded file is kept and can be re-processed once that is fixed.", done.Error);
        await using var db = await storage.Contexts.CreateDbContextAsync(ct);
        Assert.Equal(1, await db.Dumps.CountAsync(ct));
        Assert.Equal(0, await db.Documents.CountAsync(ct));
        Assert.Equal(0, await db.Events.CountAsync(ct));
        Assert.Equal(0, await db.Actors.CountAsync(ct));
        Assert.Equal(DatasetStatus.Failed, (await db.Datasets.SingleAsync(ct)).Status);
        Assert.Equal(["ok"], await db.Database.SqlQueryRaw<string>("PRAGMA integrity_check").ToListAsync(ct));

        // /health says so, with the reason, until a write succeeds again.
        var health = await new StorageWritableCheck(full.Get<StorageFaults>()).CheckHealthAsync(new(), ct);
        Assert.Equal(Microsoft.Extensions.Diagnostics.HealthChecks.HealthStatus.Unhealthy, health.Status);
        Assert.Equal("Writes are refused: the database or its disk is full.", health.Description);

        // Once there is room again, the kept file is processed as if nothing had happened.
        var again = await storage.Ingest.ReprocessAsync(done.DatasetId, Fixtures.Capture, null, ct);
        Assert.Equal(JobStatus.Succeeded, (await storage.Ingest.ProcessAsync(again.Id, ct)).Status);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Row15_ReadOnlyDatabase_RefusesUploadsClearly_AndLeavesQueuedJobsForWhenItIsWritable(string provider)
    {
        await using var storage = await StorageProvider.CreateAsync(provider);
        var ct = TestContext.Current.CancellationToken;
        var job = await storage.Ingest.SubmitAsync(new MemoryStream(Dump), "before", Fixtures.Capture, null, ct);
        // Root ignores file modes, so the read-only file is opened read-only (SQLite's own check, SQLITE_READONLY);
        // on PostgreSQL every transaction is read-only (SQLSTATE 25006), as on a hot standby.
        await using var readOnly = storage.Reopen(provider == "Sqlite" ? "Mode=ReadOnly" : "Options=-c default_transaction_read_only=on");

        var refused = await Assert.ThrowsAsync<IngestRejectedException>(() => readOnly.Ingest.SubmitAsync(new MemoryStream(Encoding.UTF8.GetBytes(Fixtures.Dump + "\nmore")), "after", Fixtures.Capture, null, ct));
        Assert.Equal("Nothing was uploaded: the database is read-only. It has to be fixed on the server before uploads can work again.", refused.Message);
        Assert.Equal("the database is read-only", readOnly.Get<StorageFaults>().Current?.Reason); // what /health reports

        // The job cannot even be claimed: the fault says why, and the job stays queued with its file, not lost.
        var error = await Assert.ThrowsAnyAsync<Exception>(() => readOnly.Ingest.ProcessAsync(job.Id, ct));
        Assert.Equal(new DatabaseFault(false, "the database is read-only"), DatabaseFault.Of(error));
        Assert.NotEmpty(await readOnly.Store.ListAsync(ct));
        Assert.Equal(JobStatus.Queued, (await storage.Ingest.GetAsync(job.Id, ct))!.Status);
        Assert.Equal(JobStatus.Succeeded, (await storage.Ingest.ProcessAsync(job.Id, ct)).Status);
        await using var db = await storage.Contexts.CreateDbContextAsync(ct);
        Assert.Equal(1, await db.Datasets.CountAsync(ct));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Row17_UploadBrokenOffMidway_LeavesNoJobNoDumpNoDataset_AndTheRetryIsAccepted(string provider)
    {
        await using var storage = await StorageProvider.CreateAsync(provider);
        var ct = TestContext.Current.CancellationToken;

        await Assert.ThrowsAsync<IOException>(() => storage.Ingest.SubmitAsync(new GeneratedUpload(Dump, Dump.Length, failAfter: Dump.Length / 2), "dropped", Fixtures.Capture, "u", ct));
        await AssertNothingStoredAsync(storage, ct);

        var retry = await storage.Ingest.SubmitAsync(new GeneratedUpload(Dump, Dump.Length), "dropped", Fixtures.Capture, "u", ct);
        Assert.Equal(JobStatus.Succeeded, (await storage.Ingest.ProcessAsync(retry.Id, ct)).Status);
    }

    private static string ManyArticles(int count) => string.Concat(Enumerable.Range(0, count).Select(i =>
        $$"""{"title":"Council meeting {{i}}","source":"Test Wire","published":"2025-07-1{{i % 4}}T09:00:00Z","text":"The council met on Monday to discuss budget item {{i}}. Members said the vote would take place next week, after a hearing on Thursday. Officials in Norway said they would follow the talks closely."}""" + "\n"));

    private static async Task AssertNothingStoredAsync(StorageProvider storage, CancellationToken ct)
    {
        await using var db = await storage.Contexts.CreateDbContextAsync(ct);
        Assert.Equal(0, await db.Dumps.CountAsync(ct));
        Assert.Equal(0, await db.Datasets.CountAsync(ct));
        Assert.Equal(0, await db.IngestJobs.CountAsync(ct));
    }
}
