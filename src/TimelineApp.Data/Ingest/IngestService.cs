using System.Collections.Concurrent;
using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using NodaTime;
using TimelineApp.Core.Documents;
using TimelineApp.Core.Pipeline;
using TimelineApp.Data.Entities;
using TimelineApp.Data.Storage;

namespace TimelineApp.Data.Ingest;

/// <summary>
/// Turns uploads into datasets, durably. <see cref="SubmitAsync"/> streams the upload (bounded) into the
/// database as a content-addressed dump and queues a job; <see cref="ProcessAsync"/> runs the pipeline and
/// writes the dataset in one transaction. A job that fails or is cancelled keeps its dump and says why;
/// nothing half-written is ever visible. Web upload and CLI ingest both go through here.
/// </summary>
public sealed partial class IngestService(IDbContextFactory<TimelineDbContext> contexts, DatasetStore store, TimelinePipeline pipeline, IngestLimits limits, IClock clock, ILogger<IngestService>? logger = null)
{
    /// <summary>Jobs this process is running now (all instances: a lease names the process, not the service).</summary>
    private static readonly ConcurrentDictionary<Guid, bool> RunningHere = new();

    /// <summary>Stores the dump and queues a job for it. Throws <see cref="IngestRejectedException"/> past a limit.</summary>
    public async Task<JobSnapshot> SubmitAsync(Stream content, string name, Capture capture, string? owner, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(capture);
        byte[] bytes = await ReadBoundedAsync(content, limits.MaxUploadBytes, cancellationToken).ConfigureAwait(false);
        if (bytes.Length == 0)
        {
            throw new IngestRejectedException("The file is empty: expected a text dump or JSON articles.");
        }

        try
        {
            return await StoreAsync(bytes, name, capture, owner, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (DatabaseFault.Of(e) is { } fault)
        {
            // The transaction did not commit, so nothing of this upload is stored; say why in words.
            throw new IngestRejectedException(
                fault.IsTransient
                    ? $"Nothing was uploaded: {fault.Reason}. Try again in a moment."
                    : $"Nothing was uploaded: {fault.Reason}. It has to be fixed on the server before uploads can work again.",
                e);
        }
    }

    private async Task<JobSnapshot> StoreAsync(byte[] bytes, string name, Capture capture, string? owner, CancellationToken cancellationToken)
    {
        string hash = Convert.ToHexStringLower(SHA256.HashData(bytes));
        var now = clock.GetCurrentInstant();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        if (owner is not null)
        {
            int open = await db.IngestJobs.CountAsync(j => j.Owner == owner && (j.Status == JobStatus.Queued || j.Status == JobStatus.Running), cancellationToken).ConfigureAwait(false);
            if (open >= limits.MaxConcurrentJobsPerOwner)
            {
                throw new IngestRejectedException($"You already have {open} uploads in progress; wait for one to finish (at most {limits.MaxConcurrentJobsPerOwner} at a time).");
            }
        }

        await using var tx = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        // Identical bytes uploaded at the same moment by two people: a check-then-insert would let both
        // transactions insert on PostgreSQL (read committed) and fail the second upload. Dumps are
        // content-addressed and never change, so "insert unless present" is all that is needed (same SQL on both).
        long storedAt = now.ToUnixTimeMilliseconds();
        await db.Database.ExecuteSqlAsync(
            $"""INSERT INTO "Dumps" ("Hash", "Content", "Size", "StoredAt") VALUES ({hash}, {bytes}, {(long)bytes.Length}, {storedAt}) ON CONFLICT ("Hash") DO NOTHING""",
            cancellationToken).ConfigureAwait(false);

        var dataset = new DatasetRecord
        {
            Id = Guid.NewGuid(),
            Name = DatasetNames.Clean(name),
            CapturedAt = capture.At,
            ZoneId = capture.Zone.Id,
            Status = DatasetStatus.Queued,
            CreatedAt = now,
            DumpHash = hash,
        };
        var job = new IngestJobRecord
        {
            Id = Guid.NewGuid(),
            DatasetId = dataset.Id,
            Status = JobStatus.Queued,
            Stage = PipelineStage.Reading,
            CreatedAt = now,
            UpdatedAt = now,
            Owner = owner,
        };
        db.Datasets.Add(dataset);
        db.IngestJobs.Add(job);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        await tx.CommitAsync(cancellationToken).ConfigureAwait(false);
        return ToSnapshot(job);
    }

    /// <summary>Queues a re-processing of an existing dataset's dump with another capture time or zone.</summary>
    public async Task<JobSnapshot> ReprocessAsync(Guid datasetId, Capture capture, string? owner, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(capture);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var dataset = await db.Datasets.FirstOrDefaultAsync(d => d.Id == datasetId, cancellationToken).ConfigureAwait(false)
            ?? throw new IngestRejectedException("That dataset no longer exists.");
        if (await db.IngestJobs.AnyAsync(j => j.DatasetId == datasetId && (j.Status == JobStatus.Queued || j.Status == JobStatus.Running), cancellationToken).ConfigureAwait(false))
        {
            throw new IngestRejectedException("That dataset is already being processed.");
        }

        var now = clock.GetCurrentInstant();
        var job = new IngestJobRecord
        {
            Id = Guid.NewGuid(),
            DatasetId = datasetId,
            Status = JobStatus.Queued,
            Stage = PipelineStage.Reading,
            CreatedAt = now,
            UpdatedAt = now,
            Owner = owner,
        };
        // The dataset keeps showing its current content until the new result replaces it in one transaction.
        dataset.CapturedAt = capture.At;
        dataset.ZoneId = capture.Zone.Id;
        db.IngestJobs.Add(job);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return ToSnapshot(job);
    }

    /// <summary>Runs one queued job to its end: succeeded, failed with a reason, or cancelled.</summary>
    /// <remarks>
    /// Claiming the job is quick and not cancellable, so a cancelled run always ends with a recorded status.
    /// The claim is one conditional UPDATE: of several workers (or machines on one PostgreSQL) only one wins.
    /// A transient database fault puts the job back in the queue with a note (<see cref="JobSnapshot.IsWaitingToRetry"/>;
    /// the caller runs it again after <see cref="IngestLimits.RetryDelayAfter"/>), until <see cref="IngestLimits.MaxAttempts"/>;
    /// a permanent one fails it. When the database refuses even that status write (or the claim), the fault is thrown,
    /// and the job keeps its last recorded state.
    /// </remarks>
    public async Task<JobSnapshot> ProcessAsync(Guid jobId, CancellationToken cancellationToken = default)
    {
        if (!RunningHere.TryAdd(jobId, true))
        {
            return await GetAsync(jobId, CancellationToken.None).ConfigureAwait(false) ?? throw new InvalidOperationException("The job vanished.");
        }

        try
        {
            return await ClaimAndRunAsync(jobId, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            RunningHere.TryRemove(jobId, out _);
        }
    }

    private async Task<JobSnapshot> ClaimAndRunAsync(Guid jobId, CancellationToken cancellationToken)
    {
        IngestJobRecord job;
        DatasetRecord dataset;
        byte[] bytes;
        var now = clock.GetCurrentInstant();
        var lease = now + Duration.FromTimeSpan(limits.Lease);
        string holder = LeaseHolder.Current;
        await using (var db = await contexts.CreateDbContextAsync(CancellationToken.None).ConfigureAwait(false))
        {
            // A job running under this process's own lease, but not in RunningHere, is one whose run ended without
            // the database taking its new status (still locked, say): it is ours to take back, without waiting for the lease.
            int claimed = await db.IngestJobs
                .Where(j => j.Id == jobId && (j.Status == JobStatus.Queued || (j.Status == JobStatus.Running && (j.LeaseUntil < now || j.LeaseHolder == holder))))
                .ExecuteUpdateAsync(u => u
                    .SetProperty(j => j.Status, JobStatus.Running)
                    .SetProperty(j => j.Attempts, j => j.Attempts + 1)
                    .SetProperty(j => j.UpdatedAt, now)
                    .SetProperty(j => j.LeaseUntil, lease)
                    .SetProperty(j => j.LeaseHolder, holder), CancellationToken.None).ConfigureAwait(false);
            job = await db.IngestJobs.AsNoTracking().FirstAsync(j => j.Id == jobId, CancellationToken.None).ConfigureAwait(false);
            if (claimed == 0)
            {
                return ToSnapshot(job); // finished already, or another live worker holds it
            }

            dataset = await db.Datasets.FirstAsync(d => d.Id == job.DatasetId, CancellationToken.None).ConfigureAwait(false);
            bytes = await db.Dumps.Where(d => d.Hash == dataset.DumpHash).Select(d => d.Content).FirstAsync(CancellationToken.None).ConfigureAwait(false);
            if (dataset.Status != DatasetStatus.Ready)
            {
                dataset.Status = DatasetStatus.Processing;
            }

            await db.SaveChangesAsync(CancellationToken.None).ConfigureAwait(false);
        }

        var zone = DateTimeZoneProviders.Tzdb.GetZoneOrNull(dataset.ZoneId) ?? DateTimeZone.Utc;
        var capture = new Capture(dataset.CapturedAt, zone);
        try
        {
            var progress = new JobProgressWriter(contexts, jobId, clock, limits.Lease);
            // A thread of its own: the run is long, CPU-bound and may pause to give way to viewers, and a thread
            // pool thread held that long is one the viewers' circuits do not get (2 on a 2-core machine).
            var result = await Task.Factory.StartNew(
                () => pipeline.Process(bytes, capture, progress, cancellationToken),
                cancellationToken,
                TaskCreationOptions.LongRunning,
                TaskScheduler.Default).ConfigureAwait(false);
            await progress.FlushAsync().ConfigureAwait(false);
            await store.SaveResultAsync(dataset.Id, result, db => MarkJob(db, jobId, JobStatus.Succeeded, PipelineStage.Done, null), cancellationToken).ConfigureAwait(false);
            return await GetAsync(jobId, CancellationToken.None).ConfigureAwait(false) ?? throw new InvalidOperationException("The job vanished.");
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            return await FinishAsync(jobId, JobStatus.Cancelled, "Cancelled before it finished; the uploaded file is kept.").ConfigureAwait(false);
        }
        catch (DumpFormatException e)
        {
            return await FinishAsync(jobId, JobStatus.Failed, e.Message).ConfigureAwait(false);
        }
        catch (Exception e) when (DatabaseFault.Of(e) is { IsTransient: true } fault)
        {
            return job.Attempts >= limits.MaxAttempts
                ? await FinishAsync(jobId, JobStatus.Failed, $"Could not save the result after {limits.MaxAttempts} attempts: {fault.Reason}. The uploaded file is kept and can be re-processed.").ConfigureAwait(false)
                : await RetryLaterAsync(jobId, $"Will try again shortly: {fault.Reason}.").ConfigureAwait(false);
        }
        catch (Exception e) when (DatabaseFault.Of(e) is { IsTransient: false } fault)
        {
            return await FinishAsync(jobId, JobStatus.Failed, $"Could not save the result: {fault.Reason}. The uploaded file is kept and can be re-processed once that is fixed.").ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // Anything else is our bug, not the user's file: say so plainly, keep the dump, never leave the job running,
            // and give operators the whole exception.
            if (logger is not null)
            {
                LogProcessingFailed(logger, e, jobId);
            }

            return await FinishAsync(jobId, JobStatus.Failed, $"Processing failed ({e.GetType().Name}); the uploaded file is kept and can be re-processed.").ConfigureAwait(false);
        }
    }

    public async Task<JobSnapshot?> GetAsync(Guid jobId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var job = await db.IngestJobs.AsNoTracking().FirstOrDefaultAsync(j => j.Id == jobId, cancellationToken).ConfigureAwait(false);
        return job is null ? null : ToSnapshot(job);
    }

    /// <summary>The newest job of a dataset, so a page can show its progress after a reload.</summary>
    public async Task<JobSnapshot?> LatestForDatasetAsync(Guid datasetId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var jobs = await db.IngestJobs.AsNoTracking().Where(j => j.DatasetId == datasetId).ToListAsync(cancellationToken).ConfigureAwait(false);
        var job = jobs.OrderByDescending(j => j.CreatedAt).FirstOrDefault();
        return job is null ? null : ToSnapshot(job);
    }

    /// <summary>
    /// Called at start-up: jobs left running by a process that died are queued again, or marked failed
    /// (dump kept) once they have used up their attempts. Returns the jobs to run, oldest first.
    /// </summary>
    public async Task<IReadOnlyList<Guid>> RecoverAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var now = clock.GetCurrentInstant();
        var open = await db.IngestJobs.Where(j => j.Status == JobStatus.Queued || j.Status == JobStatus.Running).ToListAsync(cancellationToken).ConfigureAwait(false);
        foreach (var job in open.Where(j => j.Status == JobStatus.Running))
        {
            if (job.LeaseUntil is { } lease && lease > now && !LeaseHolder.IsDeadOnThisMachine(job.LeaseHolder))
            {
                continue; // another live process holds it
            }

            bool exhausted = job.Attempts >= limits.MaxAttempts;
            job.Status = exhausted ? JobStatus.Failed : JobStatus.Queued;
            job.Error = exhausted ? "Processing stopped unexpectedly several times; the uploaded file is kept and can be re-processed." : null;
            job.UpdatedAt = now;
            if (exhausted)
            {
                var dataset = await db.Datasets.FirstAsync(d => d.Id == job.DatasetId, cancellationToken).ConfigureAwait(false);
                if (dataset.Status != DatasetStatus.Ready)
                {
                    dataset.Status = DatasetStatus.Failed;
                    dataset.Error = job.Error;
                }
            }
        }

        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return [.. open.Where(j => j.Status == JobStatus.Queued).OrderBy(j => j.CreatedAt).Select(j => j.Id)];
    }

    /// <summary>Puts a job whose run hit a transient database fault back in the queue, with a note saying so.</summary>
    private async Task<JobSnapshot> RetryLaterAsync(Guid jobId, string note)
    {
        await using var db = await contexts.CreateDbContextAsync().ConfigureAwait(false);
        var job = MarkJob(db, jobId, JobStatus.Queued, PipelineStage.Reading, note);
        var dataset = await db.Datasets.FirstAsync(d => d.Id == job.DatasetId).ConfigureAwait(false);
        if (dataset.Status != DatasetStatus.Ready)
        {
            dataset.Status = DatasetStatus.Queued;
        }

        await db.SaveChangesAsync().ConfigureAwait(false);
        return ToSnapshot(job);
    }

    private async Task<JobSnapshot> FinishAsync(Guid jobId, JobStatus status, string error)
    {
        await using var db = await contexts.CreateDbContextAsync().ConfigureAwait(false);
        var job = MarkJob(db, jobId, status, null, error);
        var dataset = await db.Datasets.FirstAsync(d => d.Id == job.DatasetId).ConfigureAwait(false);
        if (dataset.Status != DatasetStatus.Ready)
        {
            dataset.Status = status == JobStatus.Cancelled ? DatasetStatus.Cancelled : DatasetStatus.Failed;
            dataset.Error = error;
        }

        await db.SaveChangesAsync().ConfigureAwait(false);
        return ToSnapshot(job);
    }

    private IngestJobRecord MarkJob(TimelineDbContext db, Guid jobId, JobStatus status, PipelineStage? stage, string? error)
    {
        var job = db.IngestJobs.First(j => j.Id == jobId);
        job.Status = status;
        job.Stage = stage ?? job.Stage;
        job.Error = error;
        job.UpdatedAt = clock.GetCurrentInstant();
        job.LeaseUntil = null;
        job.LeaseHolder = null;
        return job;
    }

    private static async Task<byte[]> ReadBoundedAsync(Stream content, long max, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        byte[] chunk = new byte[30 * 1024];
        int read;
        while ((read = await content.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
        {
            if (buffer.Length + read > max)
            {
                throw new IngestRejectedException($"The file is larger than the {max / (1024 * 1024)} MB limit.");
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    private static JobSnapshot ToSnapshot(IngestJobRecord j) => new(j.Id, j.DatasetId, j.Status, j.Stage, j.Done, j.Total, j.Error, j.Attempts);

    [LoggerMessage(Level = LogLevel.Error, Message = "Ingest job {JobId} failed")]
    private static partial void LogProcessingFailed(ILogger logger, Exception exception, Guid jobId);
}
