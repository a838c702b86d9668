using TimelineApp.Data.Ingest;

namespace TimelineApp.Web.Services;

/// <summary>
/// Runs ingest jobs in the background, one at a time: a single writer suits SQLite and leaves the second
/// core to the viewers. At start-up it first recovers jobs that a previous process left behind.
/// </summary>
public sealed partial class IngestWorker(IngestService ingest, IngestScheduler queue, TimelineCache cache, ILogger<IngestWorker> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        foreach (var jobId in await ingest.RecoverAsync(stoppingToken))
        {
            await queue.EnqueueAsync(jobId, stoppingToken);
        }

        await foreach (var jobId in queue.Reader.ReadAllAsync(stoppingToken))
        {
            JobSnapshot result;
            try
            {
                result = await ingest.ProcessAsync(jobId, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                // Shutting down: the job stays "running" with a lease and is recovered at the next start.
                return;
            }

            LogJobFinished(logger, result.Id, result.Status);
            cache.Invalidate(result.DatasetId);
            queue.OnFinished(result);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Ingest job {JobId} finished: {Status}")]
    private static partial void LogJobFinished(ILogger logger, Guid jobId, TimelineApp.Data.Entities.JobStatus status);
}
