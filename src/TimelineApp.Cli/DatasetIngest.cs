using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TimelineApp.Core.Documents;
using TimelineApp.Data;
using TimelineApp.Data.Entities;
using TimelineApp.Data.Ingest;
using TimelineApp.Data.Storage;

namespace TimelineApp.Cli;

/// <summary>
/// Stores a dump as a dataset through the same ingest path the web upload takes: the dump is stored,
/// a durable job queued, then processed here. The database is the app's (same configuration keys, read
/// from the environment: <c>Database__Provider</c>, <c>ConnectionStrings__Timeline</c>, <c>Database__DataDirectory</c>).
/// </summary>
internal static class DatasetIngest
{
    // Job timing from the environment, as the web app reads it from configuration (Ingest__Lease=00:00:30).
    private static IngestLimits Limits()
    {
        var limits = new IngestLimits();
        if (TimeSpan.TryParse(Environment.GetEnvironmentVariable("Ingest__Lease"), System.Globalization.CultureInfo.InvariantCulture, out var lease) && lease > TimeSpan.Zero)
        {
            limits.Lease = lease;
        }

        if (TimeSpan.TryParse(Environment.GetEnvironmentVariable("Ingest__JobTimeout"), System.Globalization.CultureInfo.InvariantCulture, out var budget) && budget > TimeSpan.Zero)
        {
            limits.JobTimeout = budget;
        }

        return limits;
    }

    public static int Store(byte[] bytes, Capture capture, string name)
    {
        var database = new DatabaseOptions
        {
            Provider = Environment.GetEnvironmentVariable("Database__Provider") ?? "Sqlite",
            ConnectionString = Environment.GetEnvironmentVariable("ConnectionStrings__Timeline"),
            DataDirectory = Environment.GetEnvironmentVariable("Database__DataDirectory"),
        };
        using var services = new ServiceCollection().AddTimelineData(database, Limits()).BuildServiceProvider();
        var contexts = services.GetRequiredService<IDbContextFactory<TimelineDbContext>>();
        using (var db = contexts.CreateDbContext())
        {
            DatabaseSetup.MigrateAsync(db).GetAwaiter().GetResult();
        }

        var ingest = services.GetRequiredService<IngestService>();
        using var stream = new MemoryStream(bytes, writable: false);
        JobSnapshot job;
        try
        {
            job = ingest.SubmitAsync(stream, name, capture, owner: null).GetAwaiter().GetResult();
        }
        catch (IngestRejectedException e)
        {
            throw new CliInputException(e.Message);
        }

        // The CLI is its own runner: the same runner as the web app's worker, with the same retries (Polly, IngestRetry).
        var done = ingest.RunToEndAsync(job.Id).GetAwaiter().GetResult().Job
            ?? throw new CliInputException("The dataset was deleted while it was being processed.");
        if (done.Status != JobStatus.Succeeded)
        {
            Console.Error.WriteLine($"timeline: {done.Error}");
            return 3;
        }

        var summary = services.GetRequiredService<DatasetStore>().FindAsync(done.DatasetId).GetAwaiter().GetResult()!;
        Console.WriteLine($"stored dataset {summary.Id} \"{summary.Name}\": {summary.DocumentCount} documents, {summary.EventCount} events, {summary.ActorCount} actors, {summary.CountryCount} countries");
        return 0;
    }
}
