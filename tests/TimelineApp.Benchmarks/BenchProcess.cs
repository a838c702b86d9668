using System.Diagnostics;

namespace TimelineApp.Benchmarks;

/// <summary>
/// What the measuring benchmarks share: running one measurement in a child process of this program (so its peak
/// memory is its own, not the sum of everything measured before it) and reading that peak.
/// </summary>
internal static class BenchProcess
{
    /// <summary>Runs this benchmark program with <paramref name="arguments"/> and returns its standard output.</summary>
    public static string RunChild(IEnumerable<string> arguments)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(typeof(BenchProcess).Assembly.Location);
        foreach (string a in arguments)
        {
            start.ArgumentList.Add(a);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("could not start a benchmark process");
        string output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return process.ExitCode == 0 ? output : throw new InvalidOperationException($"benchmark child failed: {string.Join(' ', arguments)}");
    }

    /// <summary>The process's peak resident set so far (VmHWM on Linux), in MB.</summary>
    public static double PeakWorkingSetMB()
    {
        using var self = Process.GetCurrentProcess();
        return Math.Round(self.PeakWorkingSet64 / 1048576.0, 1);
    }

    /// <summary>The value of <c>--name value</c> in <paramref name="args"/>, if given.</summary>
    public static string? Option(IReadOnlyList<string> args, string name)
    {
        for (int i = 0; i < args.Count - 1; i++)
        {
            if (args[i] == name)
            {
                return args[i + 1];
            }
        }

        return null;
    }
}
