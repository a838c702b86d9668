using System.Buffers.Text;
using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using TimelineApp.Data.Entities;

namespace TimelineApp.Data.Access;

/// <summary>One view a share link opens: a ready dataset and the timeline's query string.</summary>
public sealed record SharedView(Guid LinkId, Guid DatasetId, string View);

/// <summary>A share link as its dataset's page lists it (the secret is not kept, so it is not listed).</summary>
public sealed record ShareLinkSummary(Guid Id, Guid DatasetId, string View, string CreatedBy, Instant CreatedAt, Instant? RevokedAt);

/// <summary>
/// Read-only links to one view of one dataset, for people without an account. The link carries a 256-bit random secret;
/// the database keeps only its hash. Making and revoking links goes through <see cref="DatasetActions"/>, which checks
/// who may; this class only stores and looks up.
/// </summary>
public sealed class ShareLinks(IDbContextFactory<TimelineDbContext> contexts, AuditLog audit, IClock clock)
{
    /// <summary>Longer views are refused: a query string of the timeline is far shorter.</summary>
    public const int MaxViewLength = 4000;

    /// <summary>The view a token opens, while the link is not revoked and its dataset is ready; null otherwise.</summary>
    public async Task<SharedView?> OpenAsync(string? token, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrEmpty(token) || token.Length > 100)
        {
            return null;
        }

        string hash = Hash(token);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var link = await db.ShareLinks.AsNoTracking().FirstOrDefaultAsync(l => l.TokenHash == hash && l.RevokedAt == null, cancellationToken).ConfigureAwait(false);
        if (link is null || !await db.Datasets.AnyAsync(d => d.Id == link.DatasetId && d.Status == DatasetStatus.Ready, cancellationToken).ConfigureAwait(false))
        {
            return null;
        }

        return new SharedView(link.Id, link.DatasetId, link.View);
    }

    public async Task<IReadOnlyList<ShareLinkSummary>> ListAsync(Guid datasetId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var rows = await db.ShareLinks.AsNoTracking().Where(l => l.DatasetId == datasetId).ToListAsync(cancellationToken).ConfigureAwait(false);
        return [.. rows.OrderByDescending(l => l.CreatedAt).Select(l => new ShareLinkSummary(l.Id, l.DatasetId, l.View, l.CreatedByName, l.CreatedAt, l.RevokedAt))];
    }

    public async Task<ShareLinkSummary?> FindAsync(Guid linkId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var l = await db.ShareLinks.AsNoTracking().FirstOrDefaultAsync(x => x.Id == linkId, cancellationToken).ConfigureAwait(false);
        return l is null ? null : new ShareLinkSummary(l.Id, l.DatasetId, l.View, l.CreatedByName, l.CreatedAt, l.RevokedAt);
    }

    /// <summary>Stores a new link with its audit entry, in one transaction; returns the secret, which is shown once.</summary>
    internal async Task<string> CreateAsync(Actor who, DatasetSummaryName dataset, string view, CancellationToken cancellationToken)
    {
        string token = NewToken();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        db.ShareLinks.Add(new ShareLinkRecord
        {
            Id = Guid.NewGuid(),
            TokenHash = Hash(token),
            DatasetId = dataset.Id,
            View = view,
            CreatedById = who.AccountId,
            CreatedByName = who.Name,
            CreatedAt = clock.GetCurrentInstant(),
        });
        db.AuditEntries.Add(audit.Entry(who, "Share", dataset.Id, dataset.Name, string.IsNullOrEmpty(view) ? "whole dataset" : view));
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return token;
    }

    /// <summary>Revokes a link with its audit entry, in one save; false when it was already revoked or is gone.</summary>
    internal async Task<bool> RevokeAsync(Actor who, Guid linkId, string datasetName, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var link = await db.ShareLinks.FirstOrDefaultAsync(l => l.Id == linkId && l.RevokedAt == null, cancellationToken).ConfigureAwait(false);
        if (link is null)
        {
            return false;
        }

        link.RevokedAt = clock.GetCurrentInstant();
        db.AuditEntries.Add(audit.Entry(who, "Unshare", link.DatasetId, datasetName, link.View));
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return true;
    }

    private static string NewToken() => Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));

    private static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(token)));
}

/// <summary>The id and name of a dataset, as an audit entry names it.</summary>
internal sealed record DatasetSummaryName(Guid Id, string Name);
