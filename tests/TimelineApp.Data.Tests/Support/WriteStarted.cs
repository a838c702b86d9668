using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace TimelineApp.Data.Tests.Support;

/// <summary>
/// Signals when the first command that writes (UPDATE, INSERT, DELETE) is about to run, so a test can wait for an
/// ingest to reach a lock instead of sleeping and hoping it has.
/// </summary>
internal sealed class WriteStarted : DbCommandInterceptor
{
    private readonly TaskCompletionSource _started = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public Task Started => _started.Task;

    public override InterceptionResult<int> NonQueryExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<int> result)
    {
        Notice(command);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Notice(command);
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
    {
        Notice(command);
        return result;
    }

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        Notice(command);
        return ValueTask.FromResult(result);
    }

    private void Notice(DbCommand command)
    {
        string sql = command.CommandText.TrimStart();
        if (sql.StartsWith("UPDATE", StringComparison.OrdinalIgnoreCase) || sql.StartsWith("INSERT", StringComparison.OrdinalIgnoreCase)
            || sql.StartsWith("DELETE", StringComparison.OrdinalIgnoreCase) || sql.Contains("\nUPDATE", StringComparison.OrdinalIgnoreCase))
        {
            _started.TrySetResult();
        }
    }
}
