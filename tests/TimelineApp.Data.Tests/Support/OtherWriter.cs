using System.Data.Common;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace TimelineApp.Data.Tests.Support;

/// <summary>
/// Another program writing to the database and holding its lock: on SQLite the one write lock of the file
/// (<c>BEGIN IMMEDIATE</c>); on PostgreSQL an EXCLUSIVE lock on the named tables, which lets reads through and
/// makes every write to them wait. Released by <see cref="ReleaseAsync"/> (a rollback) or on dispose.
/// </summary>
internal sealed class OtherWriter : IAsyncDisposable
{
    private readonly DbConnection _connection;
    private bool _holding = true;

    private OtherWriter(DbConnection connection) => _connection = connection;

    public static async Task<OtherWriter> TakeAsync(StorageProvider storage, params string[] postgresTables)
    {
        DbConnection connection = storage.Provider == "Sqlite" ? new SqliteConnection(storage.ConnectionString) : new NpgsqlConnection(storage.ConnectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = storage.Provider == "Sqlite"
            ? "BEGIN IMMEDIATE;"
            : $"BEGIN; LOCK TABLE {string.Join(", ", postgresTables.Select(t => $"\"{t}\""))} IN EXCLUSIVE MODE;";
        await command.ExecuteNonQueryAsync();
        return new OtherWriter(connection);
    }

    public async Task ReleaseAsync()
    {
        if (_holding)
        {
            _holding = false;
            await using var command = _connection.CreateCommand();
            command.CommandText = "ROLLBACK;";
            await command.ExecuteNonQueryAsync();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await ReleaseAsync();
        await _connection.DisposeAsync();
    }
}
