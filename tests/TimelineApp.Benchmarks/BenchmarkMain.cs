namespace TimelineApp.Benchmarks;

/// <summary>Entry point: <c>dotnet run -c Release --project tests/TimelineApp.Benchmarks [-- ui | live [viewers] | postgres [events] [--reuse]]</c>.</summary>
internal static class BenchmarkMain
{
    public static async Task Main(string[] args)
    {
        string mode = args.Length > 0 ? args[0] : "ui";
        if (mode == "postgres")
        {
            await PostgresBenchmark.RunAsync(args.Length > 1 && int.TryParse(args[1], out int events) ? events : 1_000_000, args.Contains("--reuse"));
        }
        else if (mode == "live")
        {
            await LiveBenchmark.RunAsync(args.Length > 1 && int.TryParse(args[1], out int n) ? n : 20);
        }
        else
        {
            await UiBenchmark.RunAsync(UiBenchmark.Full, Console.Out);
        }
    }
}
