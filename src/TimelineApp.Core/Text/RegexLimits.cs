namespace TimelineApp.Core.Text;

/// <summary>The match timeout every regex of ours carries.</summary>
/// <remarks>
/// A safety net, not a budget: our patterns run on sentence-sized pieces or single mentions and are linear
/// there, so a timeout means a pathological pattern, never a long text. It is generous because the timeout
/// is wall-clock time: on a loaded machine a thread can be descheduled for longer than a second mid-match,
/// and that must not fail an ingest.
/// </remarks>
internal static class RegexLimits
{
    public const int MatchTimeoutMilliseconds = 10_000;
}
