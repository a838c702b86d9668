using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using System.Data.Common;

namespace TimelineApp.Data.Storage;

/// <summary>Configures EF Core for the chosen provider and prepares the database.</summary>
public static class DatabaseSetup
{
    public static DbContextOptionsBuilder UseTimelineDatabase(this DbContextOptionsBuilder builder, DatabaseOptions options)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(options);
        string cs = options.ResolveConnectionString();
        return options.IsPostgres
            ? builder.UseNpgsql(cs)
            : builder.UseSqlite(cs).AddInterceptors(SqliteDurability.Instance);
    }

    /// <summary>Creates the schema when the database is new. Safe to call at every start.</summary>
    public static async Task EnsureCreatedAsync(TimelineDbContext db, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        await db.Database.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        if (db.Database.IsSqlite())
        {
            // New databases are created in WAL mode by EF, but not every path guarantees it: say so explicitly.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// Keeps SQLite's synchronous=FULL (durable commits even on power loss) and a busy timeout on every
    /// connection; both are per-connection settings that SQLite does not store.
    /// </summary>
    private sealed class SqliteDurability : DbConnectionInterceptor
    {
        public static readonly SqliteDurability Instance = new();

        public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Apply(connection);

        public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
        {
            Apply(connection);
            return Task.CompletedTask;
        }

        private static void Apply(DbConnection connection)
        {
            if (connection is SqliteConnection sqlite)
            {
                using var command = sqlite.CreateCommand();
                command.CommandText = "PRAGMA synchronous=FULL; PRAGMA busy_timeout=10000; PRAGMA foreign_keys=ON;";
                command.ExecuteNonQuery();
            }
        }
    }
}
