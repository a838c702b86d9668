using System.Collections.Concurrent;
using NodaTime;
using NodaTime.Text;
using TimelineApp.Core.Documents;
using TimelineApp.Core.Pipeline;

namespace TimelineApp.Core.Tests.Acceptance;

/// <summary>
/// Runs the full default pipeline over a dump with its expected file, once per dump (the recognizer is slow to
/// build), and finds the folders that hold dumps: the shared seeds beside the repository and our own test data.
/// </summary>
public static class DumpRun
{
    /// <summary>One default pipeline for all tests (the recognizer is slow to build).</summary>
    public static TimelinePipeline Pipeline => SharedPipeline.Value;

    private static readonly Lazy<TimelinePipeline> SharedPipeline = new(() => TimelinePipeline.CreateDefault());
    private static readonly ConcurrentDictionary<string, (ExpectedDump Expected, TimelineResult Result)> Cache = new(StringComparer.Ordinal);

    /// <summary>/work/shared/seeds as seen from the repository root (the folder holding TimelineApp.sln).</summary>
    public static string? SeedsFolder
    {
        get
        {
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "TimelineApp.sln")))
            {
                dir = dir.Parent;
            }

            if (dir is null)
            {
                return null;
            }

            string seeds = Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared", "seeds"));
            return Directory.Exists(seeds) ? seeds : null;
        }
    }

    public static string OwnDumpsFolder => Path.Combine(AppContext.BaseDirectory, "TestData", "dumps");

    public static IEnumerable<string> ExpectedFiles(string? folder) =>
        folder is null || !Directory.Exists(folder) ? [] : Directory.EnumerateFiles(folder, "*.expected.json").Order(StringComparer.Ordinal);

    public static (ExpectedDump Expected, TimelineResult Result) Run(string expectedPath) => Cache.GetOrAdd(expectedPath, path =>
    {
        var expected = ExpectedDump.Load(path);
        string dump = Path.Combine(Path.GetDirectoryName(path)!, expected.Dump);
        var captured = InstantPattern.ExtendedIso.Parse(expected.Captured).GetValueOrThrow();
        var zone = DateTimeZoneProviders.Tzdb[expected.Zone];
        var result = Pipeline.Process(File.ReadAllBytes(dump), new Capture(captured, zone));
        return (expected, result);
    });
}
