using Microsoft.EntityFrameworkCore;
using NodaTime;
using TimelineApp.Data.Entities;

namespace TimelineApp.Data.Access;

/// <summary>The record of who changed what and when (upload, rename, delete, re-process, cancel, visibility, accounts and roles).</summary>
public sealed class AuditLog(IDbContextFactory<TimelineDbContext> contexts, IClock clock)
{
    public async Task WriteAsync(Actor actor, string action, Guid? datasetId, string? target, string? detail, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        db.AuditEntries.Add(Entry(actor, action, datasetId, target, detail));
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
    }

    internal AuditEntryRecord Entry(Actor actor, string action, Guid? datasetId, string? target, string? detail) => new()
    {
        At = clock.GetCurrentInstant(),
        ActorId = actor.AccountId,
        ActorName = actor.Name,
        Via = actor.Via,
        Action = action,
        DatasetId = datasetId,
        TargetName = target is { Length: > 256 } ? target[..256] : target,
        Detail = detail,
    };

    /// <summary>Newest first.</summary>
    public async Task<IReadOnlyList<AuditEntryRecord>> PageAsync(int skip, int take, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        return await db.AuditEntries.AsNoTracking().OrderByDescending(a => a.At).ThenByDescending(a => a.Id)
            .Skip(skip).Take(take).ToListAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Every entry, newest first, read as it is written out (the export streams it; the log can be long).</summary>
    public async IAsyncEnumerable<AuditEntryRecord> AllAsync([System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await foreach (var entry in db.AuditEntries.AsNoTracking().OrderByDescending(a => a.At).ThenByDescending(a => a.Id)
            .AsAsyncEnumerable().WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            yield return entry;
        }
    }
}
