using System.Collections.Frozen;
using TimelineApp.Data.Entities;

namespace TimelineApp.Data.Ingest;

/// <summary>
/// The job state machine in one place: which status may follow which. Every status write in the ingest layer is
/// a conditional UPDATE whose WHERE clause comes from <see cref="Sources"/>, so an illegal move (a finished job
/// started again, a cancelled job marked succeeded) cannot happen even when two processes race.
/// </summary>
/// <remarks>
/// Queued → Running (claimed), Queued → Cancelled (cancelled before it ran).
/// Running → Succeeded | Failed | Cancelled (a run's end), Running → Queued (a transient fault, or its process died),
/// Running → Running (taken over after its lease ran out: a new lease token, the old holder's writes no longer match).
/// Succeeded, Failed and Cancelled are final; re-processing makes a new job.
/// </remarks>
public static class JobTransitions
{
    private static readonly FrozenSet<(JobStatus From, JobStatus To)> Legal = new[]
    {
        (JobStatus.Queued, JobStatus.Running),
        (JobStatus.Queued, JobStatus.Cancelled),
        (JobStatus.Running, JobStatus.Running),
        (JobStatus.Running, JobStatus.Queued),
        (JobStatus.Running, JobStatus.Succeeded),
        (JobStatus.Running, JobStatus.Failed),
        (JobStatus.Running, JobStatus.Cancelled),
    }.ToFrozenSet();

    public static bool IsAllowed(JobStatus from, JobStatus to) => Legal.Contains((from, to));

    public static bool IsFinal(JobStatus status) => status is JobStatus.Succeeded or JobStatus.Failed or JobStatus.Cancelled;

    /// <summary>The statuses a job may be in for a move to <paramref name="to"/>; empty for none.</summary>
    public static JobStatus[] Sources(JobStatus to) => [.. Enum.GetValues<JobStatus>().Where(from => IsAllowed(from, to))];

    /// <summary>Throws when <paramref name="from"/> → <paramref name="to"/> is not a move of the state machine.</summary>
    public static void Ensure(JobStatus from, JobStatus to)
    {
        if (!IsAllowed(from, to))
        {
            throw new InvalidOperationException($"An ingest job cannot go from {from} to {to}.");
        }
    }
}
