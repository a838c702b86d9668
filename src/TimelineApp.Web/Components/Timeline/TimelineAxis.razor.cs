using System.Globalization;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using NodaTime;
using TimelineApp.Core.Events;
using TimelineApp.Data.Storage;
using TimelineApp.Web.Services;

namespace TimelineApp.Web.Components.Timeline;

/// <summary>A zoomable, pannable time axis with lanes. It draws; the page owns the window and the selection.</summary>
public partial class TimelineAxis
{
    public const double ViewWidth = 1000;
    public const double LabelWidth = 130;
    public const double LaneHeight = 34;
    public const double AxisHeight = 24;
    private const double PlotWidth = ViewWidth - LabelWidth - 10;

    private IReadOnlyList<AxisTick> _ticks = [];
    private IReadOnlyList<AxisLane> _lanes = [];
    private List<(double X, string Label)> _publications = [];
    private double? _captureX;
    private AxisScale? _scale;

    /// <summary>The whole dataset, for lane labels, publication markers and the capture marker.</summary>
    [Parameter, EditorRequired]
    public required StoredTimeline Timeline { get; set; }

    /// <summary>The filtered events to draw.</summary>
    [Parameter, EditorRequired]
    public required IReadOnlyList<TimelineEvent> Events { get; set; }

    [Parameter]
    public LaneMode Lanes { get; set; }

    /// <summary>The visible window; null for "fit all".</summary>
    [Parameter]
    public Instant? WindowStart { get; set; }

    [Parameter]
    public Instant? WindowEnd { get; set; }

    [Parameter]
    public string? Selected { get; set; }

    [Parameter]
    public EventCallback<string> OnSelect { get; set; }

    /// <summary>Raised with the new window, or (null, null) for "fit all".</summary>
    [Parameter]
    public EventCallback<(Instant? Start, Instant? End)> OnWindowChanged { get; set; }

    [Inject]
    private ViewerClock Viewer { get; set; } = default!;

    [Inject]
    private Microsoft.JSInterop.IJSRuntime JS { get; set; } = default!;

    private ElementReference _svg;
    private (double ClientX, double Left, double Width, bool Shift)? _drag;

    private double Height => (Math.Max(1, _lanes.Count) * LaneHeight) + AxisHeight;

    private string WindowLabel => _scale is null ? string.Empty : $"{Viewer.Format(_scale.Start)} – {Viewer.Format(_scale.End)}";

    /// <summary>The window that shows every event, with a margin.</summary>
    public static (Instant Start, Instant End) FitAll(IReadOnlyList<TimelineEvent> events, Instant capture)
    {
        ArgumentNullException.ThrowIfNull(events);
        if (events.Count == 0)
        {
            return (capture - Duration.FromDays(7), capture + Duration.FromDays(1));
        }

        var start = events.Min(e => e.Start);
        var end = Instant.Max(events.Max(e => e.End), start + Duration.FromHours(1));
        var margin = Duration.FromMilliseconds(Math.Max((end - start).TotalMilliseconds * 0.05, Duration.FromHours(6).TotalMilliseconds));
        return (start - margin, end + margin);
    }

    protected override void OnParametersSet()
    {
        var (fitStart, fitEnd) = FitAll(Events, Timeline.Dataset.CapturedAt);
        _scale = new AxisScale(WindowStart ?? fitStart, WindowEnd ?? fitEnd, PlotWidth, Viewer.Zone);
        _ticks = _scale.Ticks();
        var actorNames = Timeline.Actors.ToDictionary(a => a.Id, a => a.Name, StringComparer.Ordinal);
        var countryNames = Timeline.Countries.ToDictionary(c => c.Code, c => c.Name, StringComparer.Ordinal);
        _lanes = Lanes switch
        {
            LaneMode.Country => AxisLayout.Build(Events, _scale, e => e.CountryCodes, k => countryNames.GetValueOrDefault(k, k)),
            LaneMode.Actor => AxisLayout.Build(Events, _scale, e => e.ActorIds, k => actorNames.GetValueOrDefault(k, k)),
            _ => AxisLayout.Build(Events, _scale, _ => ["all"], _ => "All events"),
        };
        _publications = [.. Timeline.Documents
            .Where(d => _scale.IsVisible(d.Published.Instant, d.Published.Instant))
            .Select(d => (_scale.X(d.Published.Instant), $"Published: {d.Source ?? "main article"} ({d.Published.Evidence})"))];
        var capture = Timeline.Dataset.CapturedAt;
        _captureX = _scale.IsVisible(capture, capture) ? _scale.X(capture) : null;
    }

    private async Task ZoomAsync(double factor)
    {
        if (_scale is null)
        {
            return;
        }

        var middle = _scale.Start + (_scale.Span / 2);
        var half = Duration.FromMilliseconds(Math.Max(_scale.Span.TotalMilliseconds * factor / 2, Duration.FromMinutes(30).TotalMilliseconds));
        await OnWindowChanged.InvokeAsync((middle - half, middle + half));
    }

    private async Task PanAsync(double fraction)
    {
        if (_scale is null)
        {
            return;
        }

        var shift = Duration.FromMilliseconds(_scale.Span.TotalMilliseconds * fraction);
        await OnWindowChanged.InvokeAsync((_scale.Start + shift, _scale.End + shift));
    }

    private Task FitAllAsync() => OnWindowChanged.InvokeAsync((null, null));

    private Task OpenClusterAsync(AxisCluster cluster)
    {
        var margin = Duration.FromMilliseconds(Math.Max((cluster.To - cluster.From).TotalMilliseconds * 0.5, Duration.FromHours(2).TotalMilliseconds));
        return OnWindowChanged.InvokeAsync((cluster.From - margin, cluster.To + margin));
    }

    private Task OnKeyDownAsync(KeyboardEventArgs e) => e.Key switch
    {
        "ArrowLeft" => PanAsync(-0.1),
        "ArrowRight" => PanAsync(0.1),
        "+" or "=" => ZoomAsync(0.5),
        "-" or "_" => ZoomAsync(2),
        "0" or "Home" => FitAllAsync(),
        _ => Task.CompletedTask,
    };

    private async Task OnMouseDownAsync(MouseEventArgs e)
    {
        if (e.Button != 0)
        {
            return;
        }

        // One interop call per drag: where the drawing sits on screen, to turn pixels into time.
        var rect = await JS.InvokeAsync<double[]?>("timelineApp.rect", [_svg]);
        _drag = rect is [var left, var width] && width > 0 ? (e.ClientX, left, width, e.ShiftKey) : null;
    }

    private async Task OnMouseUpAsync(MouseEventArgs e)
    {
        if (_drag is not { } drag || _scale is null)
        {
            return;
        }

        _drag = null;
        double pixels = e.ClientX - drag.ClientX;
        if (Math.Abs(pixels) < 5)
        {
            return; // a click, not a drag
        }

        double ToPlot(double clientX) => ((clientX - drag.Left) / drag.Width * ViewWidth) - LabelWidth;
        if (drag.Shift)
        {
            var a = _scale.At(Math.Clamp(ToPlot(drag.ClientX), 0, PlotWidth));
            var b = _scale.At(Math.Clamp(ToPlot(e.ClientX), 0, PlotWidth));
            if (a != b)
            {
                await OnWindowChanged.InvokeAsync((Instant.Min(a, b), Instant.Max(a, b)));
            }
        }
        else
        {
            await PanAsync(-pixels / drag.Width * ViewWidth / PlotWidth);
        }
    }

    private Task OnWheelAsync(WheelEventArgs e) => e.DeltaY < 0 ? ZoomAsync(0.8) : ZoomAsync(1.25);

    private string MarkClass(AxisMark mark) => (mark.Shape, mark.Event.Id == Selected) switch
    {
        (MarkShape.Point, false) => "mark point",
        (MarkShape.Point, true) => "mark point selected",
        (MarkShape.Range, false) => "mark range",
        (MarkShape.Range, true) => "mark range selected",
        (_, false) => "mark vague",
        (_, true) => "mark vague selected",
    };

    private string Tooltip(TimelineEvent e) => $"{Viewer.Describe(e)}\n{e.Title}";

    private static string N(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);

    private static string Truncate(string label) => label.Length <= 18 ? label : string.Concat(label.AsSpan(0, 17), "…");
}
