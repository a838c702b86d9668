using System.Data.Common;
using System.Diagnostics;
using System.Text;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using Npgsql;
using TimelineApp.Core.Documents;
using TimelineApp.Core.Pipeline;
using TimelineApp.Data;
using TimelineApp.Data.Entities;

namespace TimelineApp.E2E.Tests;

/// <summary>
/// Fault-matrix row 14, kill -9 during ingest: a real CLI process is killed at a seeded point of its job, then the
/// app starts on the same database. The job must be resumed and finish with exactly the events an uninterrupted run
/// gives (nothing lost, nothing twice), its dump kept, nothing half-written visible in between; on SQLite the file
/// must pass <c>PRAGMA integrity_check</c>. On SQLite and PostgreSQL.
/// </summary>
public sealed class CrashRecoveryTests
{
    private const int Articles = 150;
    private static readonly Capture Captured = new(Instant.FromUtc(2025, 7, 14, 15, 0), DateTimeZone.Utc);
    private static readonly byte[] Dump = Encoding.UTF8.GetBytes(BigDump(Articles));

    // The same dump processed in one go by the same pipeline: what every resumed run must store.
    private static readonly Lazy<List<(string Title, Instant Start)>> Uninterrupted = new(() =>
        Sorted(TimelinePipeline.CreateDefault().Process(Dump, Captured).Events.Select(e => (e.Title, e.Start))));

    public static TheoryData<string, int> Cases => new()
    {
        { "Sqlite", 1 }, { "Sqlite", 2 }, { "Sqlite", 3 },
        { "Postgres", 1 }, { "Postgres", 2 }, { "Postgres", 3 },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task IngestKilledAtASeededPoint_IsResumedByTheNextStart_WithTheEventsOfAnUninterruptedRun(string provider, int seed)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var database = TestDatabase.Create(provider);
        string dump = Path.Combine(database.Directory, "big.jsonl");
        await File.WriteAllBytesAsync(dump, Dump, ct);

        // 0. The account the CLI stores for (the CLI makes it, the password on stdin).
        var add = new ProcessStartInfo("dotnet") { UseShellExecute = false, RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (string a in new[] { Path.Combine(AppContext.BaseDirectory, "timeline.dll"), "users", "add", "crash", "--role", "editor" })
        {
            add.ArgumentList.Add(a);
        }

        foreach (var (key, value) in database.Settings)
        {
            add.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }

        using (var adding = Process.Start(add)!)
        {
            await adding.StandardInput.WriteLineAsync("crash test password");
            adding.StandardInput.Close();
            string addError = await adding.StandardError.ReadToEndAsync(ct);
            await adding.WaitForExitAsync(ct);
            Assert.True(adding.ExitCode == 0, addError);
        }

        // 1. A real CLI process starts ingesting into the database...
        var start = new ProcessStartInfo("dotnet") { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (string a in new[] { Path.Combine(AppContext.BaseDirectory, "timeline.dll"), "ingest", dump, "--captured", "2025-07-14T15:00:00Z", "--name", "crash test", "--as", "crash" })
        {
            start.ArgumentList.Add(a);
        }

        foreach (var (key, value) in database.Settings)
        {
            start.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }

        using var cli = Process.Start(start)!;

        // 2. ...and is killed once its job has reached the seeded point: a stage of the two long ones, and a share of its documents.
        var random = new Random(seed);
        var stage = random.Next(2) == 0 ? PipelineStage.ResolvingDates : PipelineStage.FindingEntities;
        double share = 0.1 + (0.8 * random.NextDouble());
        await WaitUntilAsync(async () => await database.JobAsync() switch
        {
            { Status: JobStatus.Running } job => job.Stage > stage || (job.Stage == stage && job.Done >= share * job.Total),
            { Status: var status } => status == JobStatus.Queued ? false : throw new InvalidOperationException($"The job ended ({status}) before the kill point; the dump is too small for this machine."),
            null => false,
        });
        cli.Kill(entireProcessTree: true);
        await cli.WaitForExitAsync(ct);

        await using (var db = database.Open())
        {
            Assert.Equal(JobStatus.Running, (await db.IngestJobs.SingleAsync(ct)).Status);
            Assert.Equal(1, await db.Dumps.CountAsync(ct));
            Assert.Equal(0, await db.Events.CountAsync(ct)); // nothing half-written
            Assert.Equal(0, await db.Documents.CountAsync(ct));
            Assert.NotEqual(DatasetStatus.Ready, (await db.Datasets.SingleAsync(ct)).Status);
        }

        // 3. The app starts on the same database and resumes the job.
        await using (var app = new WebApplicationFactory<Program>().WithWebHostBuilder(b =>
        {
            b.UseEnvironment("Development");
            foreach (var (key, value) in database.Settings)
            {
                b.UseSetting(key, value);
            }

            b.UseSetting("Sample:LoadWhenEmpty", "false");
        }))
        {
            _ = app.Services; // starts the host and its ingest worker
            await WaitUntilAsync(async () => (await database.JobAsync())?.Status is JobStatus.Succeeded or JobStatus.Failed);
        }

        await using (var db = database.Open())
        {
            var job = await db.IngestJobs.SingleAsync(ct);
            Assert.Equal(JobStatus.Succeeded, job.Status);
            Assert.Equal(2, job.Attempts);
            var dataset = await db.Datasets.SingleAsync(ct);
            Assert.Equal(DatasetStatus.Ready, dataset.Status);
            Assert.Equal(Articles, dataset.DocumentCount);
            Assert.Equal(Articles, await db.Documents.CountAsync(ct));
            var stored = await db.Events.Select(e => new { e.Title, e.Start }).ToListAsync(ct);
            Assert.Equal(Uninterrupted.Value, Sorted(stored.Select(e => (e.Title, e.Start)))); // same events, none twice
            if (provider == "Sqlite")
            {
                Assert.Equal(["ok"], await db.Database.SqlQueryRaw<string>("PRAGMA integrity_check").ToListAsync(ct));
            }
        }
    }

    private static List<(string Title, Instant Start)> Sorted(IEnumerable<(string Title, Instant Start)> events) =>
        [.. events.OrderBy(e => e.Start).ThenBy(e => e.Title, StringComparer.Ordinal)];

    private static async Task WaitUntilAsync(Func<Task<bool>> condition)
    {
        // A safety net so that a stuck job fails the test instead of hanging it; no step is expected to come near it.
        var clock = Stopwatch.StartNew();
        while (!await condition())
        {
            Assert.True(clock.Elapsed < TimeSpan.FromMinutes(3), "the job did not get there within 3 minutes");
            await Task.Delay(50);
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

    /// <summary>
    /// A throwaway database the CLI and the app share through their configuration: a SQLite file in a temporary data
    /// folder, or a new database on the server named by TIMELINE_PG (skipped without it, unless CI=true).
    /// </summary>
    private sealed class TestDatabase : IAsyncDisposable
    {
        private TestDatabase(string provider, string directory, string? postgres)
        {
            Provider = provider;
            Directory = directory;
            Postgres = postgres;
        }

        public string Provider { get; }

        public string Directory { get; }

        private string? Postgres { get; }

        private string Sqlite => $"Data Source={Path.Combine(Directory, "timeline.db")}";

        // A short lease for the CLI and the app alike: the killed CLI's job is taken over once its lease runs out (a live
        // run renews it; ownership is a lease token, not a guess about whether a process is alive).
        private static readonly (string Key, string Value)[] ShortLease = [("Ingest:Lease", "00:00:05"), ("Ingest:RecoveryInterval", "00:00:01")];

        public IReadOnlyList<(string Key, string Value)> Settings => Postgres is null
            ? [("Database:DataDirectory", Directory), .. ShortLease]
            : [("Database:Provider", "Postgres"), ("ConnectionStrings:Timeline", Postgres), .. ShortLease];

        public static TestDatabase Create(string provider)
        {
            string directory = System.IO.Directory.CreateTempSubdirectory("timeline-crash").FullName;
            if (provider == "Sqlite")
            {
                return new TestDatabase(provider, directory, null);
            }

            string? pg = Environment.GetEnvironmentVariable("TIMELINE_PG");
            bool mustRun = string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);
            Assert.SkipWhen(pg is null && !mustRun, "PostgreSQL tests need TIMELINE_PG (a connection string without Database); .ci/run sets it.");
            Assert.NotNull(pg);
            return new TestDatabase(provider, directory, $"{pg};Database=timeline_crash_{Guid.NewGuid():N}");
        }

        public TimelineDbContext Open()
        {
            var options = new DbContextOptionsBuilder<TimelineDbContext>();
            return new(Postgres is null ? options.UseSqlite(Sqlite).Options : options.UseNpgsql(Postgres).Options);
        }

        /// <summary>The job, or null while the CLI is still creating the database and its schema.</summary>
        public async Task<IngestJobRecord?> JobAsync()
        {
            if (Postgres is null && !File.Exists(Path.Combine(Directory, "timeline.db")))
            {
                return null;
            }

            try
            {
                await using var db = Open();
                return await db.IngestJobs.AsNoTracking().FirstOrDefaultAsync();
            }
            catch (DbException)
            {
                return null;
            }
        }

        public async ValueTask DisposeAsync()
        {
            SqliteConnection.ClearAllPools();
            if (Postgres is not null)
            {
                NpgsqlConnection.ClearAllPools();
                var server = new NpgsqlConnectionStringBuilder(Postgres);
                string name = server.Database!;
                server.Database = "postgres";
                await using var connection = new NpgsqlConnection(server.ConnectionString);
                await connection.OpenAsync();
                await using var drop = connection.CreateCommand();
                drop.CommandText = $"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)";
                await drop.ExecuteNonQueryAsync();
            }

            System.IO.Directory.Delete(Directory, recursive: true);
        }
    }
}
