using System.Diagnostics;
using System.Text;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using TimelineApp.Data.Entities;
using TimelineApp.Data.Ingest;
using TimelineApp.Web.Tests.Support;

namespace TimelineApp.Web.Tests.Storage;

/// <summary>
/// Rows of the fault matrix (../shared/design/reliability-anchors.md §6) that concern storage and ingestion,
/// at the service level, on both providers. The row number is in each test's name.
/// </summary>
public sealed class FaultTests
{
    public static TheoryData<string> Providers => StorageTests.Providers;

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

        // Another process holds the write lock (BEGIN IMMEDIATE) for 2 s, well inside the 10 s busy timeout.
        await using var other = new SqliteConnection(connectionString);
        await other.OpenAsync(ct);
        await using (var begin = other.CreateCommand())
        {
            begin.CommandText = "BEGIN IMMEDIATE;";
            await begin.ExecuteNonQueryAsync(ct);
        }

        var clock = Stopwatch.StartNew();
        // Microsoft.Data.Sqlite runs "async" calls synchronously, so the waiting ingest gets a thread of its own, as in the worker.
        var processing = Task.Run(() => storage.Ingest.ProcessAsync(job.Id, ct), ct);
        Assert.NotEmpty(await storage.Store.ListAsync(ct)); // WAL: readers are not blocked by the writer
        await Task.Delay(TimeSpan.FromSeconds(2), ct);
        Assert.False(processing.IsCompleted);
        await using (var rollback = other.CreateCommand())
        {
            rollback.CommandText = "ROLLBACK;";
            await rollback.ExecuteNonQueryAsync(ct);
        }

        var done = await processing;
        Assert.Equal(JobStatus.Succeeded, done.Status);
        Assert.True(clock.Elapsed >= TimeSpan.FromSeconds(2));
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

    private static async Task AssertNothingStoredAsync(StorageProvider storage, CancellationToken ct)
    {
        await using var db = await storage.Contexts.CreateDbContextAsync(ct);
        Assert.Equal(0, await db.Dumps.CountAsync(ct));
        Assert.Equal(0, await db.Datasets.CountAsync(ct));
        Assert.Equal(0, await db.IngestJobs.CountAsync(ct));
    }
}
