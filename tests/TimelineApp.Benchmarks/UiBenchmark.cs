using System.Diagnostics;
using System.Globalization;
using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor.Services;
using NodaTime;
using TimelineApp.Core.Pipeline;
using TimelineApp.Data;
using TimelineApp.Data.Ingest;
using TimelineApp.Data.Storage;
using TimelineApp.Web.Components.Pages;
using TimelineApp.Web.Services;

namespace TimelineApp.Benchmarks;

/// <summary>
/// Timeline UI benchmark: a generated dataset of 20,000 events, 500 actors and 150 countries, rendered by the
/// real Timeline page through bUnit (server-side rendering cost, no browser): time to first render, to apply a
/// filter and to zoom; SVG elements on screen; memory per additional viewer sharing one cached dataset.
/// </summary>
internal static class UiBenchmark
{
    /// <summary>The size the README's figures are measured at.</summary>
    public static readonly UiBenchmarkSize Full = new(20_000, 500, 150, 20);

    /// <summary>
    /// Runs the benchmark and writes each figure as it is measured. A test runs it at a tiny size so that the code
    /// path cannot rot between measurements (it once crashed at start on a service the page gained).
    /// </summary>
    public static async Task<UiBenchmarkFigures> RunAsync(UiBenchmarkSize size, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(size);
        ArgumentNullException.ThrowIfNull(output);
        var figures = new UiBenchmarkFigures();
        void Report(string what, TimeSpan elapsed)
        {
            figures.Times[what] = elapsed;
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{what}: {elapsed.TotalMilliseconds:0.0} ms"));
        }

        void Count(string what, double value, string line)
        {
            figures.Counts[what] = value;
            output.WriteLine(line);
        }

        int Events = size.Events, Actors = size.Actors, Countries = size.Countries, ExtraViewers = size.ExtraViewers;

        using var connection = new SqliteConnection("Data Source=:memory:");
        connection.Open();
        var shared = new ServiceCollection()
            .AddDbContextFactory<TimelineDbContext>(o => o.UseSqlite(connection, s => s.MigrationsAssembly(DatabaseSetup.SqliteMigrationsAssembly)))
            .AddSingleton<IClock>(SystemClock.Instance)
            .AddSingleton<DatasetStore>()
            .AddSingleton<StorageFaults>()
            .AddSingleton<StoryViews>()
            .AddSingleton<StoryTimelines>()
            .AddSingleton<TimelineApp.Data.Access.AuditLog>()
            .AddSingleton<TimelineApp.Data.Access.CorrectionLog>()
            .AddSingleton<TimelineCache>()
            .BuildServiceProvider();
        using (var db = shared.GetRequiredService<IDbContextFactory<TimelineDbContext>>().CreateDbContext())
        {
            db.Database.Migrate();
            var id = Guid.NewGuid();
            db.Stories.Add(new TimelineApp.Data.Entities.StoryRecord { Id = id, Name = "generated" });
            db.Datasets.Add(new TimelineApp.Data.Entities.DatasetRecord { Id = id, StoryId = id, Name = "generated", ZoneId = "UTC", DumpHash = "none", Status = TimelineApp.Data.Entities.DatasetStatus.Processing, Visibility = TimelineApp.Data.Entities.DatasetVisibility.Public });
            db.SaveChanges();
        }

        var datasetId = shared.GetRequiredService<IDbContextFactory<TimelineDbContext>>().CreateDbContext().Datasets.Single().Id;
        var clock = Stopwatch.StartNew();
        await shared.GetRequiredService<DatasetStore>().SaveResultAsync(datasetId, GeneratedDataset.Create(Events, Actors, Countries));
        Report(string.Create(CultureInfo.InvariantCulture, $"store {Events:N0} events (SQLite, one transaction)"), clock.Elapsed);
        clock.Restart();
        var timeline = await shared.GetRequiredService<TimelineCache>().GetAsync(datasetId);
        Report("load dataset into the shared cache", clock.Elapsed);

        BunitContext NewViewer()
        {
            var ctx = new BunitContext();
            ctx.Services.AddMudServices(o => o.PopoverOptions.CheckForPopoverProvider = false);
            ctx.Services.AddSingleton(shared.GetRequiredService<DatasetStore>());
            ctx.Services.AddSingleton(shared.GetRequiredService<TimelineCache>());
            ctx.Services.AddSingleton<IClock>(SystemClock.Instance);
            ctx.Services.AddScoped<ViewerClock>();

            // The page marks its view work so that ingests give way to viewers: it needs the service, not an ingest.
            ctx.Services.AddSingleton(new IngestLimits());
            ctx.Services.AddSingleton<ViewerPriority>();

            // An anonymous viewer on a first run (no accounts): it reads public datasets, as the generated one is.
            ctx.Services.AddSingleton(shared.GetRequiredService<IDbContextFactory<TimelineDbContext>>());
            ctx.Services.AddSingleton(new TimelineApp.Data.Access.AccountOptions());
            ctx.Services.AddSingleton(TimeProvider.System);
            ctx.Services.AddSingleton<TimelineApp.Data.Access.AccountsExist>();
            ctx.Services.AddSingleton<TimelineApp.Data.Ingest.JobQueries>();
            ctx.Services.AddSingleton<TimelineApp.Data.Access.DatasetReads>();
            ctx.Services.AddScoped<TimelineApp.Web.Accounts.CurrentActor>();
            ctx.AddAuthorization();
            ctx.JSInterop.Mode = JSRuntimeMode.Loose;
            ctx.SetRendererInfo(new RendererInfo("Server", isInteractive: true));
            ctx.Services.GetRequiredService<NavigationManager>().NavigateTo($"/?dataset={datasetId:N}");
            return ctx;
        }

        // Warm-up viewer (JIT), then the measured one.
        await using (var warm = NewViewer())
        {
            var w = warm.Render<TimelinePage>();
            w.WaitForState(() => w.FindAll("[data-testid=event-row]").Count > 0, TimeSpan.FromSeconds(60));
        }

        await using var viewer = NewViewer();
        clock.Restart();
        var page = viewer.Render<TimelinePage>();
        page.WaitForState(() => page.FindAll("[data-testid=event-row]").Count > 0, TimeSpan.FromSeconds(60));
        Report("first render of the timeline page", clock.Elapsed);
        Count("svg first view", page.FindAll("svg *").Count, $"SVG elements on screen (first view): {page.FindAll("svg *").Count}");

        var nav = viewer.Services.GetRequiredService<NavigationManager>();
        string country = timeline!.Countries[3].Code;
        var filterTimes = new List<TimeSpan>();
        var zoomTimes = new List<TimeSpan>();
        for (int i = 0; i < 10; i++)
        {
            clock.Restart();
            nav.NavigateTo($"/?dataset={datasetId:N}&country={(i % 2 == 0 ? country : timeline.Countries[5].Code)}");
            filterTimes.Add(clock.Elapsed);
        }

        Count("svg one country", page.FindAll("svg *").Count, $"SVG elements on screen (one country): {page.FindAll("svg *").Count}");
        long from = Instant.FromUtc(2018, 1, 1, 0, 0).ToUnixTimeSeconds();
        for (int i = 0; i < 10; i++)
        {
            clock.Restart();
            long to = from + (86_400L * 30 * (i + 1));
            nav.NavigateTo($"/?dataset={datasetId:N}&lanes=country&win={from}-{to}");
            zoomTimes.Add(clock.Elapsed);
        }

        Count("svg lanes zoomed", page.FindAll("svg *").Count, $"SVG elements on screen (lanes by country, zoomed): {page.FindAll("svg *").Count}");
        Count("list rows", page.FindAll("[data-testid=event-row]").Count, $"list rows rendered (virtualized): {page.FindAll("[data-testid=event-row]").Count}");
        Report("apply a filter, bUnit round trip incl. its HTML parsing (median of 10)", filterTimes.Order().ElementAt(5));
        Report("zoom step with lanes by country, bUnit round trip (median of 10)", zoomTimes.Order().ElementAt(5));

        // The server's own work per step, without bUnit: filter the shared dataset and lay out the visible window.
        var computeFilter = new List<TimeSpan>();
        var computeZoom = new List<TimeSpan>();
        for (int i = 0; i < 10; i++)
        {
            clock.Restart();
            var query = new TimelineQuery { Dataset = datasetId, Countries = [timeline.Countries[i % 7].Code] };
            _ = TimelineFilter.Apply(timeline, query);
            _ = TimelineFacets.For(timeline, query);
            computeFilter.Add(clock.Elapsed);
            clock.Restart();
            var all = TimelineFilter.Apply(timeline, new TimelineQuery { Dataset = datasetId });
            var scale = new TimelineApp.Web.Components.Timeline.AxisScale(Instant.FromUtc(2018, 1, 1, 0, 0), Instant.FromUtc(2018, 1, 1, 0, 0) + Duration.FromDays(30 * (i + 1)), 860, DateTimeZone.Utc);
            _ = TimelineApp.Web.Components.Timeline.AxisLayout.Build(all, scale, e => e.CountryCodes, k => k);
            computeZoom.Add(clock.Elapsed);
        }

        Report("server compute for a filter (filter + facets, median of 10)", computeFilter.Order().ElementAt(5));
        Report("server compute for a zoom step (filter + lanes layout, median of 10)", computeZoom.Order().ElementAt(5));

        // Memory per additional viewer: everything they share (the dataset) is cached once.
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        long before = GC.GetTotalMemory(forceFullCollection: true);
        var viewers = new List<(BunitContext Context, IRenderedComponent<TimelinePage> Page)>();
        for (int i = 0; i < ExtraViewers; i++)
        {
            var ctx = NewViewer();
            var p = ctx.Render<TimelinePage>();
            p.WaitForState(() => p.FindAll("[data-testid=event-row]").Count > 0, TimeSpan.FromSeconds(60));
            viewers.Add((ctx, p));
        }

        long after = GC.GetTotalMemory(forceFullCollection: true);
        double perViewer = (after - before) / (double)ExtraViewers / 1024.0 / 1024.0;
        Count("MB per viewer", perViewer, string.Create(CultureInfo.InvariantCulture, $"memory per additional viewer: {perViewer:0.00} MB (managed heap, {ExtraViewers} viewers, bUnit renderer included)"));
        GC.KeepAlive(viewers);
        foreach (var (ctx, _) in viewers)
        {
            await ctx.DisposeAsync();
        }

        return figures;
    }
}

/// <summary>How big a dataset the UI benchmark generates, and how many extra viewers it opens.</summary>
internal sealed record UiBenchmarkSize(int Events, int Actors, int Countries, int ExtraViewers);

/// <summary>What the UI benchmark measured: times by name, and counts (SVG elements, rows, memory) by name.</summary>
internal sealed class UiBenchmarkFigures
{
    public Dictionary<string, TimeSpan> Times { get; } = [];

    public Dictionary<string, double> Counts { get; } = [];
}
