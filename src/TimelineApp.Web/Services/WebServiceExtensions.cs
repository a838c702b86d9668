using MudBlazor.Services;
using TimelineApp.Data;
using TimelineApp.Data.Ingest;
using TimelineApp.Data.Storage;

namespace TimelineApp.Web.Services;

/// <summary>Everything the web app registers, grouped, so Program.cs stays short.</summary>
public static class WebServiceExtensions
{
    public static IHostApplicationBuilder AddTimelineApp(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);

        // Storage and the pipeline (shared with the CLI)
        var database = builder.Configuration.GetSection("Database").Get<DatabaseOptions>() ?? new DatabaseOptions();
        database.ConnectionString = builder.Configuration.GetConnectionString("Timeline") is { Length: > 0 } cs ? cs : database.ConnectionString;
        if (!database.IsPostgres && database.ConnectionString is { } sqlite)
        {
            database.ConnectionString = RootRelativeSqlite(sqlite, builder.Environment.ContentRootPath);
        }

        var limits = builder.Configuration.GetSection("Ingest").Get<IngestLimits>() ?? new IngestLimits();
        builder.Services.AddTimelineData(database, limits);

        // Background ingestion (which gives way to viewers) and shared dataset views
        builder.Services.AddSingleton<ViewerPriority>();
        builder.Services.AddSingleton<TimelineApp.Core.Pipeline.IPipelinePacer>(sp => sp.GetRequiredService<ViewerPriority>());
        builder.Services.AddSingleton(builder.Configuration.GetSection("TimelineCache").Get<TimelineCacheOptions>() ?? new TimelineCacheOptions());
        builder.Services.AddSingleton<TimelineCache>();
        builder.Services.AddSingleton<DatabaseStatus>();
        builder.Services.AddHostedService<DatabaseInitializer>();
        builder.Services.AddHealthChecks()
            .AddDbContextCheck<TimelineDbContext>("database")
            .AddCheck<DatabaseReadyCheck>("schema")
            .AddCheck<StorageWritableCheck>("writes");
        builder.Services.AddHostedService<IngestWorker>();

        // UI
        builder.Services.AddRazorComponents().AddInteractiveServerComponents();
        builder.Services.AddMudServices();
        builder.Services.AddScoped<ViewerClock>();
        return builder;
    }

    // A relative SQLite path is taken relative to the content root, not to whatever the working directory is.
    private static string RootRelativeSqlite(string connectionString, string contentRoot)
    {
        var csb = new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(connectionString);
        if (!string.IsNullOrEmpty(csb.DataSource) && csb.DataSource != ":memory:" && !Path.IsPathRooted(csb.DataSource))
        {
            csb.DataSource = Path.GetFullPath(Path.Combine(contentRoot, csb.DataSource));
        }

        return csb.ToString();
    }
}
