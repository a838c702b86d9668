using System.Data.Common;
using System.Reflection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Storage;

namespace TimelineApp.Data.Storage;

/// <summary>
/// Adopts databases made before the app had migrations. Those were created by <c>EnsureCreated</c>, which
/// writes the whole schema of its day and no <c>__EFMigrationsHistory</c>; <c>Migrate</c> would then try to
/// create every table again and fail. That era had exactly two schemas: the first model
/// (<see cref="InitialMigration"/>) and the same plus <c>IngestJobs.LeaseHolder</c>
/// (<see cref="LeaseHolderMigration"/>). Adoption records the migrations such a database already matches as
/// applied, so <c>Migrate</c> adds only what it lacks; the data is never touched. Every later schema change
/// comes as a migration, so this list never grows.
/// </summary>
public static class LegacySchema
{
    private const string HistoryTable = HistoryRepository.DefaultTableName;

    public const string InitialMigration = "Initial";

    public const string LeaseHolderMigration = "IngestJobLeaseHolder";

    /// <summary>Records the migrations a pre-migrations database matches; returns their ids (none for any other database).</summary>
    public static async Task<IReadOnlyList<string>> AdoptAsync(TimelineDbContext db, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        var creator = db.GetService<IRelationalDatabaseCreator>();
        if (!await creator.ExistsAsync(cancellationToken).ConfigureAwait(false))
        {
            return []; // a new database: Migrate creates it
        }

        // The catalogue is asked directly: IHistoryRepository.Exists answered true on PostgreSQL (Npgsql 10.0.3)
        // for a database without the history table.
        var tables = await TablesAsync(db, cancellationToken).ConfigureAwait(false);
        if (tables.Contains(HistoryTable) || !tables.Contains("IngestJobs"))
        {
            return []; // managed by migrations already, or empty (or not ours): Migrate takes it from here
        }

        var jobColumns = await IngestJobColumnsAsync(db, cancellationToken).ConfigureAwait(false);
        var matched = new List<string> { MigrationId(db, InitialMigration) };
        if (jobColumns.Contains("LeaseHolder"))
        {
            matched.Add(MigrationId(db, LeaseHolderMigration));
        }

        try
        {
            var history = db.GetService<IHistoryRepository>();
            await using var tx = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            await db.Database.ExecuteSqlRawAsync(history.GetCreateIfNotExistsScript(), cancellationToken).ConfigureAwait(false);
            foreach (string id in matched)
            {
                await db.Database.ExecuteSqlRawAsync(history.GetInsertScript(new HistoryRow(id, EfVersion())), cancellationToken).ConfigureAwait(false);
            }

            await tx.CommitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (DbException)
        {
            // Another process (a second app instance, a CLI ingest) may have adopted the same database at the
            // same moment; then its rows are there and all is well. Anything else is a real failure.
            if (!await AdoptedElsewhereAsync(db, matched, cancellationToken).ConfigureAwait(false))
            {
                throw;
            }
        }

        return matched;
    }

    private static async Task<bool> AdoptedElsewhereAsync(TimelineDbContext db, List<string> matched, CancellationToken cancellationToken)
    {
        if (!(await TablesAsync(db, cancellationToken).ConfigureAwait(false)).Contains(HistoryTable))
        {
            return false;
        }

        var applied = await db.Database.GetAppliedMigrationsAsync(cancellationToken).ConfigureAwait(false);
        return matched.All(applied.Contains);
    }

    private static async Task<HashSet<string>> TablesAsync(TimelineDbContext db, CancellationToken cancellationToken)
    {
        string sql = db.Database.IsNpgsql()
            ? """SELECT table_name::text AS "Value" FROM information_schema.tables WHERE table_schema = current_schema()"""
            : """SELECT "name" AS "Value" FROM sqlite_master WHERE "type" = 'table'""";
        var tables = await db.Database.SqlQueryRaw<string>(sql).ToListAsync(cancellationToken).ConfigureAwait(false);
        return [.. tables];
    }

    private static async Task<HashSet<string>> IngestJobColumnsAsync(TimelineDbContext db, CancellationToken cancellationToken)
    {
        string sql = db.Database.IsNpgsql()
            ? """SELECT column_name::text AS "Value" FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = 'IngestJobs'"""
            : """SELECT "name" AS "Value" FROM pragma_table_info('IngestJobs')""";
        var columns = await db.Database.SqlQueryRaw<string>(sql).ToListAsync(cancellationToken).ConfigureAwait(false);
        return [.. columns];
    }

    // Migration ids carry the timestamp of the day they were made, which differs between the two providers' sets.
    private static string MigrationId(TimelineDbContext db, string name) =>
        db.Database.GetMigrations().Single(id => id.EndsWith("_" + name, StringComparison.Ordinal));

    // What EF itself writes as ProductVersion: its informational version without the source revision.
    private static string EfVersion()
    {
        string version = typeof(DbContext).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "unknown";
        int plus = version.IndexOf('+', StringComparison.Ordinal);
        return plus < 0 ? version : version[..plus];
    }
}
