using TimelineApp.Data.Ingest;
using TimelineApp.Data.Storage;

namespace TimelineApp.Web.Services;

/// <summary>
/// Runs ingest jobs in the background (<see cref="IngestLimits.Workers"/> at once, one by default: a single writer
/// suits SQLite and leaves a core to the viewers). Jobs come from the <see cref="JobChannel"/> and, every
/// <see cref="IngestLimits.RecoveryInterval"/>, from the job table (queued jobs, and jobs whose lease ran out).
/// No exception of a job ever leaves this loop: a BackgroundService that throws stops the whole host.
/// </summary>
public sealed partial class IngestWorker(JobRunner runner, JobRecovery recovery, JobChannel channel, TimelineCache cache, DatasetStore store, StorageFaults faults, IngestLimits limits, ILogger<IngestWorker> logger) : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var loops = Enumerable.Range(0, Math.Max(1, limits.Workers)).Select(_ => ConsumeAsync(stoppingToken)).ToList();
        loops.Add(RecoverPeriodicallyAsync(stoppingToken));
        return Task.WhenAll(loops);
    }

    private async Task ConsumeAsync(CancellationToken stoppingToken)
    {
        try
        {
            await foreach (var jobId in channel.Reader.ReadAllAsync(stoppingToken))
            {
                await RunAsync(jobId, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down: an open job keeps its row and is offered again at the next start.
        }
    }

    private async Task WarmAsync(Guid story)
    {
        try
        {
            await cache.GetAsync(story);
        }
        catch (Exception e) when (DatabaseFault.Of(e) is not null || e is InvalidOperationException)
        {
            LogWarmFailed(logger, story, e.Message); // the first viewer loads it instead
        }
    }

    private async Task RunAsync(Guid jobId, CancellationToken stoppingToken)
    {
        try
        {
            var run = await runner.RunToEndAsync(jobId, stoppingToken);
            if (run.Job is { } job)
            {
                cache.Invalidate(job.DatasetId);
                if (await store.StoryOfAsync(job.DatasetId, stoppingToken) is { } story)
                {
                    // A new capture changes its story's timeline. It is merged again now, in the background, so the next
                    // viewer opens it from the cache as fast as any dataset, instead of waiting for every capture to be read.
                    cache.Invalidate(story);
                    if (job.Status == TimelineApp.Data.Entities.JobStatus.Succeeded)
                    {
                        _ = WarmAsync(story);
                    }
                }
                if (run.RanHere)
                {
                    LogJobFinished(logger, jobId, job.Status);
                }
            }

            faults.Clear();
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception e)
        {
            // The database refused even the claim or the write recording the end (locked past every retry, read-only,
            // full), or a bug: log it, say so on /health, and go on with the next job. Recovery offers this one again.
            var fault = Data.Storage.DatabaseFault.Of(e);
            if (fault is { IsTransient: false })
            {
                faults.Report(fault);
            }

            LogJobDeferred(logger, jobId, fault?.Reason ?? e.GetType().Name, e);
        }
    }

    private async Task RecoverPeriodicallyAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(limits.RecoveryInterval);
        do
        {
            try
            {
                foreach (var jobId in await recovery.RecoverAsync(stoppingToken))
                {
                    channel.Enqueue(jobId);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                LogRecoveryFailed(logger, e);
            }
        }
        while (await NextAsync(timer, stoppingToken));
    }

    private static async Task<bool> NextAsync(PeriodicTimer timer, CancellationToken token)
    {
        try
        {
            return await timer.WaitForNextTickAsync(token);
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Ingest job {JobId} could not be run ({Reason}); recovery will offer it again")]
    private static partial void LogJobDeferred(ILogger logger, Guid jobId, string reason, Exception exception);

    [LoggerMessage(Level = LogLevel.Error, Message = "Looking for ingest jobs to recover failed; trying again at the next interval")]
    private static partial void LogRecoveryFailed(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Merging story {Story} after a new capture failed ({Reason}); its first viewer will merge it")]
    private static partial void LogWarmFailed(ILogger logger, Guid story, string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "Ingest job {JobId} finished: {Status}")]
    private static partial void LogJobFinished(ILogger logger, Guid jobId, TimelineApp.Data.Entities.JobStatus status);
}
