using NodaTime;
using TimelineApp.Core.Pipeline;

namespace TimelineApp.Data.Entities;

/// <summary>Where an ingest job is. Only <see cref="Succeeded"/>, <see cref="Failed"/> and <see cref="Cancelled"/> are final.</summary>
public enum JobStatus
{
    Queued,
    Running,
    Succeeded,
    Failed,
    Cancelled,
}

/// <summary>
/// The durable record of turning a dump into a dataset. A running job holds a lease its run renews; a job whose lease
/// ran out (its process died) is picked up again by recovery, or marked failed after too many attempts.
/// </summary>
public sealed class IngestJobRecord
{
    public Guid Id { get; set; }

    public Guid DatasetId { get; set; }

    public JobStatus Status { get; set; }

    public PipelineStage Stage { get; set; }

    public int Done { get; set; }

    public int Total { get; set; }

    public int Attempts { get; set; }

    public string? Error { get; set; }

    public Instant CreatedAt { get; set; }

    public Instant UpdatedAt { get; set; }

    public Instant? LeaseUntil { get; set; }

    /// <summary>
    /// The lease token of the run holding the job (a random GUID written when it claimed the job; <see cref="Ingest.JobLeases"/>),
    /// null when no run holds it. Every write of a run compares it. (The column kept its name from when it named a process.)
    /// </summary>
    public string? LeaseHolder { get; set; }

    /// <summary>Who submitted it (the browser's <c>timeline-client</c> cookie id; null for the CLI and the sample), for the per-user limit.</summary>
    public string? Owner { get; set; }
}
