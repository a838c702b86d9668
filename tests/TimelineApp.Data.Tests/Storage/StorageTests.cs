using System.Text;
using Microsoft.EntityFrameworkCore;
using TimelineApp.Data;
using TimelineApp.Data.Entities;
using TimelineApp.Data.Ingest;
using TimelineApp.Data.Storage;

namespace TimelineApp.Data.Tests.Storage;

/// <summary>The same storage and ingest behaviour, against SQLite and against PostgreSQL.</summary>
public sealed class StorageTests
{
    public static TheoryData<string> Providers => StorageProvider.Providers;

    private static MemoryStream Bytes(string text) => new(Encoding.UTF8.GetBytes(text));

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Dataset_RoundTripsThroughTheDatabase(string provider)
    {
        await using var storage = await StorageProvider.CreateAsync(provider);
        var ct = TestContext.Current.CancellationToken;

        var job = await storage.Ingest.SubmitAsync(Bytes(Fixtures.Dump), "River fund", Fixtures.Capture, "tester", ct);
        var done = await storage.Ingest.ProcessAsync(job.Id, ct);
        var timeline = await storage.Store.LoadAsync(done.DatasetId, ct);

        Assert.Equal(JobStatus.Succeeded, done.Status);
        Assert.NotNull(timeline);
        Assert.Equal("River fund", timeline.Dataset.Name);
        Assert.Equal(DatasetStatus.Ready, timeline.Dataset.Status);
        Assert.Equal(2, timeline.Documents.Count);
        Assert.Equal("River Report", timeline.Documents[1].Source);
        Assert.Equal(Fixtures.Capture.At - NodaTime.Duration.FromHours(3), timeline.Documents[1].Published.Instant);
        var saturday = Assert.Single(timeline.Events, e => e.Evidence[0].Sentence.Contains("on Saturday", StringComparison.Ordinal));
        Assert.Equal(new NodaTime.LocalDate(2025, 7, 12), saturday.FirstDay);
        Assert.Equal("Saturday", saturday.Evidence[0].Phrase);
        Assert.Contains("AUT", saturday.CountryCodes);
        Assert.Equal(timeline.Events.Count, timeline.Dataset.EventCount);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task WhatThePipelineLeftOut_IsStoredAsNotes_AndReadBackWithTheDataset(string provider)
    {
        await using var storage = await StorageProvider.CreateAsync(provider);
        var ct = TestContext.Current.CancellationToken;

        var job = await storage.Ingest.SubmitAsync(Bytes(Fixtures.DumpWithManyDatedSentences(400)), "crowded", Fixtures.Capture, null, ct);
        var done = await storage.Ingest.ProcessAsync(job.Id, ct);
        var summary = await storage.Store.FindAsync(done.DatasetId, ct);
        var plain = await storage.Ingest.SubmitAsync(Bytes(Fixtures.Dump), "plain", Fixtures.Capture, null, ct);
        var plainDone = await storage.Ingest.ProcessAsync(plain.Id, ct);

        Assert.Equal(JobStatus.Succeeded, done.Status);
        Assert.NotNull(summary);
        var note = Assert.Single(summary.Notes);
        Assert.Contains("left out", note, StringComparison.Ordinal);
        Assert.Contains(summary.Notes, n => n.Contains("limit 300 per article", StringComparison.Ordinal));
        Assert.Empty((await storage.Store.FindAsync(plainDone.DatasetId, ct))!.Notes);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task IdenticalReupload_SharesOneStoredDump(string provider)
    {
        await using var storage = await StorageProvider.CreateAsync(provider);
        var ct = TestContext.Current.CancellationToken;

        var first = await storage.Ingest.SubmitAsync(Bytes(Fixtures.Dump), "one", Fixtures.Capture, null, ct);
        var second = await storage.Ingest.SubmitAsync(Bytes(Fixtures.Dump), "two", Fixtures.Capture, null, ct);

        await using var db = await storage.Contexts.CreateDbContextAsync(ct);
        Assert.Equal(1, await db.Dumps.CountAsync(ct));
        var hashes = await db.Datasets.Select(d => d.DumpHash).Distinct().ToListAsync(ct);
        Assert.Single(hashes);
        Assert.NotEqual(first.DatasetId, second.DatasetId);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task UnreadableDump_FailsClearly_KeepsTheFile_AndWritesNothingElse(string provider)
    {
        await using var storage = await StorageProvider.CreateAsync(provider);
        var ct = TestContext.Current.CancellationToken;

        var job = await storage.Ingest.SubmitAsync(Bytes("<html><body>not a dump</body></html>"), "bad", Fixtures.Capture, null, ct);
        var done = await storage.Ingest.ProcessAsync(job.Id, ct);

        Assert.Equal(JobStatus.Failed, done.Status);
        Assert.Contains("HTML", done.Error, StringComparison.Ordinal);
        await using var db = await storage.Contexts.CreateDbContextAsync(ct);
        Assert.Equal(1, await db.Dumps.CountAsync(ct));
        Assert.Equal(0, await db.Documents.CountAsync(ct));
        Assert.Equal(0, await db.Events.CountAsync(ct));
        Assert.Equal(DatasetStatus.Failed, (await db.Datasets.SingleAsync(ct)).Status);
        Assert.Null(await storage.Store.LoadAsync(done.DatasetId, ct));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task CancelledIngest_LeavesNoHalfDataset(string provider)
    {
        await using var storage = await StorageProvider.CreateAsync(provider);
        var job = await storage.Ingest.SubmitAsync(Bytes(Fixtures.Dump), "cancel me", Fixtures.Capture, null, TestContext.Current.CancellationToken);
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        var done = await storage.Ingest.ProcessAsync(job.Id, cancelled.Token);

        Assert.Equal(JobStatus.Cancelled, done.Status);
        await using var db = await storage.Contexts.CreateDbContextAsync(TestContext.Current.CancellationToken);
        Assert.Equal(0, await db.Events.CountAsync(TestContext.Current.CancellationToken));
        Assert.Equal(1, await db.Dumps.CountAsync(TestContext.Current.CancellationToken));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task UploadsPastTheLimits_AreRefusedWithAMessage(string provider)
    {
        await using var storage = await StorageProvider.CreateAsync(provider, new IngestLimits { MaxUploadBytes = 1024, MaxConcurrentJobsPerOwner = 1 });
        var ct = TestContext.Current.CancellationToken;

        var tooLarge = await Assert.ThrowsAsync<IngestRejectedException>(() => storage.Ingest.SubmitAsync(Bytes(new string('a', 2048)), "big", Fixtures.Capture, "u", ct));
        var empty = await Assert.ThrowsAsync<IngestRejectedException>(() => storage.Ingest.SubmitAsync(Bytes(string.Empty), "empty", Fixtures.Capture, "u", ct));
        await storage.Ingest.SubmitAsync(Bytes("\nA title here\nSomething happened on Monday.\n"), "first", Fixtures.Capture, "u", ct);
        var busy = await Assert.ThrowsAsync<IngestRejectedException>(() => storage.Ingest.SubmitAsync(Bytes("\nAnother title\nMore on Tuesday.\n"), "second", Fixtures.Capture, "u", ct));

        Assert.Contains("limit", tooLarge.Message, StringComparison.Ordinal);
        Assert.Contains("empty", empty.Message, StringComparison.Ordinal);
        Assert.Contains("in progress", busy.Message, StringComparison.Ordinal);
        await using var db = await storage.Contexts.CreateDbContextAsync(ct);
        Assert.Equal(1, await db.Datasets.CountAsync(ct));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task JobLeftRunningByADeadProcess_IsRecoveredThenFailedAfterItsAttempts(string provider)
    {
        await using var storage = await StorageProvider.CreateAsync(provider, new IngestLimits { MaxAttempts = 2, Lease = TimeSpan.FromMinutes(1) });
        var ct = TestContext.Current.CancellationToken;
        var job = await storage.Ingest.SubmitAsync(Bytes(Fixtures.Dump), "crash", Fixtures.Capture, null, ct);
        await SimulateCrashWhileRunningAsync(storage, job.Id, attempts: 1);

        storage.Clock.Advance(NodaTime.Duration.FromMinutes(5));
        var requeued = await storage.Ingest.RecoverAsync(ct);
        Assert.Equal([job.Id], requeued);

        await SimulateCrashWhileRunningAsync(storage, job.Id, attempts: 2);
        storage.Clock.Advance(NodaTime.Duration.FromMinutes(5));
        Assert.Empty(await storage.Ingest.RecoverAsync(ct));
        var failed = await storage.Ingest.GetAsync(job.Id, ct);
        Assert.Equal(JobStatus.Failed, failed!.Status);
        await using var db = await storage.Contexts.CreateDbContextAsync(ct);
        Assert.Equal(1, await db.Dumps.CountAsync(ct));
        Assert.Equal(DatasetStatus.Failed, (await db.Datasets.SingleAsync(ct)).Status);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task JobRunningUnderAnotherLiveLease_IsNotTaken_UntilThatLeaseRunsOut(string provider)
    {
        // Ownership is the lease token and its expiry: a job another runner holds (whatever process it is) is left alone.
        await using var storage = await StorageProvider.CreateAsync(provider);
        var ct = TestContext.Current.CancellationToken;
        var job = await storage.Ingest.SubmitAsync(Bytes(Fixtures.Dump), "held", Fixtures.Capture, null, ct);
        await SimulateCrashWhileRunningAsync(storage, job.Id, attempts: 1, holder: Guid.NewGuid().ToString("N"));

        var untouched = await storage.Ingest.ProcessAsync(job.Id, ct);
        Assert.Equal(JobStatus.Running, untouched.Status);
        Assert.Equal(1, untouched.Attempts);
        Assert.Empty(await storage.Ingest.RecoverAsync(ct));

        storage.Clock.Advance(NodaTime.Duration.FromMinutes(2));
        var done = await storage.Ingest.ProcessAsync(job.Id, ct);
        Assert.Equal(JobStatus.Succeeded, done.Status);
        Assert.Equal(2, done.Attempts);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task RenameAndDelete_Work(string provider)
    {
        await using var storage = await StorageProvider.CreateAsync(provider);
        var ct = TestContext.Current.CancellationToken;
        var job = await storage.Ingest.SubmitAsync(Bytes(Fixtures.Dump), "old", Fixtures.Capture, null, ct);
        var done = await storage.Ingest.ProcessAsync(job.Id, ct);

        Assert.True(await storage.Store.RenameAsync(done.DatasetId, "  new\u0007 name ", ct));
        Assert.Equal("new name", (await storage.Store.FindAsync(done.DatasetId, ct))!.Name);
        Assert.True(await storage.Store.DeleteAsync(done.DatasetId, ct));

        await using var db = await storage.Contexts.CreateDbContextAsync(ct);
        Assert.Equal(0, await db.Datasets.CountAsync(ct));
        Assert.Equal(0, await db.Events.CountAsync(ct));
        Assert.Equal(0, await db.EventSources.CountAsync(ct));
        Assert.Equal(0, await db.Dumps.CountAsync(ct));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task LinksCarryTheirEventsDatasetAndStart_ThroughReprocessing_AndEventPagesReadThemInStoreOrder(string provider)
    {
        await using var storage = await StorageProvider.CreateAsync(provider);
        var ct = TestContext.Current.CancellationToken;
        var job = await storage.Ingest.SubmitAsync(Bytes(Fixtures.DumpWithActor), "links", Fixtures.Capture, null, ct);
        var done = await storage.Ingest.ProcessAsync(job.Id, ct);
        await using (var db = await storage.Contexts.CreateDbContextAsync(ct))
        {
            Assert.True(await AssertLinksMatchTheirEventsAsync(db, ct) > 0);
            await AssertEventPagesMatchTheLoadedTimelineAsync(storage, db, done.DatasetId, ct);
        }

        // Re-processing with another capture moves every event; the links are replaced with them, none left behind.
        var again = await storage.Ingest.ReprocessAsync(done.DatasetId, Fixtures.Capture with { At = Fixtures.Capture.At + NodaTime.Duration.FromDays(40) }, null, ct);
        Assert.Equal(JobStatus.Succeeded, (await storage.Ingest.ProcessAsync(again.Id, ct)).Status);
        await using (var db = await storage.Contexts.CreateDbContextAsync(ct))
        {
            Assert.True(await AssertLinksMatchTheirEventsAsync(db, ct) > 0);
            await AssertEventPagesMatchTheLoadedTimelineAsync(storage, db, done.DatasetId, ct);
        }
    }

    /// <summary>Every actor and country link in the database has its event's dataset and start; returns how many links there are.</summary>
    internal static async Task<int> AssertLinksMatchTheirEventsAsync(TimelineDbContext db, CancellationToken ct)
    {
        var actors = await db.EventActors.Join(db.Events, l => l.EventId, e => e.Id, (l, e) => new { l.DatasetId, l.Start, EventDatasetId = e.DatasetId, EventStart = e.Start }).ToListAsync(ct);
        var countries = await db.EventCountries.Join(db.Events, l => l.EventId, e => e.Id, (l, e) => new { l.DatasetId, l.Start, EventDatasetId = e.DatasetId, EventStart = e.Start }).ToListAsync(ct);
        Assert.Equal(await db.EventActors.CountAsync(ct), actors.Count);
        Assert.Equal(await db.EventCountries.CountAsync(ct), countries.Count);
        Assert.All(actors, x => Assert.Equal((x.EventDatasetId, x.EventStart), (x.DatasetId, x.Start)));
        Assert.All(countries, x => Assert.Equal((x.EventDatasetId, x.EventStart), (x.DatasetId, x.Start)));
        return actors.Count + countries.Count;
    }

    /// <summary>For every actor and country of the dataset, <see cref="EventPages"/> gives the loaded timeline's events of it, in the same order.</summary>
    internal static async Task AssertEventPagesMatchTheLoadedTimelineAsync(StorageProvider storage, TimelineDbContext db, Guid datasetId, CancellationToken ct)
    {
        var timeline = await storage.Store.LoadAsync(datasetId, ct);
        Assert.NotNull(timeline);
        var actorIds = await db.Actors.Where(a => a.DatasetId == datasetId).ToDictionaryAsync(a => a.Key, a => a.Id, ct);
        Assert.NotEmpty(actorIds);
        foreach (var (key, id) in actorIds)
        {
            var expected = timeline.Events.Where(e => e.ActorIds.Contains(key)).Select(e => e.Id).ToList();
            Assert.Equal(expected, await EventPages.ForActor(db, datasetId, id).Select(e => e.Key).ToListAsync(ct));
        }

        var countries = timeline.Events.SelectMany(e => e.CountryCodes).Distinct().ToList();
        Assert.NotEmpty(countries);
        foreach (string code in countries)
        {
            var expected = timeline.Events.Where(e => e.CountryCodes.Contains(code)).Select(e => e.Id).ToList();
            Assert.Equal(expected, await EventPages.ForCountry(db, datasetId, code).Select(e => e.Key).ToListAsync(ct));
        }
    }

    private static async Task SimulateCrashWhileRunningAsync(StorageProvider storage, Guid jobId, int attempts, string? holder = null)
    {
        // What a process killed mid-ingest leaves behind: the job running, with a lease that will run out.
        await using var db = await storage.Contexts.CreateDbContextAsync(TestContext.Current.CancellationToken);
        var job = await db.IngestJobs.SingleAsync(j => j.Id == jobId, TestContext.Current.CancellationToken);
        job.Status = JobStatus.Running;
        job.Attempts = attempts;
        job.LeaseUntil = storage.Clock.GetCurrentInstant() + NodaTime.Duration.FromMinutes(1);
        job.LeaseHolder = holder;
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
    }
}
