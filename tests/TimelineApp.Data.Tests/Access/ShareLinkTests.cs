using System.Text;
using Microsoft.EntityFrameworkCore;
using TimelineApp.Data.Access;
using TimelineApp.Data.Entities;

namespace TimelineApp.Data.Tests.Access;

/// <summary>Read-only share links, and accounts made at a first external sign-in, on SQLite and PostgreSQL.</summary>
public sealed class ShareLinkTests
{
    private static Task<Actor> AccountAsync(StorageProvider storage, string name, AccountRole role) => TestAccounts.CreateAsync(storage, name, role);

    private static async Task<Guid> ReadyDatasetAsync(StorageProvider storage, Actor by, DatasetVisibility visibility)
    {
        var ct = TestContext.Current.CancellationToken;
        using var dump = new MemoryStream(Encoding.UTF8.GetBytes(Fixtures.Dump));
        var job = await storage.Get<DatasetActions>().UploadAsync(by, dump, "shared story", Fixtures.Capture, visibility, ct);
        await storage.Ingest.RunToEndAsync(job.Id, ct);
        return job.DatasetId;
    }

    private static async Task<string> LinksAndAuditAsync(StorageProvider storage)
    {
        await using var db = await storage.Contexts.CreateDbContextAsync(TestContext.Current.CancellationToken);
        var links = await db.ShareLinks.AsNoTracking().OrderBy(l => l.Id).Select(l => $"{l.Id}:{l.RevokedAt}").ToListAsync(TestContext.Current.CancellationToken);
        return string.Join('\n', links) + $"\naudit {await db.AuditEntries.CountAsync(TestContext.Current.CancellationToken)}";
    }

    [Theory]
    [MemberData(nameof(StorageProvider.Providers), MemberType = typeof(StorageProvider))]
    public async Task ALink_OpensItsOneView_UntilRevoked_AndIsAudited(string provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var storage = await StorageProvider.CreateAsync(provider);
        var owner = await AccountAsync(storage, "eve", AccountRole.Editor);
        var dataset = await ReadyDatasetAsync(storage, owner, DatasetVisibility.Private);
        var actions = storage.Get<DatasetActions>();
        var shares = storage.Get<ShareLinks>();

        string token = (await actions.ShareAsync(owner, dataset, "country=KOR&lanes=actor", ct))!;
        Assert.True(token.Length >= 40, "a 256-bit secret");

        var opened = await shares.OpenAsync(token, ct);
        Assert.NotNull(opened);
        Assert.Equal(dataset, opened.DatasetId);
        Assert.Equal("country=KOR&lanes=actor", opened.View);
        Assert.Null(await shares.OpenAsync(token[..^1] + (token[^1] == 'A' ? 'B' : 'A'), ct));
        Assert.Null(await shares.OpenAsync(string.Empty, ct));

        await using (var db = await storage.Contexts.CreateDbContextAsync(ct))
        {
            var row = await db.ShareLinks.SingleAsync(ct);
            Assert.DoesNotContain(token, row.TokenHash, StringComparison.Ordinal); // only the hash is kept
            Assert.Equal("eve", row.CreatedByName);
        }

        var link = Assert.Single(await shares.ListAsync(dataset, ct));
        Assert.True(await actions.RevokeShareAsync(owner, link.Id, ct));
        Assert.Null(await shares.OpenAsync(token, ct));
        Assert.False(await actions.RevokeShareAsync(owner, link.Id, ct)); // once is enough
        Assert.NotNull(Assert.Single(await shares.ListAsync(dataset, ct)).RevokedAt); // listed, as revoked

        var actions_ = (await storage.Get<AuditLog>().PageAsync(0, 10, ct)).Select(e => e.Action).ToList();
        Assert.Contains("Share", actions_);
        Assert.Contains("Unshare", actions_);
    }

    [Theory]
    [MemberData(nameof(StorageProvider.Providers), MemberType = typeof(StorageProvider))]
    public async Task OnlyTheOwnerOrAnAdmin_MakeOrRevokeLinks_AndARefusalChangesNothing(string provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var storage = await StorageProvider.CreateAsync(provider);
        var admin = await AccountAsync(storage, "ada", AccountRole.Admin);
        var owner = await AccountAsync(storage, "eve", AccountRole.Editor);
        var otherEditor = await AccountAsync(storage, "ed", AccountRole.Editor);
        var viewer = await AccountAsync(storage, "vic", AccountRole.Viewer);
        var dataset = await ReadyDatasetAsync(storage, owner, DatasetVisibility.SignedIn);
        var actions = storage.Get<DatasetActions>();
        string token = (await actions.ShareAsync(owner, dataset, string.Empty, ct))!;
        var link = Assert.Single(await storage.Get<ShareLinks>().ListAsync(dataset, ct));

        string before = await LinksAndAuditAsync(storage);
        foreach (var refused in new[] { otherEditor, viewer, Actor.Anonymous })
        {
            await Assert.ThrowsAsync<AccessDeniedException>(() => actions.ShareAsync(refused, dataset, string.Empty, ct));
            await Assert.ThrowsAsync<AccessDeniedException>(() => actions.RevokeShareAsync(refused, link.Id, ct));
        }

        Assert.Equal(before, await LinksAndAuditAsync(storage));
        Assert.NotNull(await storage.Get<ShareLinks>().OpenAsync(token, ct));
        Assert.True(await actions.RevokeShareAsync(admin, link.Id, ct));
    }

    [Theory]
    [MemberData(nameof(StorageProvider.Providers), MemberType = typeof(StorageProvider))]
    public async Task DeletingTheDataset_TakesItsLinksWithIt(string provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var storage = await StorageProvider.CreateAsync(provider);
        var owner = await AccountAsync(storage, "eve", AccountRole.Editor);
        var dataset = await ReadyDatasetAsync(storage, owner, DatasetVisibility.Public);
        var actions = storage.Get<DatasetActions>();
        string token = (await actions.ShareAsync(owner, dataset, "q=flood", ct))!;

        Assert.True(await actions.DeleteAsync(owner, dataset, ct));

        Assert.Null(await storage.Get<ShareLinks>().OpenAsync(token, ct));
        await using var db = await storage.Contexts.CreateDbContextAsync(ct);
        Assert.Equal(0, await db.ShareLinks.CountAsync(ct));
    }

    [Theory]
    [MemberData(nameof(StorageProvider.Providers), MemberType = typeof(StorageProvider))]
    public async Task AFirstExternalSignIn_MakesALinkedAccount_ButNeverTakesOverAName(string provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var storage = await StorageProvider.CreateAsync(provider);
        await AccountAsync(storage, "ada", AccountRole.Admin);
        var accounts = storage.Get<AccountService>();

        Assert.True((await accounts.CreateExternalAsync("kim@news.example", "oidc", "subject-1", AccountRole.Viewer, ct)).Succeeded);
        Assert.False((await accounts.CreateExternalAsync("ADA", "oidc", "subject-2", AccountRole.Admin, ct)).Succeeded);

        await using var db = await storage.Contexts.CreateDbContextAsync(ct);
        var login = await db.UserLogins.SingleAsync(ct);
        Assert.Equal(("oidc", "subject-1"), (login.LoginProvider, login.ProviderKey));
        var kim = await db.Users.SingleAsync(u => u.Id == login.UserId, ct);
        Assert.Equal("kim@news.example", kim.UserName);
        Assert.Null(kim.PasswordHash); // signs in only through the provider
        var listed = await accounts.ListAsync(AccountService.Operator, ct);
        Assert.Equal(AccountRole.Viewer, listed.Single(a => a.Name == "kim@news.example").Role);
        Assert.Equal(2, listed.Count);
        Assert.Contains(await db.AuditEntries.Select(a => a.Detail).ToListAsync(ct), d => d != null && d.Contains("first sign-in through oidc", StringComparison.Ordinal));
    }
}
