using Polly;
using Polly.Retry;
using TimelineApp.Data.Storage;

namespace TimelineApp.Data.Ingest;

/// <summary>
/// The one retry policy of ingest (Polly): a run that met a transient database fault, whether the run recorded it
/// (the job is queued again with a note) or the database refused even that (the fault is thrown), is run again after
/// <see cref="IngestLimits.RetryDelay"/>, doubling, at most a minute, up to <see cref="IngestLimits.MaxAttempts"/>
/// times. Permanent faults (read-only, full) and everything else are not retried.
/// </summary>
public static class IngestRetry
{
    public static readonly TimeSpan MaxDelay = TimeSpan.FromMinutes(1);

    /// <summary>A retry is about to wait <paramref name="Delay"/> before run <paramref name="Attempt"/> + 1, because of <paramref name="Reason"/>.</summary>
    public sealed record Retrying(int Attempt, TimeSpan Delay, string Reason, Exception? Exception);

    public static ResiliencePipeline<JobSnapshot?> Create(IngestLimits limits, Action<Retrying>? onRetry = null, TimeProvider? time = null)
    {
        ArgumentNullException.ThrowIfNull(limits);
        var builder = new ResiliencePipelineBuilder<JobSnapshot?>();
        if (time is not null)
        {
            builder.TimeProvider = time;
        }

        return builder.AddRetry(new RetryStrategyOptions<JobSnapshot?>
        {
            ShouldHandle = new PredicateBuilder<JobSnapshot?>()
                .Handle<Exception>(e => DatabaseFault.Of(e) is { IsTransient: true })
                .HandleResult(r => r is { IsWaitingToRetry: true }),
            MaxRetryAttempts = Math.Max(1, limits.MaxAttempts),
            BackoffType = DelayBackoffType.Exponential,
            Delay = limits.RetryDelay,
            MaxDelay = MaxDelay,
            UseJitter = false,
            OnRetry = args =>
            {
                string reason = args.Outcome.Exception is { } e ? DatabaseFault.Of(e)?.Reason ?? e.Message : args.Outcome.Result?.Error ?? "a transient fault";
                onRetry?.Invoke(new Retrying(args.AttemptNumber + 1, args.RetryDelay, reason, args.Outcome.Exception));
                return default;
            },
        }).Build();
    }
}
