using TimelineApp.Core.Pipeline;
using TimelineApp.Data.Entities;

namespace TimelineApp.Data.Ingest;

/// <summary>What the upload page shows about a job.</summary>
public sealed record JobSnapshot(Guid Id, Guid DatasetId, JobStatus Status, PipelineStage Stage, int Done, int Total, string? Error)
{
    public bool IsFinal => Status is JobStatus.Succeeded or JobStatus.Failed or JobStatus.Cancelled;
}
