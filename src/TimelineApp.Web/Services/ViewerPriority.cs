using TimelineApp.Core.Pipeline;
using TimelineApp.Data.Ingest;

namespace TimelineApp.Web.Services;

/// <summary>
/// Viewers before ingests. Pages mark the work of computing a view (<see cref="BeginViewWork"/>); while any
/// such work runs, the background ingest pauses between documents, for at most
/// <see cref="IngestLimits.MaxGiveWay"/> each time. On a 2-core machine the ingest otherwise takes the core
/// the viewers need, and filtering slows down exactly when a new dump arrives.
/// </summary>
public sealed class ViewerPriority(IngestLimits limits) : IPipelinePacer, IDisposable
{
    private readonly Lock _gate = new();
    private readonly ManualResetEventSlim _noViewWork = new(initialState: true);
    private int _running;
    private int _waiting;

    /// <summary>View computations running now.</summary>
    public int Running => Volatile.Read(ref _running);

    /// <summary>Ingests paused in <see cref="GiveWay"/> now (lets tests wait for the pause instead of sleeping).</summary>
    public int Waiting => Volatile.Read(ref _waiting);

    /// <summary>Marks the computation of a view; dispose the result when the view is rendered.</summary>
    public IDisposable BeginViewWork()
    {
        lock (_gate)
        {
            if (++_running == 1)
            {
                _noViewWork.Reset();
            }
        }

        return new ViewWork(this);
    }

    public void GiveWay(CancellationToken cancellationToken)
    {
        if (limits.MaxGiveWay > TimeSpan.Zero && !_noViewWork.IsSet)
        {
            long started = System.Diagnostics.Stopwatch.GetTimestamp();
            Interlocked.Increment(ref _waiting);
            try
            {
                _noViewWork.Wait(limits.MaxGiveWay, cancellationToken);
            }
            finally
            {
                Interlocked.Decrement(ref _waiting);
            }

            TimelineMetrics.IngestGaveWay.Record(System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }
    }

    public void Dispose() => _noViewWork.Dispose();

    private void End()
    {
        lock (_gate)
        {
            if (--_running == 0)
            {
                _noViewWork.Set();
            }
        }
    }

    private sealed class ViewWork(ViewerPriority owner) : IDisposable
    {
        private int _ended;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _ended, 1) == 0)
            {
                owner.End();
            }
        }
    }
}
