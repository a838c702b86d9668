using System.Diagnostics;
using System.Globalization;

namespace TimelineApp.Benchmarks.Resolver;

/// <summary>
/// <c>resolver --whole-process</c>: our command-line tool (<c>timeline resolve --corpus DIR</c>, documents on every
/// core) against a process that runs only the raw recognizer over the same corpus (tests/TimelineApp.RawRecognizer:
/// one eagerly built DateTimeRecognizer model, one Parse per whole document, as the baseline of the design note
/// temporal-anchors.md), each timed as a whole process from start to exit: runtime start-up, model construction,
/// JIT, reading, resolving and writing all count. The two alternate within each round, in turns that swap order
/// every round (ours, raw; raw, ours; ...), after one untimed run of each (it fills the file cache for both alike),
/// so a noisy shared machine disturbs both sides alike. Ratios of one run are what count.
/// </summary>
/// <remarks>Linked into TimelineApp.Cli.Tests as its smoke test, so both programs are looked up beside this assembly.</remarks>
internal static class WholeProcessBenchmark
{
    public sealed record Round(int Number, double OursSeconds, double RawSeconds)
    {
        /// <summary>How many times faster our whole process was than the raw recognizer's in this round.</summary>
        public double Ratio => RawSeconds / OursSeconds;
    }

    public sealed record Result(IReadOnlyList<Round> Rounds)
    {
        /// <summary>The median of the rounds' own ratios: each ratio compares two runs minutes, not hours, apart.</summary>
        public double MedianRatio => Median(Rounds.Select(r => r.Ratio));

        public double OursMedianSeconds => Median(Rounds.Select(r => r.OursSeconds));

        public double RawMedianSeconds => Median(Rounds.Select(r => r.RawSeconds));

        private static double Median(IEnumerable<double> values)
        {
            var sorted = values.Order().ToList();
            return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
        }
    }

    public static int Run(string corpus, int rounds)
    {
        var result = Compare(corpus, rounds, Console.Out);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"whole process, {rounds} rounds alternated: ours median {result.OursMedianSeconds:0.00} s, raw recognizer median {result.RawMedianSeconds:0.00} s; raw/ours median of per-round ratios {result.MedianRatio:0.00}x (rounds: {string.Join(", ", result.Rounds.Select(r => r.Ratio.ToString("0.00", CultureInfo.InvariantCulture)))})"));
        return 0;
    }

    public static Result Compare(string corpus, int rounds, TextWriter progress)
    {
        if (!Directory.Exists(corpus))
        {
            throw new ArgumentException($"no such folder: {corpus}");
        }

        string[] ours = [Beside("timeline.dll"), "resolve", "--corpus", corpus];
        string[] raw = [Beside("TimelineApp.RawRecognizer.dll"), corpus];
        TimeProcess(ours);
        TimeProcess(raw);
        var measured = new List<Round>();
        for (int i = 1; i <= rounds; i++)
        {
            double o, r;
            if (i % 2 == 1)
            {
                o = TimeProcess(ours);
                r = TimeProcess(raw);
            }
            else
            {
                r = TimeProcess(raw);
                o = TimeProcess(ours);
            }

            var round = new Round(i, o, r);
            measured.Add(round);
            progress.WriteLine(string.Create(CultureInfo.InvariantCulture, $"round {i}: ours {o:0.000} s, raw {r:0.000} s, raw/ours {round.Ratio:0.00}x"));
        }

        return new Result(measured);
    }

    private static string Beside(string dll)
    {
        string path = Path.Combine(AppContext.BaseDirectory, dll);
        return File.Exists(path) ? path : throw new FileNotFoundException($"{dll} is not beside {AppContext.BaseDirectory}: build the project that references it", path);
    }

    // Seconds from Process.Start to exit of `dotnet <arguments>`; the output is read (the tool must write it all, as
    // into a file) and thrown away.
    private static double TimeProcess(string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (string a in arguments)
        {
            start.ArgumentList.Add(a);
        }

        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start) ?? throw new InvalidOperationException("could not start " + arguments[0]);
        var errors = process.StandardError.ReadToEndAsync();
        process.StandardOutput.BaseStream.CopyTo(Stream.Null);
        process.WaitForExit();
        double seconds = clock.Elapsed.TotalSeconds;
        return process.ExitCode == 0 ? seconds : throw new InvalidOperationException($"{Path.GetFileName(arguments[0])} failed ({process.ExitCode}): {errors.Result}");
    }
}
