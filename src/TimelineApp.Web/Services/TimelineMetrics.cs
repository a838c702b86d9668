using System.Diagnostics.Metrics;

namespace TimelineApp.Web.Services;

/// <summary>
/// The app's own measurements, published through System.Diagnostics.Metrics (readable by dotnet-counters,
/// OpenTelemetry, or the load benchmark's listener).
/// </summary>
public static class TimelineMetrics
{
    public const string MeterName = "TimelineApp.Web";

    private static readonly Meter Meter = new(MeterName);

    /// <summary>
    /// Server time from a change of the timeline's address (a filter, zoom or selection) until its new view is
    /// rendered on the server: filtering, layout and diffing, without the network or the browser.
    /// </summary>
    public static readonly Histogram<double> ViewUpdate = Meter.CreateHistogram<double>(
        "timelineapp.view.update", unit: "ms", description: "Server time to compute and render a timeline view after its address changed");

    /// <summary>How long the background ingest paused between two documents because viewers' pages were being computed.</summary>
    public static readonly Histogram<double> IngestGaveWay = Meter.CreateHistogram<double>(
        "timelineapp.ingest.gave_way", unit: "ms", description: "Time an ingest paused between documents to give way to viewers");
}
