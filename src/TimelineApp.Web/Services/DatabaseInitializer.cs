using Microsoft.EntityFrameworkCore;
using TimelineApp.Core.Samples;
using TimelineApp.Data;
using TimelineApp.Data.Ingest;
using TimelineApp.Data.Storage;

namespace TimelineApp.Web.Services;

/// <summary>
/// Prepares the database before the app serves its first page: applies the schema's migrations (adopting a
/// database made before migrations existed) and, when there is no dataset at all, processes the bundled
/// sample dump so a newcomer opens a timeline rather than an empty page.
/// </summary>
public sealed partial class DatabaseInitializer(
    IDbContextFactory<TimelineDbContext> contexts,
    IngestService ingest,
    IConfiguration configuration,
    ILogger<DatabaseInitializer> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
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
        var job = await ingest.SubmitAsync(sample, SampleDump.Name, SampleDump.Capture, owner: null, cancellationToken);
        var done = await ingest.ProcessAsync(job.Id, cancellationToken);
        LogSample(logger, done.Status);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Warning, Message = "The database was made before migrations; adopted it as already having {Migrations} and applied what it lacked")]
    private static partial void LogAdopted(ILogger logger, string migrations);

    [LoggerMessage(Level = LogLevel.Information, Message = "Loaded the bundled sample dump: {Status}")]
    private static partial void LogSample(ILogger logger, TimelineApp.Data.Entities.JobStatus status);
}
