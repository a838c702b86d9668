using Microsoft.Data.Sqlite;
using Npgsql;

namespace TimelineApp.Data.Storage;

/// <summary>
/// What a database exception means for work that was writing: <see cref="IsTransient"/> faults (SQLite busy or
/// locked past its wait, a PostgreSQL error Npgsql calls transient) go away by themselves, so the work is tried
/// again later; the others (a read-only or full database) need an operator, so the work stops with
/// <see cref="Reason"/>, which is written for the person who uploaded.
/// </summary>
public sealed record DatabaseFault(bool IsTransient, string Reason)
{
    // SQLite primary result codes (sqlite.org/rescode.html); the extended code's low byte is the primary one.
    private const int SqliteBusy = 5;
    private const int SqliteLocked = 6;
    private const int SqliteReadOnly = 8;
    private const int SqliteFull = 13;
    private const int SqliteCantOpen = 14;

    /// <summary>The fault behind <paramref name="exception"/> (EF wraps provider errors), or null when it is not a database fault.</summary>
    public static DatabaseFault? Of(Exception exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            var fault = e switch
            {
                SqliteException sqlite => OfSqlite(sqlite.SqliteErrorCode & 0xFF),
                PostgresException postgres => OfPostgres(postgres),
                NpgsqlException npgsql when npgsql.IsTransient => new DatabaseFault(true, "the database could not be reached"),
                _ => null,
            };
            if (fault is not null)
            {
                return fault;
            }
        }

        return null;
    }

    private static DatabaseFault? OfSqlite(int code) => code switch
    {
        SqliteBusy or SqliteLocked => new DatabaseFault(true, "the database was busy: another program held its write lock"),
        SqliteReadOnly => new DatabaseFault(false, "the database is read-only"),
        SqliteFull => new DatabaseFault(false, "the database or its disk is full"),
        // The file or its folder is gone or unreachable (a network share dropped, a volume unmounted): an outage, not a bug.
        SqliteCantOpen => new DatabaseFault(true, "the database could not be reached"),
        _ => null,
    };

    // Checked before IsTransient: Npgsql calls disk_full transient (class 53, "insufficient resources"), but a full
    // disk does not empty itself, so retrying would only fail again later.
    private static DatabaseFault? OfPostgres(PostgresException e) => e.SqlState switch
    {
        PostgresErrorCodes.DiskFull => new DatabaseFault(false, "the database server's disk is full"),
        PostgresErrorCodes.ReadOnlySqlTransaction => new DatabaseFault(false, "the database is read-only"),
        _ when e.IsTransient => new DatabaseFault(true, "the database was busy or briefly unavailable"),
        _ => null,
    };
}
