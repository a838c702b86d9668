using Microsoft.EntityFrameworkCore;
using NodaTime;
using TimelineApp.Core.Pipeline;
using TimelineApp.Data.Entities;

namespace TimelineApp.Data.Ingest;

/// <summary>
/// Writes pipeline progress to the job row (so a reloaded page still sees it) and renews the job's lease.
/// Writes at most every quarter second, plus at every stage change; the pipeline never waits for them.
/// </summary>
internal sealed class JobProgressWriter(IDbContextFactory<TimelineDbContext> contexts, Guid jobId, IClock clock, TimeSpan lease) : IProgress<PipelineProgress>
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

        await using var db = await contexts.CreateDbContextAsync().ConfigureAwait(false);
        var now = clock.GetCurrentInstant();
        var until = now + Duration.FromTimeSpan(lease);
        await db.IngestJobs.Where(j => j.Id == jobId && j.Status == JobStatus.Running).ExecuteUpdateAsync(s => s
            .SetProperty(j => j.Stage, p.Stage)
            .SetProperty(j => j.Done, p.Done)
            .SetProperty(j => j.Total, p.Total)
            .SetProperty(j => j.UpdatedAt, now)
            .SetProperty(j => j.LeaseUntil, until)).ConfigureAwait(false);
    }
}
