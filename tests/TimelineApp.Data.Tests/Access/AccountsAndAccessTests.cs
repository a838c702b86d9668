using System.Text;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TimelineApp.Data.Access;
using TimelineApp.Data.Entities;
using TimelineApp.Data.Ingest;

namespace TimelineApp.Data.Tests.Access;

/// <summary>Accounts, who sees which dataset, refusals that change nothing, and the audit log, on SQLite and PostgreSQL.</summary>
public sealed class AccountsAndAccessTests
{
    private const string Password = "long enough password";

    private static Task<Actor> AccountAsync(StorageProvider storage, string name, AccountRole role) => TestAccounts.CreateAsync(storage, name, role);

    private static async Task<Guid> UploadAsync(StorageProvider storage, Actor by, string name, DatasetVisibility visibility)
    {
        using var dump = new MemoryStream(Encoding.UTF8.GetBytes(Fixtures.Dump + "\n" + name));
        var job = await storage.Get<DatasetActions>().UploadAsync(by, dump, name, Fixtures.Capture, visibility, TestContext.Current.CancellationToken);
        return job.DatasetId;
    }

    private static async Task<string> SnapshotAsync(StorageProvider storage)
    {
        await using var db = await storage.Contexts.CreateDbContextAsync(TestContext.Current.CancellationToken);
        var datasets = await db.Datasets.AsNoTracking().OrderBy(d => d.Id).Select(d => new { d.Id, d.Name, d.OwnerId, d.Visibility, d.Status }).ToListAsync(TestContext.Current.CancellationToken);
        var jobs = await db.IngestJobs.AsNoTracking().OrderBy(j => j.Id).Select(j => new { j.Id, j.Status }).ToListAsync(TestContext.Current.CancellationToken);
        var users = await db.Users.AsNoTracking().OrderBy(u => u.Id).Select(u => new { u.Id, u.SecurityStamp, u.AccessFailedCount }).ToListAsync(TestContext.Current.CancellationToken);
        var roles = await db.UserRoles.AsNoTracking().OrderBy(r => r.UserId).ToListAsync(TestContext.Current.CancellationToken);
        return string.Join('\n', [.. datasets.Select(d => d.ToString()), .. jobs.Select(j => j.ToString()), .. users.Select(u => u.ToString()),
            .. roles.Select(r => $"{r.UserId}:{r.RoleId}"), $"audit {await db.AuditEntries.CountAsync(TestContext.Current.CancellationToken)}", $"dumps {await db.Dumps.CountAsync(TestContext.Current.CancellationToken)}"]);
    }

    [Theory]
    [MemberData(nameof(StorageProvider.Providers), MemberType = typeof(StorageProvider))]
    public async Task Accounts_HashThePassword_RefuseShortOnes_AndDuplicateNamesInAnyCase(string provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var storage = await StorageProvider.CreateAsync(provider);
        var accounts = storage.Get<AccountService>();

        Assert.True((await accounts.CreateAsync(AccountService.Operator, "Ada", Password, AccountRole.Viewer, ct)).Succeeded);
        var shortOne = await accounts.CreateAsync(AccountService.Operator, "bob", "short", AccountRole.Viewer, ct);
        Assert.Contains(shortOne.Errors, e => e.Contains("at least 12", StringComparison.Ordinal));
        Assert.False((await accounts.CreateAsync(AccountService.Operator, "ada", Password, AccountRole.Viewer, ct)).Succeeded);

        await using var db = await storage.Contexts.CreateDbContextAsync(ct);
        var ada = await db.Users.SingleAsync(ct);
        Assert.NotNull(ada.PasswordHash);
        Assert.DoesNotContain(Password, ada.PasswordHash, StringComparison.Ordinal);
        Assert.Equal(1, await db.UserRoles.CountAsync(ct)); // one role, and no account for the refused ones
    }

    [Theory]
    [MemberData(nameof(StorageProvider.Providers), MemberType = typeof(StorageProvider))]
    public async Task FiveFailedSignIns_LockTheAccount_AndALockedActorIsRefused(string provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var storage = await StorageProvider.CreateAsync(provider);
        var editor = await AccountAsync(storage, "eve", AccountRole.Editor);

        await using (var scope = storage.Get<IServiceScopeFactory>().CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<AccountRecord>>();
            var account = (await users.FindByNameAsync("eve"))!;
            for (int i = 0; i < 5; i++)
            {
                await users.AccessFailedAsync(account);
            }

            Assert.True(await users.IsLockedOutAsync(account));
        }

        await using (var db = await storage.Contexts.CreateDbContextAsync(ct))
        {
            Assert.True((await db.Users.SingleAsync(ct)).LockoutEnd > DateTimeOffset.UtcNow.AddMinutes(14)); // 15 minutes, stored with its offset
        }

        string before = await SnapshotAsync(storage);
        using var dump = new MemoryStream(Encoding.UTF8.GetBytes(Fixtures.Dump));
        await Assert.ThrowsAsync<AccessDeniedException>(() => storage.Get<DatasetActions>().UploadAsync(editor, dump, "locked out", Fixtures.Capture, DatasetVisibility.Private, ct));
        Assert.Equal(before, await SnapshotAsync(storage));
    }

    [Theory]
    [MemberData(nameof(StorageProvider.Providers), MemberType = typeof(StorageProvider))]
    public async Task EachSeesWhatTheyMay_Private_SignedIn_Public(string provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var storage = await StorageProvider.CreateAsync(provider);
        var admin = await AccountAsync(storage, "ada", AccountRole.Admin);
        var eve = await AccountAsync(storage, "eve", AccountRole.Editor);
        var ed = await AccountAsync(storage, "ed", AccountRole.Editor);
        var vic = await AccountAsync(storage, "vic", AccountRole.Viewer);
        var priv = await UploadAsync(storage, eve, "eve's private", DatasetVisibility.Private);
        var shared = await UploadAsync(storage, eve, "eve's shared", DatasetVisibility.SignedIn);
        var pub = await UploadAsync(storage, eve, "eve's public", DatasetVisibility.Public);
        var reads = storage.Get<DatasetReads>();

        async Task<Guid[]> Sees(Actor a) => [.. (await reads.ListAsync(a, ct)).Select(d => d.Id).Order()];
        Assert.Equal(new[] { priv, shared, pub }.Order(), await Sees(eve));
        Assert.Equal(new[] { priv, shared, pub }.Order(), await Sees(admin));
        Assert.Equal(new[] { shared, pub }.Order(), await Sees(ed));
        Assert.Equal(new[] { shared, pub }.Order(), await Sees(vic));
        Assert.Empty(await Sees(Actor.Anonymous)); // accounts exist and anonymous reading is off
        Assert.Null(await reads.FindAsync(ed, priv, ct));

        // Another editor can change neither eve's private dataset (cannot even see it) nor who sees her shared one.
        string before = await SnapshotAsync(storage);
        var actions = storage.Get<DatasetActions>();
        await Assert.ThrowsAsync<AccessDeniedException>(() => actions.RenameAsync(ed, priv, "taken", ct));
        await Assert.ThrowsAsync<AccessDeniedException>(() => actions.DeleteAsync(ed, priv, ct));
        await Assert.ThrowsAsync<AccessDeniedException>(() => actions.SetVisibilityAsync(ed, shared, DatasetVisibility.Private, ct));
        await Assert.ThrowsAsync<AccessDeniedException>(() => actions.RenameAsync(vic, shared, "viewer's", ct));
        await Assert.ThrowsAsync<AccessDeniedException>(() => actions.DeleteAsync(vic, pub, ct));
        await Assert.ThrowsAsync<AccessDeniedException>(() => actions.ReprocessAsync(vic, pub, Fixtures.Capture, ct));
        await Assert.ThrowsAsync<AccessDeniedException>(() => actions.CancelAsync(Actor.Anonymous, pub, ct));
        Assert.Equal(before, await SnapshotAsync(storage));
    }

    [Fact]
    public async Task AnonymousReading_ShowsPublicDatasetsOnly_WhenSwitchedOn_OrBeforeTheFirstAccount()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var storage = await StorageProvider.CreateAsync("Sqlite");
        using (var dump = new MemoryStream(Encoding.UTF8.GetBytes(Fixtures.Dump)))
        {
            await storage.Ingest.SubmitAsync(dump, "sample", Fixtures.Capture, null, new DatasetGrant(null, DatasetVisibility.Public), ct);
        }

        using (var dump = new MemoryStream(Encoding.UTF8.GetBytes(Fixtures.DumpWithActor)))
        {
            await storage.Ingest.SubmitAsync(dump, "members", Fixtures.Capture, null, ct);
        }

        var reads = storage.Get<DatasetReads>();
        Assert.Equal(["sample"], (await reads.ListAsync(Actor.Anonymous, ct)).Select(d => d.Name)); // first run: no account yet

        await AccountAsync(storage, "ada", AccountRole.Admin);
        Assert.Empty(await reads.ListAsync(Actor.Anonymous, ct));
        storage.Get<AccountOptions>().AnonymousRead = true;
        Assert.Equal(["sample"], (await reads.ListAsync(Actor.Anonymous, ct)).Select(d => d.Name));
    }

    [Theory]
    [MemberData(nameof(StorageProvider.Providers), MemberType = typeof(StorageProvider))]
    public async Task Changes_AreAudited_WhoWhenWhat_AndARoleChange_EndsTheOldSession(string provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var storage = await StorageProvider.CreateAsync(provider);
        var admin = await AccountAsync(storage, "ada", AccountRole.Admin);
        var eve = await AccountAsync(storage, "eve", AccountRole.Editor);
        var id = await UploadAsync(storage, eve, "first name", DatasetVisibility.SignedIn);
        var actions = storage.Get<DatasetActions>();
        Assert.True(await actions.RenameAsync(eve, id, "second name", ct));
        Assert.True(await actions.SetVisibilityAsync(eve, id, DatasetVisibility.Public, ct));

        var accounts = storage.Get<AccountService>();
        Assert.False((await accounts.SetRoleAsync(AccountService.Operator, "ada", AccountRole.Viewer, ct)).Succeeded); // the last admin
        Assert.True((await accounts.SetRoleAsync(admin, "eve", AccountRole.Viewer, ct)).Succeeded);
        // eve's session from before the change is refused at once, with nothing changed.
        string before = await SnapshotAsync(storage);
        await Assert.ThrowsAsync<AccessDeniedException>(() => actions.DeleteAsync(eve, id, ct));
        await Assert.ThrowsAsync<AccessDeniedException>(() => accounts.SetRoleAsync(eve, "eve", AccountRole.Admin, ct));
        Assert.Equal(before, await SnapshotAsync(storage));

        Assert.True(await actions.DeleteAsync(admin, id, ct));
        var log = await storage.Get<AuditLog>().PageAsync(0, 100, ct);
        Assert.Equal(
            ["Delete ada", "RoleChange ada", "Visibility eve", "Rename eve", "Upload eve", "AccountCreate operator", "AccountCreate operator"],
            log.Select(e => $"{e.Action} {e.ActorName}"));
        var rename = log.Single(e => e.Action == "Rename");
        Assert.Equal((eve.AccountId, "web", id, "first name -> second name", storage.Clock.GetCurrentInstant()), (rename.ActorId, rename.Via, rename.DatasetId!.Value, rename.Detail, rename.At));
        Assert.Equal("editor -> viewer", log.Single(e => e.Action == "RoleChange").Detail);
        Assert.Equal("eve", log.Single(e => e.Action == "RoleChange").TargetName);
    }
}
