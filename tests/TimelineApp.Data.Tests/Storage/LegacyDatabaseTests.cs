using System.Text;
using Microsoft.EntityFrameworkCore;
using TimelineApp.Core.Events;
using TimelineApp.Data.Entities;
using TimelineApp.Data.Storage;

namespace TimelineApp.Data.Tests.Storage;

/// <summary>
/// A database made by a version before migrations (EnsureCreated, no history table) opens with the current
/// code: it is adopted, gets only what it lacks, keeps its data (its links backfilled with their event's dataset
/// and start), and ingest works in it. Both providers, both schemas of that era (TestData/legacy-schema).
/// </summary>
public sealed class LegacyDatabaseTests
{
    public static TheoryData<string, string> Versions => new()
    {
        { "Sqlite", "7ddd8de" },
        { "Sqlite", "a7d8776" },
        { "Postgres", "7ddd8de" },
        { "Postgres", "a7d8776" },
    };

    [Theory]
    [MemberData(nameof(Versions))]
    public async Task DatabaseOfAVersionBeforeMigrations_KeepsItsData_AndIngestWorks(string provider, string commit)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var storage = await StorageProvider.CreateAsync(provider, migrate: false);
        var old = await CreateLegacyDatabaseWithADatasetAsync(storage, provider, commit, ct);

        IReadOnlyList<string> adopted;
        await using (var db = await storage.Contexts.CreateDbContextAsync(ct))
        {
            adopted = await DatabaseSetup.MigrateAsync(db, ct);
            Assert.Empty(await db.Database.GetPendingMigrationsAsync(ct));
            Assert.Equal(db.Database.GetMigrations(), await db.Database.GetAppliedMigrationsAsync(ct));
            // A second start finds nothing left to adopt or apply.
            Assert.Empty(await DatabaseSetup.MigrateAsync(db, ct));
        }

        string[] expectedAdopted = commit == "7ddd8de" ? [LegacySchema.InitialMigration] : [LegacySchema.InitialMigration, LegacySchema.LeaseHolderMigration];
        Assert.Equal(expectedAdopted, adopted.Select(id => id[(id.IndexOf('_', StringComparison.Ordinal) + 1)..]));

        // The old dataset is all there...
        var kept = await storage.Store.LoadAsync(old.DatasetId, ct);
        Assert.NotNull(kept);
        Assert.Equal("Made by the old version", kept.Dataset.Name);
        // Datasets from before accounts are shared with everyone signed in, and have no owner until the first admin.
        var summary = (await storage.Store.FindAsync(old.DatasetId, ct))!;
        Assert.Equal((DatasetVisibility.SignedIn, (Guid?)null), (summary.Visibility, summary.OwnerId));
        Assert.Equal(old.EventKeys, kept.Events.Select(e => e.Id).Order(StringComparer.Ordinal));
        Assert.Equal(old.DocumentCount, kept.Documents.Count);
        // ...its actor and country links too, which the LinkDatasetStart migration gave their event's dataset and
        // start, so the pages by actor and by country (which read only the links' index) find them.
        Assert.Equal(old.EventLinks, kept.Events.Select(EventLinks).Order(StringComparer.Ordinal));
        await using (var db = await storage.Contexts.CreateDbContextAsync(ct))
        {
            Assert.Equal(old.LinkCount, await StorageTests.AssertLinksMatchTheirEventsAsync(db, ct));
            await StorageTests.AssertEventPagesMatchTheLoadedTimelineAsync(storage, db, old.DatasetId, ct);
        }

        var oldJob = await storage.Ingest.GetAsync(old.JobId, ct);
        Assert.Equal(JobStatus.Succeeded, oldJob!.Status);

        // ...and the current ingest path (which claims jobs with the LeaseHolder column) works in the same database.
        using var upload = new MemoryStream(Encoding.UTF8.GetBytes(Fixtures.Dump.Replace("Vienna", "Graz", StringComparison.Ordinal)));
        var job = await storage.Ingest.SubmitAsync(upload, "Made by the new version", Fixtures.Capture, "tester", ct);
        var done = await storage.Ingest.ProcessAsync(job.Id, ct);
        Assert.Equal(JobStatus.Succeeded, done.Status);
        Assert.Equal(2, (await storage.Store.ListAsync(ct)).Count(d => d.Status == DatasetStatus.Ready));
        await using (var db = await storage.Contexts.CreateDbContextAsync(ct))
        {
            Assert.True(await StorageTests.AssertLinksMatchTheirEventsAsync(db, ct) > old.LinkCount);
        }
    }

    private sealed record OldDataset(Guid DatasetId, Guid JobId, int DocumentCount, string[] EventKeys, string[] EventLinks, int LinkCount);

    private static string EventLinks(TimelineEvent e) =>
        $"{e.Id}: actors {string.Join(',', e.ActorIds.Order(StringComparer.Ordinal))}; countries {string.Join(',', e.CountryCodes.Order(StringComparer.Ordinal))}";

    /// <summary>
    /// Runs the old version's create script, then writes a dataset the way that version did: dump, dataset and
    /// content through the tables it shares with today's model, and its finished job with the old job columns only.
    /// </summary>
    private static async Task<OldDataset> CreateLegacyDatabaseWithADatasetAsync(StorageProvider storage, string provider, string commit, CancellationToken ct)
    {
        string script = await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "TestData", "legacy-schema", $"ensure-created-{commit}.{provider.ToLowerInvariant()}.sql"), ct);
        byte[] bytes = Encoding.UTF8.GetBytes(Fixtures.DumpWithActor);
        var datasetId = Guid.NewGuid();
        var jobId = Guid.NewGuid();
        long now = storage.Clock.GetCurrentInstant().ToUnixTimeMilliseconds();
        await using (var db = await storage.Contexts.CreateDbContextAsync(ct))
        {
            await db.Database.ExecuteSqlRawAsync(script, ct);
            // Today's model reads and writes Datasets.Notes, which that schema lacks: the column is there only while
            // today's store writes the old dataset, and dropped again below, so the database is the old one exactly.
            await db.Database.ExecuteSqlRawAsync("""ALTER TABLE "Datasets" ADD COLUMN "Notes" text""", ct);
            await UpgradeFromCurrentVersionTests.AddTodaysDatasetColumnsAsync(db, ct); // the same for the account columns
            string hash = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bytes));
            db.Dumps.Add(new DumpRecord { Hash = hash, Content = bytes, Size = bytes.Length, StoredAt = storage.Clock.GetCurrentInstant() });
            db.Stories.Add(new StoryRecord { Id = datasetId, Name = "Made by the old version" });
            db.Datasets.Add(new DatasetRecord
            {
                Id = datasetId,
                StoryId = datasetId,
                Name = "Made by the old version",
                CapturedAt = Fixtures.Capture.At,
                ZoneId = "UTC",
                Status = DatasetStatus.Processing,
                CreatedAt = storage.Clock.GetCurrentInstant(),
                DumpHash = hash,
            });
            await db.SaveChangesAsync(ct);
            await db.Database.ExecuteSqlAsync(
                $"""
                INSERT INTO "IngestJobs" ("Id", "DatasetId", "Status", "Stage", "Done", "Total", "Attempts", "Error", "CreatedAt", "UpdatedAt", "LeaseUntil", "Owner")
                VALUES ({jobId}, {datasetId}, 'Succeeded', 'Done', 2, 2, 1, NULL, {now}, {now}, NULL, NULL)
                """, ct);
        }

        // Today's store writes link rows with columns that schema lacks (DatasetId, Start): it stores the events
        // without links, then the links go in as the old version wrote them, (event, actor) and (event, country).
        var result = StorageProvider.Pipeline.Process(bytes, Fixtures.Capture, cancellationToken: ct);
        var withoutLinks = result with { Events = [.. result.Events.Select(e => e with { ActorIds = [], CountryCodes = [] })] };
        await storage.Store.SaveResultAsync(datasetId, withoutLinks, cancellationToken: ct);
        Assert.NotEmpty(result.Events);
        var actorKeys = result.Actors.Select(a => a.Id).ToHashSet(StringComparer.Ordinal);
        var linked = result.Events.Select(e => e with { ActorIds = [.. e.ActorIds.Distinct().Where(actorKeys.Contains)], CountryCodes = [.. e.CountryCodes.Distinct()] }).ToList();
        int links = 0;
        await using (var db = await storage.Contexts.CreateDbContextAsync(ct))
        {
            var eventIds = await db.Events.Where(e => e.DatasetId == datasetId).Select(e => new { e.Key, e.Id }).ToDictionaryAsync(e => e.Key, e => e.Id, ct);
            var actorIds = await db.Actors.Where(a => a.DatasetId == datasetId).Select(a => new { a.Key, a.Id }).ToDictionaryAsync(a => a.Key, a => a.Id, ct);
            foreach (var e in linked)
            {
                foreach (string actor in e.ActorIds)
                {
                    links += await db.Database.ExecuteSqlAsync($"""INSERT INTO "EventActors" ("EventId", "ActorId") VALUES ({eventIds[e.Id]}, {actorIds[actor]})""", ct);
                }

                foreach (string country in e.CountryCodes)
                {
                    links += await db.Database.ExecuteSqlAsync($"""INSERT INTO "EventCountries" ("EventId", "CountryCode") VALUES ({eventIds[e.Id]}, {country})""", ct);
                }
            }
        }

        await using (var db = await storage.Contexts.CreateDbContextAsync(ct))
        {
            await db.Database.ExecuteSqlRawAsync("ALTER TABLE \"Datasets\" DROP COLUMN \"Notes\"", ct);
            await UpgradeFromCurrentVersionTests.DropTodaysDatasetColumnsAsync(db, ct);
        }

        Assert.Contains(linked, e => e.ActorIds.Count > 0);
        Assert.Contains(linked, e => e.CountryCodes.Count > 0);
        return new OldDataset(
            datasetId, jobId, result.Documents.Count, [.. result.Events.Select(e => e.Id).Order(StringComparer.Ordinal)],
            [.. linked.Select(EventLinks).Order(StringComparer.Ordinal)], links);
    }
}
