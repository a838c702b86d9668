using System.Diagnostics;
using System.Text;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TimelineApp.Data;
using TimelineApp.Data.Entities;

namespace TimelineApp.E2E.Tests;

/// <summary>
/// Kills a real ingesting process mid-way, then starts the app on the same database: the job must be
/// resumed and finish, with its dump kept, and nothing half-written visible in between.
/// </summary>
public sealed class CrashRecoveryTests
{
    [Fact]
    public async Task IngestKilledMidway_IsResumedByTheNextStart()
    {
        var ct = TestContext.Current.CancellationToken;
        string dataDirectory = Directory.CreateTempSubdirectory("timeline-crash").FullName;
        string dump = Path.Combine(dataDirectory, "big.jsonl");
        await File.WriteAllTextAsync(dump, BigDump(articles: 300), ct);
        try
        {
            // 1. A real CLI process starts ingesting into the database...
            var start = new ProcessStartInfo("dotnet") { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
            foreach (string a in new[] { Path.Combine(AppContext.BaseDirectory, "timeline.dll"), "ingest", dump, "--captured", "2025-07-14T15:00:00Z", "--name", "crash test" })
            {
                start.ArgumentList.Add(a);
            }

            start.Environment["Database__DataDirectory"] = dataDirectory;
            using var cli = Process.Start(start)!;

            // 2. ...and is killed once its job is running.
            string connection = $"Data Source={Path.Combine(dataDirectory, "timeline.db")}";
            await WaitUntilAsync(async () => await JobStatusAsync(connection) == JobStatus.Running, TimeSpan.FromSeconds(90));
            cli.Kill(entireProcessTree: true);
            await cli.WaitForExitAsync(ct);

            await using (var db = Open(connection))
            {
                Assert.Equal(JobStatus.Running, (await db.IngestJobs.SingleAsync(ct)).Status);
                Assert.Equal(1, await db.Dumps.CountAsync(ct));
                Assert.Equal(0, await db.Events.CountAsync(ct)); // nothing half-written
                Assert.NotEqual(DatasetStatus.Ready, (await db.Datasets.SingleAsync(ct)).Status);
            }

            // 3. The app starts on the same database and resumes the job.
            await using var app = new WebApplicationFactory<Program>().WithWebHostBuilder(b =>
            {
                b.UseEnvironment("Development");
                b.UseSetting("Database:DataDirectory", dataDirectory);
                b.UseSetting("Sample:LoadWhenEmpty", "false");
            });
            _ = app.Services; // starts the host and its ingest worker

            await WaitUntilAsync(async () => await JobStatusAsync(connection) == JobStatus.Succeeded, TimeSpan.FromSeconds(180));
            await using (var db = Open(connection))
            {
                var dataset = await db.Datasets.SingleAsync(ct);
                Assert.Equal(DatasetStatus.Ready, dataset.Status);
                Assert.Equal(300, dataset.DocumentCount);
                Assert.True(await db.Events.CountAsync(ct) > 300);
                Assert.Equal(2, (await db.IngestJobs.SingleAsync(ct)).Attempts);
            }
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(dataDirectory, recursive: true);
        }
    }

    private static TimelineDbContext Open(string connection) =>
        new(new DbContextOptionsBuilder<TimelineDbContext>().UseSqlite(connection).Options);

    private static async Task<JobStatus?> JobStatusAsync(string connection)
    {
        if (!File.Exists(connection["Data Source=".Length..]))
        {
            return null;
        }

        try
        {
            await using var db = Open(connection);
            return (await db.IngestJobs.AsNoTracking().FirstOrDefaultAsync())?.Status;
        }
        catch (SqliteException)
        {
            return null; // the schema is still being created
        }
    }

    private static async Task WaitUntilAsync(Func<Task<bool>> condition, TimeSpan timeout)
    {
        var clock = Stopwatch.StartNew();
        while (!await condition())
        {
            Assert.True(clock.Elapsed < timeout, $"condition not met within {timeout}");
            await Task.Delay(100);
        }
    }

    private static string BigDump(int articles)
    {
        var sb = new StringBuilder();
        for (int i = 0; i < articles; i++)
        {
            sb.Append("{\"title\":\"Council meeting ").Append(i)
              .Append("\",\"source\":\"Test Wire\",\"published\":\"2025-07-1").Append(i % 4)
              .Append("T09:00:00Z\",\"text\":\"The council met on Monday to discuss the budget. Members said the vote would take place next week, after a hearing on Thursday. The plan was first proposed in March 2021 and revised last month. Officials in Norway and Sweden said they would follow the talks closely over the coming weeks.\"}\n");
        }

        return sb.ToString();
    }
}
