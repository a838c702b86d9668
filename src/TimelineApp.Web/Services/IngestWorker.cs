using TimelineApp.Data.Ingest;
using TimelineApp.Data.Storage;

namespace TimelineApp.Web.Services;

/// <summary>
/// Runs ingest jobs in the background, one at a time: a single writer suits SQLite and leaves a core to the
/// viewers. A job the database was too busy for runs again after a backoff; at start-up, and every minute
/// after, the worker also recovers jobs that a dead process left behind.
/// </summary>
public sealed partial class IngestWorker(IngestService ingest, IngestScheduler scheduler, TimelineCache cache, IngestLimits limits, ILogger<IngestWorker> logger) : BackgroundService
{
    private static readonly TimeSpan RecoveryInterval = TimeSpan.FromMinutes(1);

    // Consecutive runs of a job that ended in a thrown database fault, when the job row itself could not count them.
    private readonly Dictionary<Guid, int> _refusals = [];

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var recovery = RecoverPeriodicallyAsync(stoppingToken);
        await foreach (var jobId in scheduler.Reader.ReadAllAsync(stoppingToken))
        {
            JobSnapshot result;
            try
            {
                result = await ingest.ProcessAsync(jobId, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                // Shutting down: the job stays "running" with a lease and is recovered at the next start.
                break;
            }
            // DatabaseFault looks inside wrappers: EF Core hands a transient Npgsql error over inside an InvalidOperationException.
            catch (Exception e) when (DatabaseFault.Of(e) is not null || e is System.Data.Common.DbException or Microsoft.EntityFrameworkCore.DbUpdateException or TimeoutException)
            {
                var fault = DatabaseFault.Of(e) ?? new DatabaseFault(false, e.Message);
                // The database refused the claim, or even the write that would have recorded the fault (SQLite stays
                // locked for every connection until the other writer lets go). An exception escaping here would stop
                // the whole host (.NET 6+ BackgroundService behaviour), so: retry a busy database after a backoff,
                // a bounded number of times, and leave anything else to the periodic recovery.
                int refusals = _refusals[jobId] = _refusals.GetValueOrDefault(jobId) + 1;
                if (fault.IsTransient && refusals < limits.MaxAttempts)
                {
                    var delay = limits.RetryDelayAfter(refusals);
                    LogJobRetrying(logger, jobId, delay, fault.Reason, e);
                    _ = EnqueueLaterAsync(jobId, delay, stoppingToken);
                }
                else
                {
                    _refusals.Remove(jobId);
                    LogJobDeferred(logger, jobId, fault.Reason, e);
                }

                continue;
            }

            _refusals.Remove(jobId);
            if (result.IsWaitingToRetry)
            {
                // ProcessAsync recorded the fault and the attempt on the job row; the page shows its note meanwhile.
                var delay = limits.RetryDelayAfter(result.Attempts);
                LogJobRetrying(logger, jobId, delay, result.Error!, null);
                _ = EnqueueLaterAsync(jobId, delay, stoppingToken);
                continue;
            }

            LogJobFinished(logger, result.Id, result.Status);
            cache.Invalidate(result.DatasetId);
            scheduler.OnFinished(result);
        }

        await recovery;
    }

    private async Task EnqueueLaterAsync(Guid jobId, TimeSpan delay, CancellationToken stoppingToken)
    {
        try
        {
            await Task.Delay(delay, stoppingToken);
            await scheduler.EnqueueAsync(jobId, stoppingToken);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down: the job row is still open, so the next start offers it again.
        }
    }

    private async Task RecoverPeriodicallyAsync(CancellationToken stoppingToken)
    {
        try
        {
            do
            {
                foreach (var jobId in await ingest.RecoverAsync(stoppingToken))
                {
                    await scheduler.EnqueueAsync(jobId, stoppingToken);
                }
            }
            while (await WaitAsync(stoppingToken));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down.
        }
    }

    private static async Task<bool> WaitAsync(CancellationToken token)
    {
        await Task.Delay(RecoveryInterval, token);
        return true;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Ingest job {JobId} will be tried again in {Delay}: {Reason}")]
    private static partial void LogJobRetrying(ILogger logger, Guid jobId, TimeSpan delay, string reason, Exception? exception);

    [LoggerMessage(Level = LogLevel.Error, Message = "Ingest job {JobId} could not be run ({Reason}); recovery will offer it again")]
    private static partial void LogJobDeferred(ILogger logger, Guid jobId, string reason, Exception exception);

    [LoggerMessage(Level = LogLevel.Information, Message = "Ingest job {JobId} finished: {Status}")]
    private static partial void LogJobFinished(ILogger logger, Guid jobId, TimelineApp.Data.Entities.JobStatus status);
}
