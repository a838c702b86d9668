using TimelineApp.Data.Ingest;

namespace TimelineApp.Web.Services;

/// <summary>
/// Runs ingest jobs in the background, one at a time: a single writer suits SQLite and leaves a core to the
/// viewers. At start-up, and every minute after, it recovers jobs that a dead process left behind.
/// </summary>
public sealed partial class IngestWorker(IngestService ingest, IngestScheduler scheduler, TimelineCache cache, ILogger<IngestWorker> logger) : BackgroundService
{
    private static readonly TimeSpan RecoveryInterval = TimeSpan.FromMinutes(1);

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
            catch (Exception e) when (e is System.Data.Common.DbException or Microsoft.EntityFrameworkCore.DbUpdateException or TimeoutException)
            {
                // The database refused the claim (locked past the busy timeout, unreachable). The job is still in
                // the table, queued or with a lease that runs out, so periodic recovery offers it again; an
                // exception escaping here would stop the whole host (.NET 6+ BackgroundService behaviour).
                LogJobDeferred(logger, jobId, e);
                continue;
            }

            LogJobFinished(logger, result.Id, result.Status);
            cache.Invalidate(result.DatasetId);
            scheduler.OnFinished(result);
        }

        await recovery;
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

    [LoggerMessage(Level = LogLevel.Warning, Message = "Ingest job {JobId} could not be started; recovery will retry it")]
    private static partial void LogJobDeferred(ILogger logger, Guid jobId, Exception exception);

    [LoggerMessage(Level = LogLevel.Information, Message = "Ingest job {JobId} finished: {Status}")]
    private static partial void LogJobFinished(ILogger logger, Guid jobId, TimelineApp.Data.Entities.JobStatus status);
}
