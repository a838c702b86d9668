using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using NodaTime.Testing;
using TimelineApp.Core.Pipeline;
using TimelineApp.Data;
using TimelineApp.Data.Ingest;
using TimelineApp.Data.Storage;

namespace TimelineApp.Data.Tests.Support;

/// <summary>
/// A real database for storage tests: a temporary SQLite file, or a fresh database on the PostgreSQL server
/// named by <c>TIMELINE_PG</c> (CI starts one). Without that variable PostgreSQL tests skip, unless CI=true.
/// </summary>
public sealed class StorageProvider : IAsyncDisposable
{
    /// <summary>The providers every storage test runs on.</summary>
    public static TheoryData<string> Providers => new() { "Sqlite", "Postgres" };

    private static readonly Lazy<TimelinePipeline> SharedPipeline = new(() => TimelinePipeline.CreateDefault());
    private readonly DatabaseOptions _options;
    private readonly string? _sqliteFile;
    private readonly bool _ownsDatabase;
    private readonly ServiceProvider _services;

    private StorageProvider(DatabaseOptions options, string? sqliteFile, IngestLimits? limits, bool ownsDatabase = true, params IInterceptor[] interceptors)
    {
        _options = options;
        _sqliteFile = sqliteFile;
        _ownsDatabase = ownsDatabase;
        Clock = new FakeClock(Instant.FromUtc(2025, 7, 14, 16, 0));
        var services = new ServiceCollection();
        services.AddDbContextFactory<TimelineDbContext>(o => o.UseTimelineDatabase(options).AddInterceptors(interceptors));
        services.AddSingleton<IClock>(Clock);
        services.AddSingleton(SharedPipeline.Value);
        services.AddSingleton(limits ?? new IngestLimits());
        services.AddSingleton<DatasetStore>();
        services.AddSingleton<Microsoft.Extensions.Logging.ILogger<JobRunner>>(RunnerLog);
        services.AddIngest();
        services.AddTimelineAccounts(new TimelineApp.Data.Access.AccountOptions());
        _services = services.BuildServiceProvider();
    }

    public static string? PostgresConnection => Environment.GetEnvironmentVariable("TIMELINE_PG");

    public static bool MustRunPostgres => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    public FakeClock Clock { get; }

    /// <summary>What the job runner logged (retries, failures).</summary>
    internal Support.RecordingLogger<JobRunner> RunnerLog { get; } = new();

    /// <summary>A service of this "process" (each <see cref="StorageProvider"/>, reopened or not, is its own).</summary>
    public T Get<T>()
        where T : notnull => _services.GetRequiredService<T>();

    public IDbContextFactory<TimelineDbContext> Contexts => _services.GetRequiredService<IDbContextFactory<TimelineDbContext>>();

    public DatasetStore Store => _services.GetRequiredService<DatasetStore>();

    public IngestService Ingest => _services.GetRequiredService<IngestService>();

    public static TimelinePipeline Pipeline => SharedPipeline.Value;

    public string Provider => _options.IsPostgres ? "Postgres" : "Sqlite";

    public string ConnectionString => _options.ConnectionString!;

    /// <summary>
    /// Services over this same database, with more connection-string settings (a short lock timeout, a read-only mode)
    /// or interceptors; disposing them leaves the database alone.
    /// </summary>
    public StorageProvider Reopen(string connectionSettings, IngestLimits? limits = null, params IInterceptor[] interceptors) =>
        new(new DatabaseOptions { Provider = _options.Provider, ConnectionString = $"{ConnectionString};{connectionSettings}" }, _sqliteFile, limits, ownsDatabase: false, interceptors);

    /// <summary>A new database with the current schema; with <paramref name="migrate"/> false, an empty database (no tables).</summary>
    public static async Task<StorageProvider> CreateAsync(string provider, IngestLimits? limits = null, bool migrate = true)
    {
        StorageProvider storage;
        if (provider == "Postgres")
        {
            if (PostgresConnection is null)
            {
                Assert.SkipWhen(!MustRunPostgres, "PostgreSQL tests need TIMELINE_PG (a connection string without Database); .ci/run sets it.");
                Assert.Fail("CI=true but TIMELINE_PG is not set: the PostgreSQL tests must run in CI.");
            }

            string cs = $"{PostgresConnection};Database=timeline_test_{Guid.NewGuid():N}";
            storage = new StorageProvider(new DatabaseOptions { Provider = "Postgres", ConnectionString = cs }, null, limits);
        }
        else
        {
            string file = Path.Combine(Path.GetTempPath(), $"timeline-test-{Guid.NewGuid():N}.db");
            storage = new StorageProvider(new DatabaseOptions { Provider = "Sqlite", ConnectionString = $"Data Source={file}" }, file, limits);
        }

        await using var db = await storage.Contexts.CreateDbContextAsync(TestContext.Current.CancellationToken);
        if (migrate)
        {
            await DatabaseSetup.MigrateAsync(db, TestContext.Current.CancellationToken);
        }
        else
        {
            await db.GetService<IRelationalDatabaseCreator>().CreateAsync(TestContext.Current.CancellationToken);
        }

        return storage;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_ownsDatabase)
        {
            await _services.DisposeAsync();
            return;
        }

        await using (var db = await Contexts.CreateDbContextAsync())
        {
            if (db.Database.IsNpgsql())
            {
                Npgsql.NpgsqlConnection.ClearAllPools(); // idle connections of reopened services would block the drop
                await db.Database.EnsureDeletedAsync();
            }
        }

        await _services.DisposeAsync();
        if (_sqliteFile is not null)
        {
            SqliteConnection.ClearAllPools();
            foreach (string suffix in new[] { string.Empty, "-wal", "-shm" })
            {
                File.Delete(_sqliteFile + suffix);
            }
        }
    }
}
