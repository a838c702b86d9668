using System.Threading.Channels;
using TimelineApp.Data.Ingest;

namespace TimelineApp.Web.Services;

/// <summary>
/// Wakes the ingest worker. The job table is the durable queue; this channel only says "there is work",
/// so losing it (a restart) loses nothing: the worker re-reads open jobs at start-up.
/// </summary>
public sealed class IngestScheduler
{
    private readonly Channel<Guid> _jobs = Channel.CreateBounded<Guid>(new BoundedChannelOptions(1_000) { SingleReader = true });

    /// <summary>Raised (on the worker's thread) whenever a job reaches a final state.</summary>
    public event Action<JobSnapshot>? JobFinished;

    public ChannelReader<Guid> Reader => _jobs.Reader;

    public ValueTask EnqueueAsync(Guid jobId, CancellationToken cancellationToken = default) => _jobs.Writer.WriteAsync(jobId, cancellationToken);

    internal void OnFinished(JobSnapshot job) => JobFinished?.Invoke(job);
}
