using System.Globalization;
using System.Text.Json;
using TimelineApp.Core.Pipeline;

namespace TimelineApp.Benchmarks.Hostile;

/// <summary>
/// <c>hostile</c>: every shape of <see cref="HostileShapes"/> at three sizes through the whole pipeline, each run in
/// its own child process so that its peak memory is its own. Prints one JSON line per run and a Markdown table with
/// time, seconds per MB and peak working set; the targets are at most 30 s per MB and 500 MB peak. <c>--smoke</c>
/// runs every shape tiny, in this process, to show the code path works (CI speed, no figures).
/// </summary>
internal static class HostileBenchmark
{
    public const string Usage = "hostile [--shape NAME --size N] [--smoke]";

    private const double SecondsPerMBTarget = 30;
    private const double PeakMBTarget = 500;

    public static int Run(IReadOnlyList<string> args)
    {
        if (args.Contains("--smoke"))
        {
            var pipeline = TimelinePipeline.CreateDefault();
            foreach (var (name, _) in HostileShapes.All)
            {
                Console.WriteLine(JsonSerializer.Serialize(HostileRun.Measure(pipeline, name, 20)));
            }

            return 0;
        }

        if (BenchProcess.Option(args, "--shape") is { } shape)
        {
            return One(shape, int.Parse(BenchProcess.Option(args, "--size") ?? throw new ArgumentException("--size N is required with --shape"), CultureInfo.InvariantCulture));
        }

        var rows = new List<JsonElement>();
        foreach (var (name, sizes) in HostileShapes.All)
        {
            foreach (int size in sizes)
            {
                string line = BenchProcess.RunChild(["hostile", "--shape", name, "--size", size.ToString(CultureInfo.InvariantCulture)]).Trim().Split('\n')[^1];
                Console.WriteLine(line);
                rows.Add(JsonDocument.Parse(line).RootElement);
            }
        }

        Console.WriteLine();
        Console.WriteLine("| shape | units | input | time | s/MB | peak working set | events | output | seconds by stage |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|---|");
        foreach (var r in rows)
        {
            double spm = r.GetProperty("secondsPerMB").GetDouble();
            double peak = r.GetProperty("peakWorkingSetMB").GetDouble();
            string slow = spm > SecondsPerMBTarget ? " (over)" : string.Empty;
            string big = peak > PeakMBTarget ? " (over)" : string.Empty;
            string stages = string.Join(", ", r.GetProperty("stageSeconds").EnumerateObject().Select(p => string.Create(CultureInfo.InvariantCulture, $"{p.Name} {p.Value.GetDouble():0.0}")));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {r.GetProperty("shape").GetString()} | {r.GetProperty("size").GetInt32():N0} | {Size(r.GetProperty("inputBytes").GetInt64())} | {r.GetProperty("seconds").GetDouble():0.00} s | {spm:0.0}{slow} | {peak:0} MB{big} | {r.GetProperty("events").GetInt32():N0} | {Size(r.GetProperty("outputBytes").GetInt64())} | {stages} |"));
        }

        return 0;
    }

    // One run, in this (child) process: build and warm the pipeline, untimed, then measure. The warm-up is the same shape
    // at its smallest size in other words (numbered from a million): a warm-up of a few units left the JIT's tiering of
    // the recognizer to the first measured seconds, and the same words would let its result cache answer the measured run.
    private static int One(string shape, int size)
    {
        var pipeline = TimelinePipeline.CreateDefault();
        HostileRun.Measure(pipeline, shape, HostileShapes.All.First(s => s.Name == shape).Sizes[0], firstUnit: 1_000_000);
        double baseline = BenchProcess.PeakWorkingSetMB();
        var m = HostileRun.Measure(pipeline, shape, size);
        Console.WriteLine(JsonSerializer.Serialize(new
        {
            shape = m.Shape,
            size = m.Size,
            inputBytes = m.InputBytes,
            seconds = Math.Round(m.Seconds, 3),
            secondsPerMB = Math.Round(m.SecondsPerMB, 2),
            events = m.Events,
            outputBytes = m.OutputBytes,
            notes = m.Notes,
            peakWorkingSetMB = BenchProcess.PeakWorkingSetMB(),
            warmedUpWorkingSetMB = baseline,
            stageSeconds = m.StageSeconds,
        }));
        return 0;
    }

    private static string Size(long bytes) => bytes >= 1048576
        ? string.Create(CultureInfo.InvariantCulture, $"{bytes / 1048576.0:0.0} MB")
        : string.Create(CultureInfo.InvariantCulture, $"{bytes / 1024.0:0} KB");
}
