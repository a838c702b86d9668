using TimelineApp.Core.Documents;

namespace TimelineApp.Data.Ingest;

/// <summary>
/// The ingest layer's front door for the web app, the CLI and tests: each call is one line into the type that does
/// that one job (<see cref="UploadIntake"/>, <see cref="JobRunner"/>, <see cref="JobCancellation"/>,
/// <see cref="JobRecovery"/>, <see cref="JobQueries"/>). It holds no state of its own.
/// </summary>
public sealed class IngestService(UploadIntake intake, JobRunner runner, JobCancellation cancellation, JobRecovery recovery, JobQueries queries)
{
    /// <summary>Stores the dump, queues a job and wakes the runner. Throws <see cref="IngestRejectedException"/> past a limit.</summary>
    public Task<JobSnapshot> SubmitAsync(Stream content, string name, Capture capture, string? owner, CancellationToken cancellationToken = default) =>
        intake.SubmitAsync(content, name, capture, owner, cancellationToken);

    /// <summary>As above, with the new dataset's owner and visibility.</summary>
    public Task<JobSnapshot> SubmitAsync(Stream content, string name, Capture capture, string? owner, DatasetGrant grant, CancellationToken cancellationToken = default) =>
        intake.SubmitAsync(content, name, capture, owner, grant, cancellationToken);

    /// <summary>Queues a re-processing of an existing dataset's dump with another capture time or zone.</summary>
    public Task<JobSnapshot> ReprocessAsync(Guid datasetId, Capture capture, string? owner, CancellationToken cancellationToken = default) =>
        intake.ReprocessAsync(datasetId, capture, owner, cancellationToken);

    /// <summary>One attempt at a job (no retry): succeeded, failed with a reason, cancelled, or queued again with a note.</summary>
    public async Task<JobSnapshot> ProcessAsync(Guid jobId, CancellationToken cancellationToken = default) =>
        (await runner.RunOnceAsync(jobId, cancellationToken).ConfigureAwait(false)).Job ?? throw new InvalidOperationException("The job no longer exists (its dataset was deleted).");

    /// <summary>Runs a job to its end, retrying transient database faults with backoff.</summary>
    public Task<JobRun> RunToEndAsync(Guid jobId, CancellationToken cancellationToken = default) => runner.RunToEndAsync(jobId, cancellationToken);

    public Task<bool> CancelAsync(Guid jobId, CancellationToken cancellationToken = default) => cancellation.CancelAsync(jobId, cancellationToken);

    public Task<bool> DeleteDatasetAsync(Guid datasetId, CancellationToken cancellationToken = default) => cancellation.DeleteDatasetAsync(datasetId, cancellationToken);

    public Task<IReadOnlyList<Guid>> RecoverAsync(CancellationToken cancellationToken = default) => recovery.RecoverAsync(cancellationToken);

    public Task<JobSnapshot?> GetAsync(Guid jobId, CancellationToken cancellationToken = default) => queries.GetAsync(jobId, cancellationToken);

    public Task<JobSnapshot?> LatestForDatasetAsync(Guid datasetId, CancellationToken cancellationToken = default) => queries.LatestForDatasetAsync(datasetId, cancellationToken);
}
