using System.Diagnostics;
using System.Globalization;
using System.Runtime;
using System.Text.Json;
using NodaTime;
using NodaTime.Text;
using TimelineApp.Core.Dates;
using TimelineApp.Core.Dates.Recognizers;
using TimelineApp.Core.Entities;

namespace TimelineApp.Benchmarks.Resolver;

/// <summary>
/// <c>resolver</c>: throughput and peak memory of our resolver against the raw recognizer on a corpus, each
/// measured in its own child process (so peak memory is its own), run one after the other in the same
/// invocation; entity extraction's cost beside them; and (<c>--mode scale</c>, <see cref="ScaleBenchmark"/>) how cost
/// grows with input size. Moved here from the product CLI, which should not ship benchmarks.
/// </summary>
internal static class ResolverBenchmark
{
    private sealed record Corpus(IReadOnlyList<(string Text, LocalDateTime Reference)> Documents)
    {
        public long Characters => Documents.Sum(d => (long)d.Text.Length);
    }

    public const string Usage = "resolver --corpus DIR [--mode both|ours|ours-1|raw|entities] [--repeat N] [--rounds N]   |   resolver --whole-process --corpus DIR [--rounds N]   |   resolver --mode scale";

    public static int Run(IReadOnlyList<string> args)
    {
        string mode = BenchProcess.Option(args, "--mode") ?? "both";
        int passes = Math.Max(1, int.Parse(BenchProcess.Option(args, "--repeat") ?? "1", CultureInfo.InvariantCulture));
        if (mode == "scale")
        {
            return ScaleBenchmark.Run();
        }

        string dir = BenchProcess.Option(args, "--corpus") ?? throw new ArgumentException("--corpus DIR is required for this mode: " + Usage);
        if (args.Contains("--whole-process"))
        {
            return WholeProcessBenchmark.Run(dir, Math.Max(1, int.Parse(BenchProcess.Option(args, "--rounds") ?? "5", CultureInfo.InvariantCulture)));
        }

        return mode switch
        {
            "both" => Both(dir, passes, Math.Max(1, int.Parse(BenchProcess.Option(args, "--rounds") ?? "1", CultureInfo.InvariantCulture))),
            "ours" or "ours-1" or "raw" or "entities" => Measure(mode, Load(dir), passes),
            _ => throw new ArgumentException($"unknown --mode '{mode}': expected both, ours, ours-1, raw, entities or scale"),
        };
    }

    private static Corpus Load(string dir)
    {
        if (!Directory.Exists(dir))
        {
            throw new ArgumentException($"no such folder: {dir}");
        }

        var docs = Directory.GetFiles(dir, "*.txt").Order(StringComparer.Ordinal)
            .Select(txt => (File.ReadAllText(txt), Reference(File.ReadAllText(Path.ChangeExtension(txt, ".dct")).Trim())))
            .ToList();
        return docs.Count > 0 ? new Corpus(docs) : throw new ArgumentException($"no .txt files in {dir}");
    }

    // A document creation time as te3score.py writes it: a date, or a date and time (to the minute or the second),
    // perhaps with an offset.
    private static LocalDateTime Reference(string value) =>
        OffsetDateTimePattern.ExtendedIso.Parse(value) is { Success: true } offset ? offset.Value.LocalDateTime
        : LocalDateTimePattern.ExtendedIso.Parse(value) is { Success: true } local ? local.Value
        : ToTheMinute.Parse(value) is { Success: true } minutes ? minutes.Value
        : LocalDatePattern.Iso.Parse(value).GetValueOrThrow().AtMidnight();

    private static readonly LocalDateTimePattern ToTheMinute = LocalDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd'T'HH':'mm");

    private static int Measure(string mode, Corpus corpus, int passes)
    {
        Func<string, LocalDateTime, int> work = mode switch
        {
            "raw" => new RawRecognizerBaseline().Count,
            "entities" => CountEntities(EntityFinderFactory.CreateDefault()),
            _ => CountResolved(new TimeResolver(new RecognizersTimeMentionFinder())),
        };

        // "ours" resolves documents side by side as the CLI pipeline does; every other mode is one thread.
        int threads = mode == "ours" ? Environment.ProcessorCount : 1;

        // Warm up once (regex construction, JIT) on the first document, as a long-running server would be;
        // every mode gets the same warm-up, and the output says so.
        work(corpus.Documents[0].Text, corpus.Documents[0].Reference);
        long allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        var pausedBefore = GC.GetTotalPauseDuration();
        int gen2Before = GC.CollectionCount(2);
        var clock = Stopwatch.StartNew();
        long found = 0;
        for (int p = 0; p < passes; p++)
        {
            Parallel.ForEach(corpus.Documents, new ParallelOptions { MaxDegreeOfParallelism = threads }, d => Interlocked.Add(ref found, work(d.Text, d.Reference)));
        }

        double seconds = clock.Elapsed.TotalSeconds;
        int docs = corpus.Documents.Count * passes;
        var result = new
        {
            mode,
            threads,
            docs,
            chars = corpus.Characters * passes,
            found,
            seconds = Math.Round(seconds, 3),
            docsPerSecond = Math.Round(docs / seconds, 1),
            charsPerSecond = Math.Round(corpus.Characters * passes / seconds),
            peakWorkingSetMB = BenchProcess.PeakWorkingSetMB(),
            warmUp = "first document, once, untimed",
            gc = (GCSettings.IsServerGC ? "server" : "workstation") + (GCSettings.LatencyMode == GCLatencyMode.Batch ? "" : "+concurrent"),
            allocatedMB = Math.Round((GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore) / 1048576.0),
            gcPauseSeconds = Math.Round((GC.GetTotalPauseDuration() - pausedBefore).TotalSeconds, 3),
            gen2Collections = GC.CollectionCount(2) - gen2Before,
        };
        Console.WriteLine(JsonSerializer.Serialize(result));
        return 0;
    }

    private static Func<string, LocalDateTime, int> CountResolved(TimeResolver resolver) =>
        (text, reference) => resolver.Resolve(text, reference.InUtc()).Count;

    private static Func<string, LocalDateTime, int> CountEntities(IEntityFinder finder) =>
        (text, _) => finder.Find(text, []).Mentions.Count;

    private static int Both(string dir, int passes, int rounds)
    {
        // Each mode's best round: on a machine shared with other work, the fastest run is the one least
        // disturbed, and round robin gives every mode the same chance of a quiet moment.
        var best = new Dictionary<string, JsonElement>();
        var peakMemory = new Dictionary<string, double>();
        for (int round = 0; round < rounds; round++)
        {
            foreach (string mode in new[] { "raw", "ours-1", "ours", "entities" })
            {
                string line = BenchProcess.RunChild(["resolver", "--mode", mode, "--corpus", dir, "--repeat", passes.ToString(CultureInfo.InvariantCulture)]).Trim().Split('\n')[^1];
                Console.WriteLine(line);
                var result = JsonDocument.Parse(line).RootElement;
                if (!best.TryGetValue(mode, out var seen) || result.GetProperty("seconds").GetDouble() < seen.GetProperty("seconds").GetDouble())
                {
                    best[mode] = result;
                }

                // Memory is compared at its worst, not its best.
                peakMemory[mode] = Math.Max(peakMemory.GetValueOrDefault(mode), result.GetProperty("peakWorkingSetMB").GetDouble());
            }
        }

        double Speed(string m) => best[m].GetProperty("docsPerSecond").GetDouble();
        double Seconds(string m) => best[m].GetProperty("seconds").GetDouble();
        string basis = rounds > 1 ? $"   (best of {rounds} rounds for time, worst for memory)" : string.Empty;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"ours/raw throughput: {Speed("ours") / Speed("raw"):0.00}x ({Speed("ours-1") / Speed("raw"):0.00}x on one thread)   ours/raw peak memory: {peakMemory["ours"] / peakMemory["raw"]:0.00}x   entities/dates time (one thread each): {Seconds("entities") / Seconds("ours-1"):0.00}x{basis}"));
        return 0;
    }
}
