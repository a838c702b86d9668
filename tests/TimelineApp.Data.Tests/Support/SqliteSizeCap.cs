using System.Data.Common;
using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace TimelineApp.Data.Tests.Support;

/// <summary>
/// A full disk, for real: every connection caps the SQLite file at the size it has when the connection opens
/// (<c>PRAGMA max_page_count</c>, a per-connection setting), so any write that needs a new page fails with
/// SQLITE_FULL, while writes that fit in existing pages (a status change) still succeed, as on a full disk.
/// </summary>
internal sealed class SqliteSizeCap : DbConnectionInterceptor
{
    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Cap((SqliteConnection)connection);

    public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Cap((SqliteConnection)connection);
        return Task.CompletedTask;
    }

    private static void Cap(SqliteConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA page_count;";
        long pages = (long)command.ExecuteScalar()!;
        command.CommandText = string.Create(CultureInfo.InvariantCulture, $"PRAGMA max_page_count = {pages};");
        command.ExecuteNonQuery();
    }
}
