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
/// The durable record of turning a dump into a dataset. A running job holds a lease; a job whose lease ran
/// out (its process died) is picked up again at start-up, or marked failed after too many attempts.
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

    /// <summary>Which process holds the lease (<see cref="Ingest.LeaseHolder"/>), so a restart on the same machine can tell a dead holder at once.</summary>
    public string? LeaseHolder { get; set; }

    /// <summary>Who submitted it (a circuit or CLI id), for the per-user concurrency limit.</summary>
    public string? Owner { get; set; }
}
