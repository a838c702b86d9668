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

    [LoggerMessage(Level = LogLevel.Information, Message = "Ingest job {JobId} finished: {Status}")]
    private static partial void LogJobFinished(ILogger logger, Guid jobId, TimelineApp.Data.Entities.JobStatus status);
}
