using TimelineApp.Core.Pipeline;
using TimelineApp.Data.Ingest;

namespace TimelineApp.Web.Tests.Services;

/// <summary>
/// Runs an action on the runner's own thread the first time a job is reported running at a stage, so a test can
/// delete, cancel or take over a job exactly while that stage runs (the pipeline waits for the action).
/// </summary>
internal sealed class StageGate : IDisposable
{
    private readonly IDisposable _subscription;
    private readonly TaskCompletionSource _reached = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _fired;

    public StageGate(JobNotifications notifications, Guid jobId, PipelineStage stage, Action action)
    {
        _subscription = notifications.Subscribe(jobId, job =>
        {
            if (job.Status == TimelineApp.Data.Entities.JobStatus.Running && job.Stage == stage && Interlocked.Exchange(ref _fired, 1) == 0)
            {
                try
                {
                    action();
                    _reached.TrySetResult();
                }
                catch (Exception e)
                {
                    _reached.TrySetException(e);
                    throw;
                }
            }
        });
    }

    /// <summary>Completes once the action ran (fails with its exception); the minutes are a safety net, not a budget.</summary>
    public Task Reached => _reached.Task.WaitAsync(TimeSpan.FromMinutes(2));

    public void Dispose() => _subscription.Dispose();
}
