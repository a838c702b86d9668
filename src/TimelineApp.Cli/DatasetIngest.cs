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
    public static int Store(byte[] bytes, Capture capture, string name)
    {
        var database = new DatabaseOptions
        {
            Provider = Environment.GetEnvironmentVariable("Database__Provider") ?? "Sqlite",
            ConnectionString = Environment.GetEnvironmentVariable("ConnectionStrings__Timeline"),
            DataDirectory = Environment.GetEnvironmentVariable("Database__DataDirectory"),
        };
        using var services = new ServiceCollection().AddTimelineData(database, new IngestLimits()).BuildServiceProvider();
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

        var limits = services.GetRequiredService<IngestLimits>();
        var done = ingest.ProcessAsync(job.Id).GetAwaiter().GetResult();
        while (done.IsWaitingToRetry)
        {
            // The database was busy (another writer); ProcessAsync bounds the attempts, the CLI only waits between them.
            Console.Error.WriteLine($"timeline: {done.Error}");
            Thread.Sleep(limits.RetryDelayAfter(done.Attempts));
            done = ingest.ProcessAsync(job.Id).GetAwaiter().GetResult();
        }

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
