using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using TimelineApp.Data.Access;
using TimelineApp.Data.Entities;
using TimelineApp.Data.Ingest;
using TimelineApp.Data.Storage;

namespace TimelineApp.Data.Tests.Storage;

/// <summary>
/// A database made by the version before accounts (schema at the DatasetNotes migration) with a dataset in it, opened by
/// today's code: the data is kept, the dataset is shared with everyone signed in, the first admin owns it, ingest works.
/// </summary>
public sealed class UpgradeFromCurrentVersionTests
{
    /// <summary>Today's model writes these dataset columns; an older schema has them only while today's code writes into it.</summary>
    internal static async Task AddTodaysDatasetColumnsAsync(TimelineDbContext db, CancellationToken ct)
    {
        await db.Database.ExecuteSqlRawAsync(
            db.Database.IsNpgsql() ? """ALTER TABLE "Datasets" ADD COLUMN "OwnerId" uuid NULL""" : """ALTER TABLE "Datasets" ADD COLUMN "OwnerId" TEXT NULL""", ct);
        await db.Database.ExecuteSqlRawAsync("""ALTER TABLE "Datasets" ADD COLUMN "Visibility" text NULL""", ct);
        await AddTodaysStoryColumnsAsync(db, ct);
    }

    /// <summary>Today's code puts every upload in a story; a schema from before stories has them only while it writes.</summary>
    internal static async Task AddTodaysStoryColumnsAsync(TimelineDbContext db, CancellationToken ct)
    {
        bool postgres = db.Database.IsNpgsql();
        await db.Database.ExecuteSqlRawAsync(postgres ? """ALTER TABLE "Datasets" ADD COLUMN "StoryId" uuid NULL""" : """ALTER TABLE "Datasets" ADD COLUMN "StoryId" TEXT NULL""", ct);
        await db.Database.ExecuteSqlRawAsync(postgres
            ? """CREATE TABLE "Stories" ("Id" uuid PRIMARY KEY, "Name" text NOT NULL, "CreatedAt" bigint NOT NULL)"""
            : """CREATE TABLE "Stories" ("Id" TEXT PRIMARY KEY, "Name" text NOT NULL, "CreatedAt" bigint NOT NULL)""", ct);
    }

    internal static async Task DropTodaysStoryColumnsAsync(TimelineDbContext db, CancellationToken ct)
    {
        await db.Database.ExecuteSqlRawAsync("""ALTER TABLE "Datasets" DROP COLUMN "StoryId" """, ct);
        await db.Database.ExecuteSqlRawAsync("""DROP TABLE "Stories" """, ct);
    }

    internal static async Task DropTodaysDatasetColumnsAsync(TimelineDbContext db, CancellationToken ct)
    {
        await db.Database.ExecuteSqlRawAsync("""ALTER TABLE "Datasets" DROP COLUMN "OwnerId" """, ct);
        await db.Database.ExecuteSqlRawAsync("""ALTER TABLE "Datasets" DROP COLUMN "Visibility" """, ct);
        await DropTodaysStoryColumnsAsync(db, ct);
    }

    [Theory]
    [MemberData(nameof(StorageProvider.Providers), MemberType = typeof(StorageProvider))]
    public async Task ADatabaseAtTheLastMigrationBeforeAccounts_KeepsItsDataset_SharedWithSignedIn_OwnedByTheFirstAdmin(string provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var storage = await StorageProvider.CreateAsync(provider, migrate: false);
        await using (var db = await storage.Contexts.CreateDbContextAsync(ct))
        {
            string before = db.Database.GetMigrations().Single(m => m.EndsWith("_DatasetNotes", StringComparison.Ordinal));
            await db.GetService<IMigrator>().MigrateAsync(before, ct);
            Assert.DoesNotContain(await db.Database.GetAppliedMigrationsAsync(ct), m => m.EndsWith("_Accounts", StringComparison.Ordinal));
            await AddTodaysDatasetColumnsAsync(db, ct);
        }

        // A dataset stored by the real pipeline, as that version did (no owner; the visibility column goes away below).
        using (var dump = new MemoryStream(Encoding.UTF8.GetBytes(Fixtures.DumpWithActor)))
        {
            var job = await storage.Ingest.SubmitAsync(dump, "Made before accounts", Fixtures.Capture, null, ct);
            Assert.Equal(JobStatus.Succeeded, (await storage.Ingest.ProcessAsync(job.Id, ct)).Status);
        }

        await using (var db = await storage.Contexts.CreateDbContextAsync(ct))
        {
            await DropTodaysDatasetColumnsAsync(db, ct);
        }

        var old = Assert.Single(await ListWithoutAccountColumnsAsync(storage, ct));

        // Today's start-up migrates it.
        await using (var db = await storage.Contexts.CreateDbContextAsync(ct))
        {
            await DatabaseSetup.MigrateAsync(db, ct);
            Assert.Empty(await db.Database.GetPendingMigrationsAsync(ct));
        }

        var kept = (await storage.Store.FindAsync(old.Id, ct))!;
        Assert.Equal(("Made before accounts", old.EventCount, DatasetVisibility.SignedIn, (Guid?)null), (kept.Name, kept.EventCount, kept.Visibility, kept.OwnerId));
        Assert.Equal(old.EventCount, (await storage.Store.LoadAsync(old.Id, ct))!.Events.Count);
        var reads = storage.Get<DatasetReads>();
        Assert.Empty(await reads.ListAsync(Actor.Anonymous, ct)); // shared with people signed in, not with everyone

        // The first admin owns it; a viewer reads it; ingest works for an editor.
        var accounts = storage.Get<AccountService>();
        Assert.True((await accounts.CreateAsync(AccountService.Operator, "ada", "first admin password", AccountRole.Admin, ct)).Succeeded);
        Assert.True((await accounts.CreateAsync(AccountService.Operator, "vic", "a viewer's password", AccountRole.Viewer, ct)).Succeeded);
        Assert.True((await accounts.CreateAsync(AccountService.Operator, "eve", "an editor password", AccountRole.Editor, ct)).Succeeded);
        var ada = (await accounts.ActorForAsync("ada", "web", ct))!;
        Assert.Equal(ada.AccountId, (await storage.Store.FindAsync(old.Id, ct))!.OwnerId);
        Assert.Single(await reads.ListAsync((await accounts.ActorForAsync("vic", "web", ct))!, ct));

        var eve = (await accounts.ActorForAsync("eve", "web", ct))!;
        using var upload = new MemoryStream(Encoding.UTF8.GetBytes(Fixtures.Dump));
        var next = await storage.Get<DatasetActions>().UploadAsync(eve, upload, "After accounts", Fixtures.Capture, DatasetVisibility.Private, ct);
        Assert.Equal(JobStatus.Succeeded, (await storage.Ingest.ProcessAsync(next.Id, ct)).Status);
        var mine = (await storage.Store.FindAsync(next.DatasetId, ct))!;
        Assert.Equal((eve.AccountId, DatasetVisibility.Private), (mine.OwnerId, mine.Visibility));
    }

    [Theory]
    [MemberData(nameof(StorageProvider.Providers), MemberType = typeof(StorageProvider))]
    public async Task ADatabaseAtTheLastMigrationBeforeStories_TurnsEachDatasetIntoAStoryOfOneCapture_LosingNothing(string provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var storage = await StorageProvider.CreateAsync(provider, migrate: false);
        await using (var db = await storage.Contexts.CreateDbContextAsync(ct))
        {
            string before = db.Database.GetMigrations().Single(m => m.EndsWith("_Sharing", StringComparison.Ordinal));
            await db.GetService<IMigrator>().MigrateAsync(before, ct);
            await AddTodaysStoryColumnsAsync(db, ct);
        }

        // That version's data: an admin, two datasets of theirs (one private), a share link.
        var accounts = storage.Get<AccountService>();
        Assert.True((await accounts.CreateAsync(AccountService.Operator, "ada", "first admin password", AccountRole.Admin, ct)).Succeeded);
        var ada = (await accounts.ActorForAsync("ada", "web", ct))!;
        var ids = new List<Guid>();
        foreach (var (name, visibility) in new[] { ("Made before stories", DatasetVisibility.SignedIn), ("Private before stories", DatasetVisibility.Private) })
        {
            using var dump = new MemoryStream(Encoding.UTF8.GetBytes(Fixtures.DumpWithActor + "\n" + name));
            var job = await storage.Get<DatasetActions>().UploadAsync(ada, dump, name, Fixtures.Capture, visibility, ct);
            Assert.Equal(JobStatus.Succeeded, (await storage.Ingest.ProcessAsync(job.Id, ct)).Status);
            ids.Add(job.DatasetId);
        }

        string token = (await storage.Get<DatasetActions>().ShareAsync(ada, ids[0], "lanes=actor", ct))!;
        var events = new Dictionary<Guid, int>();
        foreach (var id in ids)
        {
            events[id] = (await storage.Store.LoadAsync(id, ct))!.Events.Count;
        }

        await using (var db = await storage.Contexts.CreateDbContextAsync(ct))
        {
            await DropTodaysStoryColumnsAsync(db, ct);
            await DatabaseSetup.MigrateAsync(db, ct);
            Assert.Empty(await db.Database.GetPendingMigrationsAsync(ct));

            // One story per dataset, with its id and name; each dataset is the one capture of its story.
            var stories = await db.Stories.AsNoTracking().OrderBy(st => st.Name).ToListAsync(ct);
            Assert.Equal(["Made before stories", "Private before stories"], stories.Select(st => st.Name));
            var datasets = await db.Datasets.AsNoTracking().ToListAsync(ct);
            Assert.All(datasets, d => Assert.Equal(d.Id, d.StoryId));
            Assert.Equal(ids.Order(), stories.Select(st => st.Id).Order());
        }

        // Nothing stored is lost: the same events, owners, visibility and the share link.
        foreach (var id in ids)
        {
            Assert.Equal(events[id], (await storage.Store.LoadAsync(id, ct))!.Events.Count);
            Assert.Equal(ada.AccountId, (await storage.Store.FindAsync(id, ct))!.OwnerId);
        }

        Assert.Equal(DatasetVisibility.Private, (await storage.Store.FindAsync(ids[1], ct))!.Visibility);
        Assert.Equal(ids[0], (await storage.Get<ShareLinks>().OpenAsync(token, ct))!.DatasetId);

        // And a new capture can join a migrated story.
        using var again = new MemoryStream(Encoding.UTF8.GetBytes(Fixtures.DumpWithActor + "\nrecaptured"));
        var next = await storage.Get<DatasetActions>().UploadAsync(ada, again, "Recaptured", Fixtures.Capture, DatasetVisibility.Public, ids[1], ct);
        var joined = (await storage.Store.FindAsync(next.DatasetId, ct))!;
        Assert.Equal((ids[1], DatasetVisibility.Private), (joined.StoryId, joined.Visibility)); // the story's readers, not the form's
    }

    private static async Task<List<(Guid Id, int EventCount)>> ListWithoutAccountColumnsAsync(StorageProvider storage, CancellationToken ct)
    {
        await using var db = await storage.Contexts.CreateDbContextAsync(ct);
        return [.. (await db.Datasets.Select(d => new { d.Id, d.EventCount }).ToListAsync(ct)).Select(d => (d.Id, d.EventCount))];
    }
}
