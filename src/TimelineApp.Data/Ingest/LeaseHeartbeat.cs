namespace TimelineApp.Data.Ingest;

/// <summary>
/// Renews a run's lease while it works, so a long run is never mistaken for a dead one, and stops the run (through
/// <paramref name="onLost"/>) as soon as the row no longer carries its token: cancelled, deleted or taken over.
/// A renewal the database refuses is tried again at the next beat; the lease is long enough for several.
/// </summary>
public sealed class LeaseHeartbeat(JobLeases leases, JobLease lease, TimeSpan interval, Action onLost) : IAsyncDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private Task? _beating;

    public bool Lost { get; private set; }

    public void Start() => _beating = BeatAsync(_stop.Token);

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync().ConfigureAwait(false);
        if (_beating is not null)
        {
            await _beating.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }

        _stop.Dispose();
    }

    private async Task BeatAsync(CancellationToken stop)
    {
        using var timer = new PeriodicTimer(interval);
        while (await timer.WaitForNextTickAsync(stop).ConfigureAwait(false))
        {
            bool held;
            try
            {
                held = await leases.RenewAsync(lease, stop).ConfigureAwait(false);
            }
            catch (Exception e) when (e is not OperationCanceledException && Storage.DatabaseFault.Of(e) is not null)
            {
                continue;
            }

            if (!held)
            {
                Lost = true;
                onLost();
                return;
            }
        }
    }
}
