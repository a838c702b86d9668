using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using TimelineApp.Core.Documents;
using TimelineApp.Core.Pipeline;
using TimelineApp.Core.Stories;
using TimelineApp.Data;
using TimelineApp.Data.Entities;
using TimelineApp.Data.Ingest;
using TimelineApp.Data.Storage;

namespace TimelineApp.Benchmarks.Stories;

/// <summary>The sizes of a story benchmark run: how many captures, and how many articles each holds.</summary>
internal sealed record StorySize(int Captures, int ArticlesPerCapture, int Recaptured)
{
    /// <summary>A story of 49 captures, then the 50th: about 2,500 documents (60 articles each, 10 of them recaptured).</summary>
    public static StorySize Full { get; } = new(50, 60, 10);

    /// <summary>The smoke run CI makes, so the benchmark cannot rot.</summary>
    public static StorySize Smoke { get; } = new(4, 6, 2);
}

/// <summary>
/// What a capture added to a long story costs, on the app's real path (SQLite, the ingest layer, the story reader):
/// <list type="bullet">
/// <item>processing the new capture (the pipeline and saving it), against merging the story with it (<see cref="StoryMerger"/>),
/// and the merge of the story one capture shorter, so the merge's growth shows;</item>
/// <item>opening the story's timeline the first time after a capture (every capture read and merged, the merge kept) and
/// again (the kept merge read), against opening one dataset holding the same merged timeline.</item>
/// </list>
/// Every figure is measured in one run, side by side (the machine is shared and noisy). The articles are generated:
/// people, places and dated sentences of the shape news has, each capture recapturing a few of the previous one.
/// </summary>
internal static class StoryBenchmark
{
    private static readonly Instant Start = Instant.FromUtc(2025, 3, 3, 8, 0);

    public static async Task<IReadOnlyDictionary<string, double>> RunAsync(StorySize size, TextWriter output)
    {
        string directory = Directory.CreateTempSubdirectory("timeline-story-bench").FullName;
        try
        {
            await using var services = new ServiceCollection()
                .AddTimelineData(new DatabaseOptions { DataDirectory = directory }, new IngestLimits { MaxParallelism = Environment.ProcessorCount })
                .BuildServiceProvider();
            await using (var db = await services.GetRequiredService<IDbContextFactory<TimelineDbContext>>().CreateDbContextAsync())
            {
                await DatabaseSetup.MigrateAsync(db);
            }

            var ingest = services.GetRequiredService<IngestService>();
            var store = services.GetRequiredService<DatasetStore>();
            var stories = services.GetRequiredService<StoryTimelines>();
            var figures = new Dictionary<string, double>(StringComparer.Ordinal);
            Guid? story = null;
            var clock = Stopwatch.StartNew();
            for (int k = 0; k < size.Captures - 1; k++)
            {
                story ??= await AddCaptureAsync(ingest, size, k, null);
                if (k > 0)
                {
                    await AddCaptureAsync(ingest, size, k, story);
                }
            }

            Report(output, figures, $"store {size.Captures - 1} captures (pipeline and save, each)", clock.Elapsed.TotalSeconds / (size.Captures - 1));

            var before = await LoadCapturesAsync(store, story!.Value);
            clock.Restart();
            var shorter = StoryMerger.Merge(before);
            Report(output, figures, $"merge the story of {size.Captures - 1} captures ({shorter.Documents.Count} documents, {shorter.Events.Count} events)", clock.Elapsed.TotalSeconds);

            clock.Restart();
            await AddCaptureAsync(ingest, size, size.Captures - 1, story);
            Report(output, figures, $"process capture {size.Captures} (pipeline and save)", clock.Elapsed.TotalSeconds);

            var all = await LoadCapturesAsync(store, story.Value);
            clock.Restart();
            var merged = StoryMerger.Merge(all);
            Report(output, figures, $"merge the story of {size.Captures} captures ({merged.Documents.Count} documents, {merged.Events.Count} events)", clock.Elapsed.TotalSeconds);

            clock.Restart();
            var opened = (await stories.LoadAsync(story.Value))!;
            Report(output, figures, "open the story's timeline first (read every capture, merge, keep the merge)", clock.Elapsed.TotalSeconds);

            clock.Restart();
            var again = (await stories.LoadAsync(story.Value))!;
            Report(output, figures, "open the story's timeline again (its kept merge)", clock.Elapsed.TotalSeconds);
            if (again.Events.Count != opened.Events.Count)
            {
                throw new InvalidOperationException("The kept merge is not the merge.");
            }

            // One dataset holding the same timeline, stored and read back the way every dataset is.
            var same = await StoreAsOneDatasetAsync(services, opened);
            clock.Restart();
            var single = (await stories.LoadAsync(same))!;
            Report(output, figures, $"open one dataset of the same size ({single.Events.Count} events)", clock.Elapsed.TotalSeconds);

            var f = figures.Values.ToArray();
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"ratios: adding capture {size.Captures} = processing {f[2]:F2} s + merge {f[3]:F2} s; merge grew {f[3] / Math.Max(1e-6, f[1]):F2}x for {(double)merged.Events.Count / Math.Max(1, shorter.Events.Count):F2}x the events; story open (kept merge) / dataset open = {f[5] / Math.Max(1e-6, f[6]):F2}; first story open / dataset open = {f[4] / Math.Max(1e-6, f[6]):F2}"));
            return figures;
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(directory, recursive: true);
        }
    }

    private static void Report(TextWriter output, Dictionary<string, double> figures, string what, double seconds)
    {
        figures[what] = seconds;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{seconds,9:F3} s  {what}"));
    }

    private static async Task<Guid> AddCaptureAsync(IngestService ingest, StorySize size, int k, Guid? story)
    {
        using var dump = new MemoryStream(Capture(size, k));
        var capture = new Capture(Start + Duration.FromHours(6 * k), DateTimeZone.Utc);
        var job = await ingest.SubmitAsync(dump, $"capture {k + 1}", capture, null, new DatasetGrant(null, DatasetVisibility.SignedIn, StoryId: story));
        var done = await ingest.ProcessAsync(job.Id);
        return done.Status == JobStatus.Succeeded ? job.DatasetId : throw new InvalidOperationException($"capture {k + 1}: {done.Error}");
    }

    private static async Task<IReadOnlyList<StoryCapture>> LoadCapturesAsync(DatasetStore store, Guid story)
    {
        var captures = new List<StoryCapture>();
        foreach (var summary in (await store.FindStoryAsync(story))!.Captures)
        {
            var c = (await store.LoadAsync(summary.Id))!;
            captures.Add(new StoryCapture(c.Dataset.Id, StoredCapture.Read(c.Dataset), c.Documents, c.Events, c.Actors, c.Countries));
        }

        return captures;
    }

    private static async Task<Guid> StoreAsOneDatasetAsync(IServiceProvider services, StoredTimeline timeline)
    {
        var id = Guid.NewGuid();
        await using (var db = await services.GetRequiredService<IDbContextFactory<TimelineDbContext>>().CreateDbContextAsync())
        {
            db.Stories.Add(new StoryRecord { Id = id, Name = "one dataset" });
            db.Datasets.Add(new DatasetRecord { Id = id, StoryId = id, Name = "one dataset", ZoneId = "UTC", DumpHash = "none", Status = DatasetStatus.Processing });
            await db.SaveChangesAsync();
        }

        var result = new TimelineResult(new Capture(timeline.Dataset.CapturedAt, DateTimeZone.Utc), DumpFormat.JsonArticles,
            [.. timeline.Documents.Select(d => new DocumentTimes(d, []))], timeline.Events, timeline.Actors, timeline.Countries);
        await services.GetRequiredService<DatasetStore>().SaveResultAsync(id, result);
        return id;
    }

    // Capture k: the last few articles of capture k-1 again (their ages now older), then new ones.
    private static byte[] Capture(StorySize size, int k)
    {
        var captured = Start + Duration.FromHours(6 * k);
        var articles = new List<object>();
        int fresh = size.ArticlesPerCapture - (k == 0 ? 0 : size.Recaptured);
        int firstNew = k == 0 ? 0 : size.ArticlesPerCapture + ((k - 1) * fresh);
        for (int i = k == 0 ? 0 : firstNew - size.Recaptured; i < firstNew + (k == 0 ? size.ArticlesPerCapture : fresh); i++)
        {
            articles.Add(Article(i, captured));
        }

        return Encoding.UTF8.GetBytes(JsonSerializer.Serialize(articles));
    }

    private static readonly string[] People = ["Anna Berger", "Tomas Novak", "Lena Horvat", "Marco Rossi", "Sofia Lind", "Jonas Weber", "Elena Popescu", "Ivan Petrov", "Clara Duarte", "Omar Haddad"];
    private static readonly string[] Places = ["Vienna", "Prague", "Zagreb", "Milan", "Oslo", "Berlin", "Bucharest", "Sofia", "Lisbon", "Beirut"];
    private static readonly string[] Days = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];

    private static object Article(int i, Instant captured)
    {
        string a = People[i % People.Length], b = People[(i * 7 + 3) % People.Length], place = Places[(i * 3) % Places.Length];
        var published = Start + Duration.FromHours(6 * (i / 50)) - Duration.FromMinutes(i % 50);
        var month = published.InUtc().Date.PlusDays(-(i % 20));
        return new
        {
            title = $"{a} and {b} meet in {place} ({i})",
            source = $"Wire {i % 9}",
            published = published.ToString("uuuu-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
            text = $"{a} met {b} in {place} on {Days[i % 7]} to discuss the pipeline project. " +
                   $"The two sides signed a memorandum on {month.ToString("MMMM d", CultureInfo.InvariantCulture)}, officials said. " +
                   $"{b} said talks would resume next week in {Places[(i + 1) % Places.Length]}. " +
                   $"Protesters gathered outside the hall in {place} late on {Days[(i + 2) % 7]}.",
        };
    }
}
