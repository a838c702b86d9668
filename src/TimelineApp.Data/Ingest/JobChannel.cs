using System.Threading.Channels;

namespace TimelineApp.Data.Ingest;

/// <summary>
/// Wakes the runner. The job table is the durable queue; this channel only says "there is work", so losing it (a
/// restart) loses nothing: recovery re-reads open jobs. A full channel drops the wake-up for the same reason.
/// </summary>
public sealed class JobChannel
{
    private readonly Channel<Guid> _jobs = Channel.CreateBounded<Guid>(new BoundedChannelOptions(1_000) { FullMode = BoundedChannelFullMode.DropWrite });

    public ChannelReader<Guid> Reader => _jobs.Reader;

    public void Enqueue(Guid jobId) => _jobs.Writer.TryWrite(jobId);
}
