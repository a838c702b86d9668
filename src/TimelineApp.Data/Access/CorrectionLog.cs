using Microsoft.EntityFrameworkCore;
using NodaTime;
using TimelineApp.Data.Entities;

namespace TimelineApp.Data.Access;

/// <summary>A correction as the story page lists it.</summary>
public sealed record CorrectionEntry(long Id, Guid StoryId, string Kind, string Payload, string Summary, Instant CreatedAt, string CreatedBy, Instant? UndoneAt, string? UndoneBy)
{
    public bool IsActive => UndoneAt is null;
}

/// <summary>
/// Stores a story's corrections as edits, each with its audit entry in the same save. Who may correct is checked by
/// <see cref="DatasetActions"/>; this class only stores and reads.
/// </summary>
public sealed class CorrectionLog(IDbContextFactory<TimelineDbContext> contexts, AuditLog audit, IClock clock)
{
    /// <summary>Every correction of a story in the order they were made, undone ones included.</summary>
    public async Task<IReadOnlyList<CorrectionEntry>> ListAsync(Guid storyId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var rows = await db.Corrections.AsNoTracking().Where(c => c.StoryId == storyId).OrderBy(c => c.Id).ToListAsync(cancellationToken).ConfigureAwait(false);
        return [.. rows.Select(ToEntry)];
    }

    internal async Task<CorrectionEntry> AddAsync(Actor who, Guid storyId, string storyName, string kind, string payload, string summary, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var row = new CorrectionRecord
        {
            StoryId = storyId,
            Kind = kind,
            Payload = payload,
            Summary = summary,
            CreatedAt = clock.GetCurrentInstant(),
            CreatedById = who.AccountId,
            CreatedByName = who.Name,
        };
        db.Corrections.Add(row);
        db.AuditEntries.Add(audit.Entry(who, "Correct", storyId, storyName, summary));
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return ToEntry(row);
    }

    internal async Task<bool> UndoAsync(Actor who, long correctionId, string storyName, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var row = await db.Corrections.FirstOrDefaultAsync(c => c.Id == correctionId && c.UndoneAt == null, cancellationToken).ConfigureAwait(false);
        if (row is null)
        {
            return false;
        }

        row.UndoneAt = clock.GetCurrentInstant();
        row.UndoneByName = who.Name;
        db.AuditEntries.Add(audit.Entry(who, "Undo", row.StoryId, storyName, row.Summary));
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return true;
    }

    internal async Task<CorrectionEntry?> FindAsync(long correctionId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var row = await db.Corrections.AsNoTracking().FirstOrDefaultAsync(c => c.Id == correctionId, cancellationToken).ConfigureAwait(false);
        return row is null ? null : ToEntry(row);
    }

    private static CorrectionEntry ToEntry(CorrectionRecord c) =>
        new(c.Id, c.StoryId, c.Kind, c.Payload, c.Summary, c.CreatedAt, c.CreatedByName, c.UndoneAt, c.UndoneByName);
}
