using TimelineApp.Core.Pipeline;
using TimelineApp.Data.Entities;

namespace TimelineApp.Data.Ingest;

/// <summary>What the upload page shows about a job.</summary>
public sealed record JobSnapshot(Guid Id, Guid DatasetId, JobStatus Status, PipelineStage Stage, int Done, int Total, string? Error, int Attempts = 0)
{
    public bool IsFinal => JobTransitions.IsFinal(Status);

    /// <summary>Queued again after a transient database fault; <see cref="Error"/> says why and that it will be retried.</summary>
    public bool IsWaitingToRetry => Status == JobStatus.Queued && Error is not null;
}
