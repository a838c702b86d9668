using System.Diagnostics;
using System.Globalization;

namespace TimelineApp.Data.Ingest;

/// <summary>
/// Names the process that holds a job's lease as <c>machine/pid/start-ticks</c>. A lease held by a process of
/// this machine that no longer runs is stale at once, so a restarted app resumes its jobs without waiting
/// for the lease to run out; leases of other machines are only judged by their expiry.
/// </summary>
public static class LeaseHolder
{
    public static string Current { get; } = Describe(Process.GetCurrentProcess());

    public static bool IsDeadOnThisMachine(string? holder)
    {
        if (holder is null || holder.Split('/') is not [var machine, var pidText, var ticks] || machine != Environment.MachineName)
        {
            return false;
        }

        if (!int.TryParse(pidText, NumberStyles.None, CultureInfo.InvariantCulture, out int pid))
        {
            return false;
        }

        try
        {
            using var process = Process.GetProcessById(pid);
            // The same pid with another start time is another process that reused the number.
            return Describe(process) != holder || process.HasExited;
        }
        catch (ArgumentException)
        {
            return true; // no such process
        }
        catch (InvalidOperationException)
        {
            return true;
        }
    }

    private static string Describe(Process process) =>
        string.Create(CultureInfo.InvariantCulture, $"{Environment.MachineName}/{process.Id}/{process.StartTime.ToUniversalTime().Ticks}");
}
