namespace TimelineApp.Data.Ingest;

/// <summary>The bounds every upload path enforces (configuration section <c>Ingest</c>).</summary>
public sealed class IngestLimits
{
    /// <summary>Largest dump accepted, in bytes. Default 20 MB.</summary>
    public long MaxUploadBytes { get; set; } = 20 * 1024 * 1024;

    /// <summary>Most articles one dump may hold.</summary>
    public int MaxDocuments { get; set; } = 5_000;

    /// <summary>Most unfinished jobs one submitter may have at once.</summary>
    public int MaxConcurrentJobsPerOwner { get; set; } = 3;

    /// <summary>How often a job that kept failing (for example because its process died) is tried before it is marked failed.</summary>
    public int MaxAttempts { get; set; } = 3;

    /// <summary>Wait before the first retry of a job the database was too busy for; it doubles with each further attempt.</summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Documents resolved at once by one job. Default: all cores but one, so viewers keep a core during an ingest.</summary>
    public int MaxParallelism { get; set; } = Math.Max(1, Environment.ProcessorCount - 1);

    /// <summary>
    /// Longest an ingest pauses between two documents while viewers' pages are being computed (web app only).
    /// Viewers come first, but an ingest under constant browsing still moves on. Zero turns the pause off.
    /// </summary>
    public TimeSpan MaxGiveWay { get; set; } = TimeSpan.FromMilliseconds(200);

    /// <summary>How long a running job's lease lasts before another process may take it over.</summary>
    public TimeSpan Lease { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>How long to wait before attempt <paramref name="attempt"/> + 1: <see cref="RetryDelay"/> doubled per earlier attempt, at most a minute.</summary>
    public TimeSpan RetryDelayAfter(int attempt) =>
        TimeSpan.FromTicks(Math.Min(TimeSpan.FromMinutes(1).Ticks, RetryDelay.Ticks << Math.Clamp(attempt - 1, 0, 16)));
}
