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

    /// <summary>How long a running job's lease lasts without renewal before another process may take it over.</summary>
    public TimeSpan Lease { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>How often a running job renews its lease. Default: a third of <see cref="Lease"/>, so two renewals may fail in a row.</summary>
    public TimeSpan? Heartbeat { get; set; }

    public TimeSpan HeartbeatInterval => Heartbeat ?? TimeSpan.FromTicks(Math.Max(TimeSpan.TicksPerMillisecond, Lease.Ticks / 3));

    /// <summary>Longest one run of a job may take; past it the job fails saying so, with the dump kept. Default 15 minutes.</summary>
    public TimeSpan JobTimeout { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>Jobs the web app runs at once. Default 1: one writer suits SQLite and leaves a core to the viewers.</summary>
    public int Workers { get; set; } = 1;

    /// <summary>How often the web app looks for queued jobs and jobs whose lease ran out (their process died).</summary>
    public TimeSpan RecoveryInterval { get; set; } = TimeSpan.FromMinutes(1);
}
