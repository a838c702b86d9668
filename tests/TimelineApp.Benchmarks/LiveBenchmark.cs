using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Globalization;
using System.Net;
using System.Text;
using Microsoft.AspNetCore.Components.Server;
using Microsoft.AspNetCore.Components.Server.Circuits;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using NodaTime;
using TimelineApp.Core.Documents;
using TimelineApp.Data;
using TimelineApp.Data.Ingest;
using TimelineApp.Data.Storage;
using TimelineApp.Web.Services;

namespace TimelineApp.Benchmarks;

/// <summary>
/// The real app on loopback with real browsers (Debian Chromium): N viewers of a 20,000-event dataset
/// apply filters concurrently, before and while an ingest runs (p50/p95 of the time until their page shows
/// the new count); server memory per connected viewer; memory after the viewers leave. Bounded in count and time.
/// </summary>
internal static class LiveBenchmark
{
    public static async Task RunAsync(int viewers)
    {
        string dataDirectory = Directory.CreateTempSubdirectory("timeline-live").FullName;
        await using var app = new WebApplicationFactory<Program>().WithWebHostBuilder(b =>
        {
            b.UseEnvironment("Development");
            b.UseSolutionRelativeContentRoot("src/TimelineApp.Web");
            b.UseSetting("Database:DataDirectory", dataDirectory);
            b.UseSetting("Sample:LoadWhenEmpty", "false");
            b.UseSetting("Logging:LogLevel:Default", "Warning");
            b.ConfigureServices(s =>
            {
                s.Configure<CircuitOptions>(o => o.DisconnectedCircuitRetentionPeriod = TimeSpan.FromSeconds(5));
                s.AddSingleton<CircuitHandler>(Circuits);
            });
        });
        app.UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        app.StartServer();
        string baseUrl = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First().TrimEnd('/');
        var datasetId = await SeedAsync(app.Services);
        var timeline = (await app.Services.GetRequiredService<TimelineCache>().GetAsync(datasetId))!;

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = Environment.GetEnvironmentVariable("TIMELINE_CHROMIUM") ?? "/usr/bin/chromium",
            Headless = true,
            Args = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });

        // Warm up first, so the baseline already holds what stays loaded for good: the pipeline (after one
        // ingest), compiled components (after one viewer came and went) and the shared dataset.
        var ingest = app.Services.GetRequiredService<IngestService>();
        await IngestAndWaitAsync(app.Services, BigDump(3), "warm-up");
        await using (var warmContext = await browser.NewContextAsync(new() { TimezoneId = "UTC" }))
        {
            var warmPage = await warmContext.NewPageAsync();
            await warmPage.GotoAsync($"{baseUrl}/?dataset={datasetId:N}");
            await warmPage.Locator("[data-testid=event-row]").First.WaitForAsync(new() { Timeout = 60_000 });
        }

        await Task.Delay(RetentionWait);
        long baseline = HeapAfterCollection();
        GcDump("baseline");
        var pages = new List<(IBrowserContext Context, IPage Page)>();
        for (int i = 0; i < viewers; i++)
        {
            var context = await browser.NewContextAsync(new() { TimezoneId = "UTC" });
            var page = await context.NewPageAsync();
            if (Environment.GetEnvironmentVariable("BENCH_PATH") is { } path)
            {
                // Another page, to compare against the circuit cost of a light page.
                await page.GotoAsync(baseUrl + path);
                await page.Locator("[data-interactive=true]").WaitForAsync(new() { Timeout = 60_000 });
            }
            else
            {
                await page.GotoAsync($"{baseUrl}/?dataset={datasetId:N}");
                await page.Locator("[data-testid=event-row]").First.WaitForAsync(new() { Timeout = 60_000 });
            }

            if (Environment.GetEnvironmentVariable("BENCH_MEMORY_ONLY") is not null)
            {
                await page.WaitForTimeoutAsync(500);
            }
            pages.Add((context, page));
        }

        if (pages.Count > 0 && Environment.GetEnvironmentVariable("BENCH_PATH") is null)
        {
            var first = pages[0].Page;
            Console.WriteLine($"in one viewer: {await first.Locator("[data-testid=event-row]").CountAsync()} list rows, {await first.Locator("svg.timeline-axis *").CountAsync()} SVG elements");
        }

        long connected = HeapAfterCollection();
        GcDump("connected");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"server heap: baseline {baseline / 1048576.0:0.0} MB, with {viewers} viewers {connected / 1048576.0:0.0} MB → {(connected - baseline) / (double)viewers / 1048576.0:0.00} MB per viewer"));

        if (Environment.GetEnvironmentVariable("BENCH_MEMORY_ONLY") is not null)
        {
            return;
        }

        using var serverTimes = new ServerViewTimes();
        var idle = await FilterRoundAsync(pages.Select(p => p.Page).ToList(), baseUrl, datasetId, timeline.Countries.Select(c => c.Code).ToList(), rounds: 5);
        Print("filter, idle server", idle);
        Print("  server time per view update, idle", serverTimes.TakeAll());

        // The same while an ingest runs in the background worker, with the ingest giving way to the viewers (the
        // app's default) and not, round by round in turn, so both see the same machine and the same ingest.
        var limits = app.Services.GetRequiredService<IngestLimits>();
        var pacing = limits.MaxGiveWay;
        // Big enough to outlast the ten rounds (more viewers, longer rounds).
        int articles = Math.Max(1000, viewers * 60);
        using var dump = new MemoryStream(Encoding.UTF8.GetBytes(BigDump(articles)));
        var job = await ingest.SubmitAsync(dump, "load", new Capture(Instant.FromUtc(2025, 7, 14, 15, 0), DateTimeZone.Utc), null, new DatasetGrant(null, TimelineApp.Data.Entities.DatasetVisibility.Public)); // public: its viewers are anonymous (no accounts)
        // Submitting wakes the worker itself (JobChannel).
        while ((await ingest.GetAsync(job.Id))!.Status == TimelineApp.Data.Entities.JobStatus.Queued)
        {
            await Task.Delay(50);
        }

        var clock = Stopwatch.StartNew();
        var busy = new Dictionary<bool, (List<double> Client, List<double> Server)> { [false] = ([], []), [true] = ([], []) };
        for (int round = 0; round < 10; round++)
        {
            bool givingWay = round % 2 == 0;
            limits.MaxGiveWay = givingWay ? pacing : TimeSpan.Zero;
            busy[givingWay].Client.AddRange(await FilterRoundAsync(pages.Select(p => p.Page).ToList(), baseUrl, datasetId, timeline.Countries.Select(c => c.Code).ToList(), rounds: 1, firstRound: round));
            busy[givingWay].Server.AddRange(serverTimes.TakeAll());
        }

        limits.MaxGiveWay = pacing;
        var status = await ingest.GetAsync(job.Id);
        Console.WriteLine($"during an ingest of {articles:N0} articles, alternate rounds with and without giving way; after {clock.Elapsed.TotalSeconds:0} s the job is {status!.Status}, {status.Stage} {status.Done}/{status.Total}{(status.Error is { } error ? ": " + error : "")}");
        foreach (bool givingWay in new[] { false, true })
        {
            string label = givingWay ? "ingest giving way to viewers" : "ingest not giving way";
            Print($"filter, {label}", busy[givingWay].Client);
            Print("  server time per view update", busy[givingWay].Server);
        }

        await WaitForJobAsync(ingest, job.Id);
        Console.WriteLine($"the ingest took {clock.Elapsed.TotalSeconds:0} s in all; it gave way to viewers: {serverTimes.Pauses}");
        foreach (var (context, _) in pages)
        {
            await context.CloseAsync();
        }

        await Task.Delay(RetentionWait);
        Console.WriteLine($"open circuits after the viewers left: {Circuits.Open}");
        long after = HeapAfterCollection();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"server heap after the viewers left: {after / 1048576.0:0.0} MB (baseline {baseline / 1048576.0:0.0} MB, {(after - baseline) / 1048576.0:+0.0;-0.0} MB)"));
        await app.DisposeAsync(); // stop the host (and its periodic job recovery) before its database goes
        SqliteConnection.ClearAllPools();
        Directory.Delete(dataDirectory, recursive: true);
    }

    // Every viewer applies a country filter at once, by in-page navigation; the time is until its page shows it.
    private static async Task<List<double>> FilterRoundAsync(List<IPage> pages, string baseUrl, Guid datasetId, List<string> countries, int rounds, int firstRound = 0)
    {
        var times = new List<double>();
        for (int r = firstRound; r < firstRound + rounds; r++)
        {
            var tasks = pages.Select(async (page, i) =>
            {
                string code = countries[(i + (r * 7)) % countries.Count];
                string target = $"/?dataset={datasetId:N}&country={code}&r={r}";
                var clock = Stopwatch.StartNew();
                await page.EvaluateAsync("url => Blazor.navigateTo(url)", target);
                await page.WaitForFunctionAsync(
                    "want => { const e = document.querySelector('[data-testid=event-count]'); return e && (e.getAttribute('data-view') || '').endsWith(want); }",
                    target,
                    new() { Timeout = 60_000 });
                return clock.Elapsed.TotalMilliseconds;
            });
            times.AddRange(await Task.WhenAll(tasks));
        }

        return times;
    }

    private static readonly CircuitCounter Circuits = new();

    /// <summary>Counts the app's open circuits: those of viewers who left must be released.</summary>
    private sealed class CircuitCounter : CircuitHandler
    {
        private int _open;

        public int Open => Volatile.Read(ref _open);

        public override Task OnCircuitOpenedAsync(Circuit circuit, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref _open);
            return Task.CompletedTask;
        }

        public override Task OnCircuitClosedAsync(Circuit circuit, CancellationToken cancellationToken)
        {
            Interlocked.Decrement(ref _open);
            return Task.CompletedTask;
        }
    }

    /// <summary>Collects the app's own server-side view update times (TimelineMetrics.ViewUpdate).</summary>
    private sealed class ServerViewTimes : IDisposable
    {
        private readonly MeterListener _listener = new();
        private readonly System.Collections.Concurrent.ConcurrentQueue<double> _times = new();
        private int _pauses;
        private double _paused;

        /// <summary>How often, and for how long in all, the ingest gave way to viewers.</summary>
        public string Pauses
        {
            get
            {
                lock (_times)
                {
                    return string.Create(CultureInfo.InvariantCulture, $"{_pauses} pauses, {_paused / 1000:0.0} s in all");
                }
            }
        }

        public ServerViewTimes()
        {
            _listener.InstrumentPublished = (instrument, listener) =>
            {
                if (instrument.Meter.Name == TimelineMetrics.MeterName)
                {
                    listener.EnableMeasurementEvents(instrument);
                }
            };
            _listener.SetMeasurementEventCallback<double>((instrument, value, _, _) =>
            {
                if (instrument == TimelineMetrics.ViewUpdate)
                {
                    _times.Enqueue(value);
                }
                else if (instrument == TimelineMetrics.IngestGaveWay)
                {
                    Interlocked.Increment(ref _pauses);
                    lock (_times)
                    {
                        _paused += value;
                    }
                }
            });
            _listener.Start();
        }

        public List<double> TakeAll()
        {
            var all = new List<double>();
            while (_times.TryDequeue(out double t))
            {
                all.Add(t);
            }

            return all;
        }

        public void Dispose() => _listener.Dispose();
    }

    // Disconnected circuits are retained for 5 s here (3 min by default); then they are disposed.
    private static readonly TimeSpan RetentionWait = TimeSpan.FromSeconds(12);

    private static async Task IngestAndWaitAsync(IServiceProvider services, string dump, string name)
    {
        var ingest = services.GetRequiredService<IngestService>();
        using var content = new MemoryStream(Encoding.UTF8.GetBytes(dump));
        var job = await ingest.SubmitAsync(content, name, new Capture(Instant.FromUtc(2025, 7, 14, 15, 0), DateTimeZone.Utc), null, new DatasetGrant(null, TimelineApp.Data.Entities.DatasetVisibility.Public)); // public: its viewers are anonymous (no accounts)
        // Submitting wakes the worker itself (JobChannel).
        await WaitForJobAsync(ingest, job.Id);
    }

    private static async Task WaitForJobAsync(IngestService ingest, Guid jobId)
    {
        var clock = Stopwatch.StartNew();
        while ((await ingest.GetAsync(jobId))!.Status is not (TimelineApp.Data.Entities.JobStatus.Succeeded or TimelineApp.Data.Entities.JobStatus.Failed or TimelineApp.Data.Entities.JobStatus.Cancelled) && clock.Elapsed < TimeSpan.FromMinutes(5))
        {
            await Task.Delay(200);
        }
    }

    private static void Print(string what, List<double> times)
    {
        if (times.Count == 0)
        {
            Console.WriteLine($"{what}: no measurements");
            return;
        }

        var sorted = times.Order().ToList();
        double P(double q) => sorted[(int)Math.Min(sorted.Count - 1, Math.Ceiling(q * sorted.Count) - 1)];
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{what}: p50 {P(0.5):0} ms, p95 {P(0.95):0} ms over {times.Count} view updates"));
    }

    // With BENCH_GCDUMP_DIR set (and dotnet-gcdump installed), heap snapshots before and with the viewers, to
    // compare with `dotnet-gcdump report`: how the per-viewer memory was found.
    private static void GcDump(string name)
    {
        if (Environment.GetEnvironmentVariable("BENCH_GCDUMP_DIR") is not { } dir)
        {
            return;
        }

        using var p = Process.Start("dotnet-gcdump", ["collect", "-p", Environment.ProcessId.ToString(CultureInfo.InvariantCulture), "-o", Path.Combine(dir, name + ".gcdump")]);
        p.WaitForExit();
    }

    private static long HeapAfterCollection()
    {
        for (int i = 0; i < 3; i++)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
        }

        return GC.GetTotalMemory(forceFullCollection: true);
    }

    private static async Task<Guid> SeedAsync(IServiceProvider services)
    {
        var contexts = services.GetRequiredService<IDbContextFactory<TimelineDbContext>>();
        var id = Guid.NewGuid();
        await using (var db = await contexts.CreateDbContextAsync())
        {
            db.Stories.Add(new TimelineApp.Data.Entities.StoryRecord { Id = id, Name = "generated 20k" });
            db.Datasets.Add(new TimelineApp.Data.Entities.DatasetRecord { Id = id, StoryId = id, Name = "generated 20k", ZoneId = "UTC", DumpHash = "none", Status = TimelineApp.Data.Entities.DatasetStatus.Processing });
            await db.SaveChangesAsync();
        }

        await services.GetRequiredService<DatasetStore>().SaveResultAsync(id, GeneratedDataset.Create(20_000, 500, 150));
        return id;
    }

    private static string BigDump(int articles)
    {
        var sb = new StringBuilder();
        for (int i = 0; i < articles; i++)
        {
            sb.Append("{\"title\":\"Council meeting ").Append(i)
              .Append("\",\"source\":\"Load Wire\",\"published\":\"2025-07-1").Append(i % 4)
              .Append("T09:00:00Z\",\"text\":\"The council met on Monday to discuss the budget. Members said the vote would take place next week, after a hearing on Thursday. The plan was first proposed in March 2021 and revised last month.\"}\n");
        }

        return sb.ToString();
    }
}
