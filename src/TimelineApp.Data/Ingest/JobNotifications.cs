namespace TimelineApp.Data.Ingest;

/// <summary>
/// In-process news of jobs: every progress write and every end is published here, so a page follows its job without
/// polling. Only this process's runs are published; a page whose job runs on another node falls back to reading the
/// job row now and then.
/// </summary>
public sealed class JobNotifications
{
    private readonly Lock _gate = new();
    private readonly Dictionary<Guid, List<Action<JobSnapshot>>> _watchers = [];

    /// <summary>Calls <paramref name="onChange"/> (on the publisher's thread: keep it short) for each change of the job, until disposed.</summary>
    public IDisposable Subscribe(Guid jobId, Action<JobSnapshot> onChange)
    {
        ArgumentNullException.ThrowIfNull(onChange);
        lock (_gate)
        {
            if (!_watchers.TryGetValue(jobId, out var list))
            {
                _watchers[jobId] = list = [];
            }

            list.Add(onChange);
        }

        return new Subscription(this, jobId, onChange);
    }

    public void Publish(JobSnapshot job)
    {
        ArgumentNullException.ThrowIfNull(job);
        Action<JobSnapshot>[] targets;
        lock (_gate)
        {
            targets = _watchers.TryGetValue(job.Id, out var list) ? [.. list] : [];
        }

        foreach (var target in targets)
        {
            target(job);
        }
    }

    private void Unsubscribe(Guid jobId, Action<JobSnapshot> onChange)
    {
        lock (_gate)
        {
            if (_watchers.TryGetValue(jobId, out var list) && list.Remove(onChange) && list.Count == 0)
            {
                _watchers.Remove(jobId);
            }
        }
    }

    private sealed class Subscription(JobNotifications owner, Guid jobId, Action<JobSnapshot> onChange) : IDisposable
    {
        private int _disposed;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _disposed, 1) == 0)
            {
                owner.Unsubscribe(jobId, onChange);
            }
        }
    }
}
