using System.Data.Common;
using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace TimelineApp.Data.Storage;

/// <summary>Configures EF Core for the chosen provider and brings the database's schema up to date.</summary>
public static class DatabaseSetup
{
    /// <summary>
    /// Each provider has its own migrations (column types and identity differ), kept in its own assembly
    /// because the app uses one context type for both. The web app and the CLI reference both assemblies.
    /// </summary>
    public const string SqliteMigrationsAssembly = "TimelineApp.Data.Migrations.Sqlite";

    public const string PostgresMigrationsAssembly = "TimelineApp.Data.Migrations.Postgres";

    public static DbContextOptionsBuilder UseTimelineDatabase(this DbContextOptionsBuilder builder, DatabaseOptions options)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(options);
        string cs = options.ResolveConnectionString();
        return options.IsPostgres
            ? builder.UseNpgsql(cs, o => o.MigrationsAssembly(PostgresMigrationsAssembly))
            : builder.UseSqlite(cs, o => o.MigrationsAssembly(SqliteMigrationsAssembly)).AddInterceptors(SqliteDurability.Instance);
    }

    /// <summary>
    /// Creates the database or applies the migrations it lacks; safe to call at every start, from several
    /// processes at once (EF Core takes a migrations lock). A database made by a version that used
    /// <c>EnsureCreated</c> is adopted first (<see cref="LegacySchema"/>). Returns the migrations adoption
    /// recorded as already applied (empty for a new or already migrated database).
    /// </summary>
    public static async Task<IReadOnlyList<string>> MigrateAsync(TimelineDbContext db, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        var adoption = await LegacySchema.AdoptAsync(db, cancellationToken).ConfigureAwait(false);
        await db.Database.MigrateAsync(cancellationToken).ConfigureAwait(false);
        if (db.Database.IsSqlite())
        {
            // EF creates new files in WAL mode, except when its history table creates the file first
            // (efcore #36369): say so explicitly. The mode is stored in the file, so this is idempotent.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken).ConfigureAwait(false);
        }

        return adoption;
    }

    /// <summary>
    /// Keeps SQLite's synchronous=FULL (durable commits even on power loss) and a busy timeout on every
    /// connection; both are per-connection settings that SQLite does not store. The busy timeout is the
    /// connection string's <c>Default Timeout</c> (30 s unless set), the same limit Microsoft.Data.Sqlite's own
    /// retries of a busy statement use, so one setting says how long a write waits for another writer.
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
                command.CommandText = string.Create(CultureInfo.InvariantCulture, $"PRAGMA synchronous=FULL; PRAGMA busy_timeout={sqlite.DefaultTimeout * 1000}; PRAGMA foreign_keys=ON;");
                command.ExecuteNonQuery();
            }
        }
    }
}
