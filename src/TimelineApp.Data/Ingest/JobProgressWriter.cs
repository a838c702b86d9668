using Microsoft.EntityFrameworkCore;
using NodaTime;
using TimelineApp.Core.Pipeline;

namespace TimelineApp.Data.Ingest;

/// <summary>
/// Publishes pipeline progress (in process, at once) and writes it to the job row (so a reload or another node
/// still sees it), only while the run holds its lease. Writes at most every quarter second, plus at every stage
/// change; the pipeline never waits for them. Notifications are sent on the pipeline's thread at those same moments.
/// </summary>
internal sealed class JobProgressWriter(IDbContextFactory<TimelineDbContext> contexts, JobLease lease, JobSnapshot running, JobNotifications notifications, IClock clock) : IProgress<PipelineProgress>
{
    private readonly Lock _gate = new();
    private PipelineProgress? _pending;
    private PipelineStage? _lastStage;
    private Instant _lastWrite;
    private Task _writing = Task.CompletedTask;

    public void Report(PipelineProgress value)
    {
        lock (_gate)
        {
            _pending = value;
            var now = clock.GetCurrentInstant();
            if (_lastStage == value.Stage && now - _lastWrite < Duration.FromMilliseconds(250))
            {
                return;
            }

            _lastStage = value.Stage;
            _lastWrite = now;
            _writing = _writing.ContinueWith(_ => WriteAsync(), TaskScheduler.Default).Unwrap();
        }

        notifications.Publish(running with { Stage = value.Stage, Done = value.Done, Total = value.Total });
    }

    public Task FlushAsync()
    {
        lock (_gate)
        {
            return _writing;
        }
    }

    private async Task WriteAsync()
    {
        PipelineProgress? p;
        lock (_gate)
        {
            p = _pending;
        }

        if (p is null)
        {
            return;
        }

        try
        {
            await using var db = await contexts.CreateDbContextAsync().ConfigureAwait(false);
            var now = clock.GetCurrentInstant();
            await JobLeases.Held(db, lease).ExecuteUpdateAsync(s => s
                .SetProperty(j => j.Stage, p.Stage)
                .SetProperty(j => j.Done, p.Done)
                .SetProperty(j => j.Total, p.Total)
                .SetProperty(j => j.UpdatedAt, now)).ConfigureAwait(false);
        }
        catch (Exception e) when (Storage.DatabaseFault.Of(e) is not null)
        {
            // Progress is a courtesy: a busy database must not fail the run. The end of the run is written for sure.
        }
    }
}
