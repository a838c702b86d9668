using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using TimelineApp.Core.Documents;
using TimelineApp.Core.Pipeline;
using TimelineApp.Data.Entities;
using TimelineApp.Data.Storage;

namespace TimelineApp.Data.Ingest;

/// <summary>
/// Takes work in: streams an upload (bounded) into the database as a content-addressed dump with a dataset and a
/// queued job, or queues a re-processing of a stored dump, then wakes the runner. Nothing is half-stored: a refused
/// or broken upload leaves no row.
/// </summary>
public sealed class UploadIntake(IDbContextFactory<TimelineDbContext> contexts, IngestLimits limits, JobChannel queue, StorageFaults faults, IClock clock)
{
    /// <summary>Stores the dump and queues a job for it. Throws <see cref="IngestRejectedException"/> past a limit.</summary>
    public Task<JobSnapshot> SubmitAsync(Stream content, string name, Capture capture, string? owner, CancellationToken cancellationToken = default) =>
        SubmitAsync(content, name, capture, owner, DatasetGrant.Shared, cancellationToken);

    /// <summary>As above, with who owns the new dataset and who may read it (the default grant: no owner, shared with everyone signed in).</summary>
    public async Task<JobSnapshot> SubmitAsync(Stream content, string name, Capture capture, string? owner, DatasetGrant grant, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(grant);
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(capture);
        byte[] bytes = await ReadBoundedAsync(content, limits.MaxUploadBytes, cancellationToken).ConfigureAwait(false);
        if (bytes.Length == 0)
        {
            throw new IngestRejectedException("The file is empty: expected a text dump or JSON articles.");
        }

        JobSnapshot job;
        try
        {
            job = await StoreAsync(bytes, name, capture, owner, grant, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (DatabaseFault.Of(e) is { } fault)
        {
            faults.Report(fault);
            // The transaction did not commit, so nothing of this upload is stored; say why in words.
            throw new IngestRejectedException(
                fault.IsTransient
                    ? $"Nothing was uploaded: {fault.Reason}. Try again in a moment."
                    : $"Nothing was uploaded: {fault.Reason}. It has to be fixed on the server before uploads can work again.",
                e);
        }

        faults.Clear();
        queue.Enqueue(job.Id);
        return job;
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

        var job = NewJob(datasetId, owner);
        // The dataset keeps showing its current content until the new result replaces it in one transaction.
        StoredCapture.Write(dataset, capture);
        db.IngestJobs.Add(job);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        queue.Enqueue(job.Id);
        return JobQueries.ToSnapshot(job);
    }

    private async Task<JobSnapshot> StoreAsync(byte[] bytes, string name, Capture capture, string? owner, DatasetGrant grant, CancellationToken cancellationToken)
    {
        string hash = Convert.ToHexStringLower(SHA256.HashData(bytes));
        await using var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        if (owner is not null)
        {
            int open = await db.IngestJobs.CountAsync(j => j.Owner == owner && (j.Status == JobStatus.Queued || j.Status == JobStatus.Running), cancellationToken).ConfigureAwait(false);
            if (open >= limits.MaxConcurrentJobsPerOwner)
            {
                throw new IngestRejectedException($"You already have {open} uploads in progress; wait for one to finish (at most {limits.MaxConcurrentJobsPerOwner} at a time).");
            }
        }

        if (grant.OwnerId is { } ownerId && grant.MaxDatasets is { } most
            && await db.Datasets.CountAsync(d => d.OwnerId == ownerId, cancellationToken).ConfigureAwait(false) >= most)
        {
            throw new IngestRejectedException($"Your account already has {most} datasets, the most one account may keep; delete one first.");
        }

        await using var tx = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        // Identical bytes uploaded at the same moment by two people: a check-then-insert would let both
        // transactions insert on PostgreSQL (read committed) and fail the second upload. Dumps are
        // content-addressed and never change, so "insert unless present" is all that is needed (same SQL on both).
        long storedAt = clock.GetCurrentInstant().ToUnixTimeMilliseconds();
        await db.Database.ExecuteSqlAsync(
            $"""INSERT INTO "Dumps" ("Hash", "Content", "Size", "StoredAt") VALUES ({hash}, {bytes}, {(long)bytes.Length}, {storedAt}) ON CONFLICT ("Hash") DO NOTHING""",
            cancellationToken).ConfigureAwait(false);

        var dataset = new DatasetRecord
        {
            Id = Guid.NewGuid(),
            Name = DatasetNames.Clean(name),
            ZoneId = capture.Zone.Id,
            Status = DatasetStatus.Queued,
            CreatedAt = clock.GetCurrentInstant(),
            DumpHash = hash,
            OwnerId = grant.OwnerId,
            Visibility = grant.Visibility,
        };
        await JoinStoryAsync(db, dataset, grant.StoryId, cancellationToken).ConfigureAwait(false);
        StoredCapture.Write(dataset, capture);
        var job = NewJob(dataset.Id, owner);
        db.Datasets.Add(dataset);
        db.IngestJobs.Add(job);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        await tx.CommitAsync(cancellationToken).ConfigureAwait(false);
        return JobQueries.ToSnapshot(job);
    }

    // A capture joins its story, taking the owner and readers of the captures already there (one story, one audience);
    // without a story it starts one of its own, with its id and name.
    private static async Task JoinStoryAsync(TimelineDbContext db, DatasetRecord dataset, Guid? storyId, CancellationToken cancellationToken)
    {
        if (storyId is not { } id)
        {
            dataset.StoryId = dataset.Id;
            db.Stories.Add(new StoryRecord { Id = dataset.Id, Name = dataset.Name, CreatedAt = dataset.CreatedAt });
            return;
        }

        var sibling = await db.Datasets.AsNoTracking().Where(d => d.StoryId == id).OrderBy(d => d.CreatedAt)
            .Select(d => new { d.OwnerId, d.Visibility }).FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false)
            ?? throw new IngestRejectedException("That story no longer exists.");
        dataset.StoryId = id;
        dataset.OwnerId = sibling.OwnerId;
        dataset.Visibility = sibling.Visibility;
    }

    private IngestJobRecord NewJob(Guid datasetId, string? owner)
    {
        var now = clock.GetCurrentInstant();
        return new IngestJobRecord
        {
            Id = Guid.NewGuid(),
            DatasetId = datasetId,
            Status = JobStatus.Queued,
            Stage = PipelineStage.Reading,
            CreatedAt = now,
            UpdatedAt = now,
            Owner = owner,
        };
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
}

/// <summary>
/// Who owns a new dataset, who may read it, and the owner's dataset quota (null: none); and the story it joins (null: a
/// story of its own). A capture that joins a story takes the owner and readers of the story's captures instead.
/// </summary>
public sealed record DatasetGrant(Guid? OwnerId, DatasetVisibility Visibility, int? MaxDatasets = null, Guid? StoryId = null)
{
    /// <summary>No owner, shared with everyone signed in (the default of the internal layer).</summary>
    public static DatasetGrant Shared { get; } = new(null, DatasetVisibility.SignedIn);
}
