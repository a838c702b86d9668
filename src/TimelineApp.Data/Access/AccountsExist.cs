using Microsoft.EntityFrameworkCore;

namespace TimelineApp.Data.Access;

/// <summary>
/// Whether any account exists (the first-run case: then public datasets are readable without signing in, and the app
/// says how to create the first admin). Once true it stays true; while false it asks the database at most every 2 s,
/// because the first admin is added by the CLI, another process.
/// </summary>
public sealed class AccountsExist(IDbContextFactory<TimelineDbContext> contexts, TimeProvider time)
{
    private static readonly TimeSpan Recheck = TimeSpan.FromSeconds(2);
    private volatile bool _exist;
    private long _checkedAt = long.MinValue;

    public async Task<bool> AnyAsync(CancellationToken cancellationToken = default)
    {
        if (_exist)
        {
            return true;
        }

        long now = time.GetTimestamp();
        if (Interlocked.Read(ref _checkedAt) != long.MinValue && time.GetElapsedTime(Interlocked.Read(ref _checkedAt), now) < Recheck)
        {
            return false;
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        _exist = await db.Users.AnyAsync(cancellationToken).ConfigureAwait(false);
        Interlocked.Exchange(ref _checkedAt, now);
        return _exist;
    }

    /// <summary>An account was just created in this process.</summary>
    public void Created() => _exist = true;
}
