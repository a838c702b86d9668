using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using NodaTime;
using NodaTime.TimeZones;
using TimelineApp.Core.Documents;
using TimelineApp.Core.Pipeline;
using TimelineApp.Data.Entities;
using TimelineApp.Data.Storage;

namespace TimelineApp.Data.Ingest;

/// <summary>
/// Runs jobs: claims one under a lease token, runs the pipeline while a heartbeat renews the lease, within the job's
/// time budget, and records its end only while it still holds the job. A cancel, a delete, a takeover or the budget
/// stops the pipeline through one cancellation token; none of them ever throws out of here as anything but a
/// database fault the caller can retry.
/// </summary>
public sealed partial class JobRunner(
    IDbContextFactory<TimelineDbContext> contexts,
    DatasetStore store,
    TimelinePipeline pipeline,
    JobLeases leases,
    JobEndings endings,
    JobQueries queries,
    RunningJobs running,
    JobNotifications notifications,
    StorageFaults faults,
    IngestLimits limits,
    IClock clock,
    ILogger<JobRunner>? logger = null)
{
    // Runs whose end the database refused to record: still "running" under our token, ours to take back at once.
    private readonly ConcurrentDictionary<Guid, string> _unrecorded = new();

    /// <summary>Runs the job until it ends, retrying transient database faults (<see cref="IngestRetry"/>).</summary>
    /// <param name="jobId">The job.</param>
    /// <param name="cancellationToken">The host stopping: a run it stops goes back to the queue (resumed at the next start), not cancelled.</param>
    public async Task<JobRun> RunToEndAsync(Guid jobId, CancellationToken cancellationToken = default)
    {
        bool ranHere = false;
        var retry = IngestRetry.Create(limits, r =>
        {
            if (logger is not null)
            {
                LogRetrying(logger, jobId, r.Delay, r.Reason, r.Exception);
            }
        });
        var job = await retry.ExecuteAsync(
            async token =>
            {
                var run = await RunOnceAsync(jobId, requeueWhenStopped: true, token).ConfigureAwait(false);
                ranHere |= run.RanHere;
                return run.Job;
            },
            cancellationToken).ConfigureAwait(false);
        return new JobRun(job, ranHere);
    }

    /// <summary>One attempt: claim, run, record the end. A transient fault leaves the job queued with a note.</summary>
    public Task<JobRun> RunOnceAsync(Guid jobId, CancellationToken cancellationToken = default) => RunOnceAsync(jobId, requeueWhenStopped: false, cancellationToken);

    /// <summary>One attempt, as above.</summary>
    /// <param name="jobId">The job.</param>
    /// <param name="cancellationToken">Stops the run: it ends cancelled, or queued again with <paramref name="requeueWhenStopped"/>.</param>
    /// <param name="requeueWhenStopped">True for a host that is stopping (the job resumes at the next start).</param>
    public async Task<JobRun> RunOnceAsync(Guid jobId, bool requeueWhenStopped, CancellationToken cancellationToken)
    {
        // Registered before claiming, so this process never claims a job it is already running (its own lease expired).
        var run = running.Start(jobId, cancellationToken);
        if (run is null)
        {
            return new JobRun(await queries.GetAsync(jobId, CancellationToken.None).ConfigureAwait(false), RanHere: false);
        }

        JobLease? lease = null;
        try
        {
            // Claiming is quick and not cancellable, so a run that starts always ends with a recorded status.
            lease = await leases.ClaimAsync(jobId, _unrecorded.GetValueOrDefault(jobId), CancellationToken.None).ConfigureAwait(false);
            if (lease is null)
            {
                return new JobRun(await queries.GetAsync(jobId, CancellationToken.None).ConfigureAwait(false), RanHere: false);
            }

            _unrecorded.TryRemove(jobId, out _);
            var outcome = await RunClaimedAsync(lease, run, requeueWhenStopped, cancellationToken).ConfigureAwait(false);
            if (outcome is not null)
            {
                notifications.Publish(outcome);
            }

            return new JobRun(outcome, RanHere: true);
        }
        catch (Exception e) when (lease is not null && DatabaseFault.Of(e) is { } fault)
        {
            faults.Report(fault);
            _unrecorded[jobId] = lease.Token;
            throw;
        }
        finally
        {
            running.End(jobId, run);
        }
    }

    private async Task<JobSnapshot?> RunClaimedAsync(JobLease lease, CancellationTokenSource run, bool requeueWhenStopped, CancellationToken caller)
    {
        var budget = limits.JobTimeout;
        run.CancelAfter(budget);
        await using var heartbeat = new LeaseHeartbeat(leases, lease, limits.HeartbeatInterval, () => Cancel(run));
        heartbeat.Start();
        int attempts = 0;
        try
        {
            IngestJobRecord job;
            DatasetRecord dataset;
            byte[] bytes;
            await using (var db = await contexts.CreateDbContextAsync(CancellationToken.None).ConfigureAwait(false))
            {
                job = await db.IngestJobs.AsNoTracking().FirstAsync(j => j.Id == lease.JobId, CancellationToken.None).ConfigureAwait(false);
                attempts = job.Attempts;
                dataset = await db.Datasets.AsNoTracking().FirstAsync(d => d.Id == lease.DatasetId, CancellationToken.None).ConfigureAwait(false);
                bytes = await db.Dumps.Where(d => d.Hash == dataset.DumpHash).Select(d => d.Content).FirstAsync(CancellationToken.None).ConfigureAwait(false);
                await db.Datasets.Where(d => d.Id == dataset.Id && d.Status != DatasetStatus.Ready)
                    .ExecuteUpdateAsync(u => u.SetProperty(d => d.Status, DatasetStatus.Processing), CancellationToken.None).ConfigureAwait(false);
            }

            var capture = StoredCapture.Read(dataset);
            var snapshot = JobQueries.ToSnapshot(job);
            notifications.Publish(snapshot);
            var progress = new JobProgressWriter(contexts, lease, snapshot, notifications, clock);
            var token = run.Token;
            // A thread of its own: the run is long, CPU-bound and may pause to give way to viewers, and a thread
            // pool thread held that long is one the viewers' circuits do not get (2 on a 2-core machine).
            var result = await Task.Factory.StartNew(
                () => pipeline.Process(bytes, capture, progress, token),
                token,
                TaskCreationOptions.LongRunning,
                TaskScheduler.Default).ConfigureAwait(false);
            await progress.FlushAsync().ConfigureAwait(false);
            progress.Report(new PipelineProgress(PipelineStage.Done, 1, 1));
            await store.SaveResultAsync(dataset.Id, result, (db, t) => endings.MarkSucceededAsync(db, lease, t), token).ConfigureAwait(false);
            faults.Clear();
            return await CurrentAsync(lease).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (run.IsCancellationRequested)
        {
            if (running.WasStopped(run) || heartbeat.Lost || await IsGoneOrNotOursAsync(lease).ConfigureAwait(false))
            {
                return await CurrentAsync(lease).ConfigureAwait(false); // cancelled, deleted or taken over: their writer recorded it
            }

            if (caller.IsCancellationRequested)
            {
                return requeueWhenStopped
                    ? await EndAsync(lease, JobStatus.Queued, null).ConfigureAwait(false)
                    : await EndAsync(lease, JobStatus.Cancelled, "Cancelled before it finished; the uploaded file is kept.").ConfigureAwait(false);
            }

            return await EndAsync(lease, JobStatus.Failed, $"Processing took longer than its {Describe(budget)} limit and was stopped; the uploaded file is kept and can be re-processed.").ConfigureAwait(false);
        }
        catch (LeaseLostException)
        {
            return await CurrentAsync(lease).ConfigureAwait(false);
        }
        catch (DumpFormatException e)
        {
            return await EndAsync(lease, JobStatus.Failed, e.Message).ConfigureAwait(false);
        }
        catch (DateTimeZoneNotFoundException e)
        {
            return await EndAsync(lease, JobStatus.Failed, e.Message).ConfigureAwait(false);
        }
        catch (Exception e) when (DatabaseFault.Of(e) is { IsTransient: true } fault)
        {
            return attempts >= limits.MaxAttempts
                ? await EndAsync(lease, JobStatus.Failed, $"Could not save the result after {limits.MaxAttempts} attempts: {fault.Reason}. The uploaded file is kept and can be re-processed.").ConfigureAwait(false)
                : await EndAsync(lease, JobStatus.Queued, $"Will try again shortly: {fault.Reason}.").ConfigureAwait(false);
        }
        catch (Exception e) when (DatabaseFault.Of(e) is { IsTransient: false } fault)
        {
            faults.Report(fault);
            return await EndAsync(lease, JobStatus.Failed, $"Could not save the result: {fault.Reason}. The uploaded file is kept and can be re-processed once that is fixed.").ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            if (await IsGoneOrNotOursAsync(lease).ConfigureAwait(false))
            {
                return await CurrentAsync(lease).ConfigureAwait(false); // e.g. the dataset was deleted under the run
            }

            // Anything else is our bug, not the user's file: say so plainly, keep the dump, never leave the job running,
            // and give operators the whole exception.
            if (logger is not null)
            {
                LogProcessingFailed(logger, e, lease.JobId);
            }

            return await EndAsync(lease, JobStatus.Failed, $"Processing failed ({e.GetType().Name}); the uploaded file is kept and can be re-processed.").ConfigureAwait(false);
        }
    }

    private async Task<JobSnapshot?> EndAsync(JobLease lease, JobStatus status, string? error)
    {
        await endings.EndAsync(lease, status, error).ConfigureAwait(false);
        return await CurrentAsync(lease).ConfigureAwait(false);
    }

    private Task<JobSnapshot?> CurrentAsync(JobLease lease) => queries.GetAsync(lease.JobId, CancellationToken.None);

    private async Task<bool> IsGoneOrNotOursAsync(JobLease lease)
    {
        await using var db = await contexts.CreateDbContextAsync().ConfigureAwait(false);
        return !await JobLeases.Held(db, lease).AnyAsync().ConfigureAwait(false);
    }

    private static void Cancel(CancellationTokenSource run)
    {
        try
        {
            run.Cancel();
        }
        catch (ObjectDisposedException)
        {
            // The run already ended.
        }
    }

    private static string Describe(TimeSpan budget) => budget.TotalMinutes >= 1 ? $"{budget.TotalMinutes:0.#}-minute" : $"{budget.TotalSeconds:0.#}-second";

    [LoggerMessage(Level = LogLevel.Error, Message = "Ingest job {JobId} failed")]
    private static partial void LogProcessingFailed(ILogger logger, Exception exception, Guid jobId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Ingest job {JobId} will be tried again in {Delay}: {Reason}")]
    private static partial void LogRetrying(ILogger logger, Guid jobId, TimeSpan delay, string reason, Exception? exception);
}
