using Microsoft.EntityFrameworkCore;
using Polly;
using Polly.Retry;
using TimelineApp.Core.Samples;
using TimelineApp.Data;
using TimelineApp.Data.Ingest;
using TimelineApp.Data.Storage;

namespace TimelineApp.Web.Services;

/// <summary>
/// Prepares the database: applies the schema's migrations (adopting a database made before migrations existed)
/// and, when there is no dataset at all, processes the bundled sample dump so a newcomer opens a timeline rather
/// than an empty page. Start-up waits for the first attempt only: when the database cannot be reached, the app
/// starts anyway, <see cref="DatabaseStatus"/> says why, and attempts continue with backoff until one succeeds.
/// </summary>
public sealed partial class DatabaseInitializer(
    IDbContextFactory<TimelineDbContext> contexts,
    IngestService ingest,
    DatabaseStatus status,
    IConfiguration configuration,
    ILogger<DatabaseInitializer> logger) : IHostedService, IDisposable
{
    private static readonly TimeSpan MaxBackoff = TimeSpan.FromSeconds(30);
    private readonly CancellationTokenSource _stopping = new();
    private Task? _retries;
    private int _disposed;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (!await TryPrepareAsync(cancellationToken))
        {
            _retries = RetryAsync(_stopping.Token);
        }
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        var retries = _retries;
        if (retries is null || Volatile.Read(ref _disposed) != 0)
        {
            return; // nothing running, or already disposed: a host may stop a service after disposing it
        }

        try
        {
            await _stopping.CancelAsync();
        }
        catch (ObjectDisposedException)
        {
            return; // disposed between the check and the cancel; Dispose cancelled the retries itself
        }

        await retries.WaitAsync(cancellationToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
    }

    // Cancels before disposing, so retries stop even when the host disposes the service without stopping it first.
    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 0)
        {
            _stopping.Cancel();
            _stopping.Dispose();
        }
    }

    // Polly, like every retry of the app: until it succeeds or the app stops, 1 s doubling to 30 s.
    private async Task RetryAsync(CancellationToken stopping)
    {
        var retry = new ResiliencePipelineBuilder<bool>().AddRetry(new RetryStrategyOptions<bool>
        {
            ShouldHandle = new PredicateBuilder<bool>().HandleResult(ready => !ready),
            MaxRetryAttempts = int.MaxValue,
            BackoffType = DelayBackoffType.Exponential,
            Delay = TimeSpan.FromSeconds(1),
            MaxDelay = MaxBackoff,
            UseJitter = false,
        }).Build();
        try
        {
            await retry.ExecuteAsync(async token => await TryPrepareAsync(token), stopping);
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
            // Stopping.
        }
    }

    private async Task<bool> TryPrepareAsync(CancellationToken cancellationToken)
    {
        try
        {
            await PrepareAsync(cancellationToken);
            status.MarkReady();
            return true;
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // Unreachable server, refused login, a database being restarted: all the same to a user.
            LogUnavailable(logger, e);
            status.MarkUnavailable("The database cannot be reached; the app keeps trying. Nothing can be uploaded until it is back.");
            return false;
        }
    }

    private async Task PrepareAsync(CancellationToken cancellationToken)
    {
        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
        {
            var adopted = await DatabaseSetup.MigrateAsync(db, cancellationToken);
            if (adopted.Count > 0)
            {
                LogAdopted(logger, string.Join(", ", adopted));
            }

            if (!configuration.GetValue("Sample:LoadWhenEmpty", true) || await db.Datasets.AnyAsync(cancellationToken))
            {
                return;
            }
        }

        using var sample = new MemoryStream(SampleDump.ReadBytes(), writable: false);
        // The sample is public: a fresh clone shows it before any account exists.
        var job = await ingest.SubmitAsync(sample, SampleDump.Name, SampleDump.Capture, owner: null, new DatasetGrant(null, TimelineApp.Data.Entities.DatasetVisibility.Public), cancellationToken);
        var done = await ingest.RunToEndAsync(job.Id, cancellationToken);
        LogSample(logger, done.Job?.Status);
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "The database could not be prepared; retrying with backoff")]
    private static partial void LogUnavailable(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The database was made before migrations; adopted it as already having {Migrations} and applied what it lacked")]
    private static partial void LogAdopted(ILogger logger, string migrations);

    [LoggerMessage(Level = LogLevel.Information, Message = "Loaded the bundled sample dump: {Status}")]
    private static partial void LogSample(ILogger logger, TimelineApp.Data.Entities.JobStatus? status);
}
