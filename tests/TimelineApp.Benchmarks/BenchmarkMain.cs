using TimelineApp.Benchmarks.Hostile;
using TimelineApp.Benchmarks.Resolver;

namespace TimelineApp.Benchmarks;

/// <summary>
/// Entry point: <c>dotnet run -c Release --project tests/TimelineApp.Benchmarks [-- ui | live [viewers] | postgres [events] [--reuse]
/// | resolver ... | hostile ...]</c>.
/// </summary>
internal static class BenchmarkMain
{
    public static async Task<int> Main(string[] args)
    {
        string mode = args.Length > 0 ? args[0] : "ui";
        var rest = args.Skip(1).ToList();
        switch (mode)
        {
            case "postgres":
                await PostgresBenchmark.RunAsync(args.Length > 1 && int.TryParse(args[1], out int events) ? events : 1_000_000, args.Contains("--reuse"));
                return 0;
            case "live":
                await LiveBenchmark.RunAsync(args.Length > 1 && int.TryParse(args[1], out int n) ? n : 20);
                return 0;
            case "resolver":
                return ResolverBenchmark.Run(rest);
            case "hostile":
                return HostileBenchmark.Run(rest);
            case "story":
                await Stories.StoryBenchmark.RunAsync(args.Length > 2 && int.TryParse(args[1], out int captures) && int.TryParse(args[2], out int each)
                    ? new Stories.StorySize(captures, each, Math.Max(1, each / 6)) : Stories.StorySize.Full, Console.Out);
                return 0;
            case "ui":
                await UiBenchmark.RunAsync(UiBenchmark.Full, Console.Out);
                return 0;
            default:
                await Console.Error.WriteLineAsync($"unknown mode '{mode}': expected ui, story, live, postgres, {ResolverBenchmark.Usage}, {HostileBenchmark.Usage}");
                return 2;
        }
    }
}
