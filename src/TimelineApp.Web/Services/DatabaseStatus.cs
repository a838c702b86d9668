namespace TimelineApp.Web.Services;

/// <summary>
/// Whether the database has been reached and prepared since start-up. The app starts without it (no crash
/// loop when PostgreSQL is down), says so on every page, refuses uploads, and turns ready when a retry succeeds.
/// </summary>
public sealed class DatabaseStatus
{
    private volatile string? _problem = "The database is being prepared.";

    public bool IsReady => _problem is null;

    /// <summary>What is wrong, in words for a user; null when ready.</summary>
    public string? Problem => _problem;

    public event Action? Changed;

    public void MarkReady()
    {
        _problem = null;
        Changed?.Invoke();
    }

    public void MarkUnavailable(string problem)
    {
        _problem = problem;
        Changed?.Invoke();
    }
}
