using Microsoft.EntityFrameworkCore;
using TimelineApp.Core.Samples;
using TimelineApp.Data;
using TimelineApp.Data.Ingest;
using TimelineApp.Data.Storage;

namespace TimelineApp.Web.Services;

/// <summary>
/// Prepares the database before the app serves its first page: creates the schema and, when there is no
/// dataset at all, processes the bundled sample dump so a newcomer opens a timeline rather than an empty page.
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
            await DatabaseSetup.EnsureCreatedAsync(db, cancellationToken);
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

    [LoggerMessage(Level = LogLevel.Information, Message = "Loaded the bundled sample dump: {Status}")]
    private static partial void LogSample(ILogger logger, TimelineApp.Data.Entities.JobStatus status);
}
