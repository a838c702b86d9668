using System.Collections.Concurrent;

namespace TimelineApp.Data.Ingest;

/// <summary>
/// The runs of this process, by job, so a cancel or a delete stops the pipeline at once instead of waiting for the
/// next lease renewal to notice. One per process (a singleton), never static: tests host several "processes".
/// </summary>
public sealed class RunningJobs
{
    private readonly ConcurrentDictionary<Guid, CancellationTokenSource> _runs = new();
    private readonly ConcurrentDictionary<CancellationTokenSource, bool> _stopped = new();

    /// <summary>Registers a run; the returned source is cancelled by <see cref="Cancel"/>. Null when this process already runs the job.</summary>
    public CancellationTokenSource? Start(Guid jobId, CancellationToken linkedTo)
    {
        var run = CancellationTokenSource.CreateLinkedTokenSource(linkedTo);
        if (_runs.TryAdd(jobId, run))
        {
            return run;
        }

        run.Dispose();
        return null;
    }

    public void End(Guid jobId, CancellationTokenSource run)
    {
        ArgumentNullException.ThrowIfNull(run);
        _runs.TryRemove(new KeyValuePair<Guid, CancellationTokenSource>(jobId, run));
        _stopped.TryRemove(run, out _);
        run.Dispose();
    }

    public bool IsRunning(Guid jobId) => _runs.ContainsKey(jobId);

    /// <summary>Whether <paramref name="run"/> was stopped by <see cref="Cancel"/> (a cancel or delete), not by its budget or caller.</summary>
    public bool WasStopped(CancellationTokenSource run) => _stopped.ContainsKey(run);

    /// <summary>Stops this process's run of the job, if any; true when there was one.</summary>
    public bool Cancel(Guid jobId)
    {
        if (!_runs.TryGetValue(jobId, out var run))
        {
            return false;
        }

        _stopped[run] = true;
        try
        {
            run.Cancel();
        }
        catch (ObjectDisposedException)
        {
            // The run ended between the lookup and the cancel.
        }

        return true;
    }
}
