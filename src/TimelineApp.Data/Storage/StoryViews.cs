using Microsoft.EntityFrameworkCore;
using NodaTime;
using TimelineApp.Core.Stories;
using TimelineApp.Data.Entities;

namespace TimelineApp.Data.Storage;

/// <summary>Keeps each story's last merge (<see cref="StoryViewRecord"/>), so a long story opens by reading one row.</summary>
public sealed class StoryViews(IDbContextFactory<TimelineDbContext> contexts, StorageFaults faults, IClock clock)
{
    /// <summary>The merge made from exactly these inputs, or null (none kept, another set of captures, or unreadable).</summary>
    public async Task<StoryTimeline?> FindAsync(Guid storyId, string inputs, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var payload = await db.StoryViews.AsNoTracking().Where(v => v.StoryId == storyId && v.Inputs == inputs)
            .Select(v => v.Payload).FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        return payload is null ? null : StoryViewCodec.Decode(payload);
    }

    /// <summary>
    /// Keeps a merge, replacing the story's last one. Keeping it only saves the next reader time: a database that
    /// refuses the write (busy, read-only, full) is reported to <see cref="StorageFaults"/> and the merge is still used.
    /// </summary>
    public async Task SaveAsync(Guid storyId, string inputs, StoryTimeline merged, CancellationToken cancellationToken = default)
    {
        byte[] payload = StoryViewCodec.Encode(merged);
        try
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
            await using var tx = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            await db.StoryViews.Where(v => v.StoryId == storyId).ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false);
            if (await db.Stories.AnyAsync(s => s.Id == storyId, cancellationToken).ConfigureAwait(false))
            {
                db.StoryViews.Add(new StoryViewRecord { StoryId = storyId, Inputs = inputs, Payload = payload, BuiltAt = clock.GetCurrentInstant() });
                await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            }

            await tx.CommitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (DatabaseFault.Of(e) is { } fault)
        {
            faults.Report(fault);
        }
    }
}
