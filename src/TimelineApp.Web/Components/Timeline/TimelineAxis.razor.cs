using System.Globalization;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using NodaTime;
using TimelineApp.Core.Events;
using TimelineApp.Core.Stories;
using TimelineApp.Data.Storage;
using TimelineApp.Web.Services;

namespace TimelineApp.Web.Components.Timeline;

/// <summary>A zoomable, pannable time axis with lanes. It draws; the page owns the window and the selection.</summary>
public partial class TimelineAxis
{
    public const double ViewWidth = 1000;
    public const double LabelWidth = 130;
    /// <summary>A lane of one row; each stacked row adds <see cref="RowHeight"/>.</summary>
    public const double LaneHeight = 34;
    public const double RowHeight = 22;
    public const double AxisHeight = 24;
    public const double PlotWidth = ViewWidth - LabelWidth - 10;

    private IReadOnlyList<AxisTick> _ticks = [];
    private IReadOnlyList<AxisLane> _lanes = [];
    private List<(double X, string Label)> _publications = [];
    private double? _captureX;
    private AxisScale? _scale;
    // Counts only: the events themselves are found again on a click, so a viewer holds no list of them.
    private int _earlier;
    private int _later;
    private IReadOnlyList<TimelineEvent>? _laidOutFor;
    private (string Title, IReadOnlyList<TimelineEvent> Events)? _openCluster;
    private Func<TimelineEvent, IEnumerable<string>> _laneKeys = _ => ["all"];

    /// <summary>The narrowest window a zoom reaches; bubbles whose marks fall closer than this open into a list.</summary>
    public static readonly Duration MinimumWindow = Duration.FromHours(1);

    /// <summary>The whole dataset, for lane labels, publication markers and the capture marker.</summary>
    [Parameter, EditorRequired]
    public required StoredTimeline Timeline { get; set; }

    /// <summary>The filtered events to draw.</summary>
    [Parameter, EditorRequired]
    public required IReadOnlyList<TimelineEvent> Events { get; set; }

    [Parameter]
    public LaneMode Lanes { get; set; }

    /// <summary>The visible window; null for the story's window (<see cref="StoryWindow.Story"/>).</summary>
    [Parameter]
    public Instant? WindowStart { get; set; }

    [Parameter]
    public Instant? WindowEnd { get; set; }

    [Parameter]
    public string? Selected { get; set; }

    [Parameter]
    public EventCallback<string> OnSelect { get; set; }

    /// <summary>Raised with the new window, or (null, null) for the story's window.</summary>
    [Parameter]
    public EventCallback<(Instant? Start, Instant? End)> OnWindowChanged { get; set; }

    [Inject]
    private ViewerClock Viewer { get; set; } = default!;

    [Inject]
    private Microsoft.JSInterop.IJSRuntime JS { get; set; } = default!;

    private ElementReference _svg;
    private int _laneLimit = AxisLayout.LanesAtFirst;
    private LaneMode? _laneLimitFor;
    private (int Lanes, int Events) _hidden;
    private (double ClientX, double Left, double Width, bool Shift)? _drag;

    private double Height => (_lanes.Count == 0 ? LaneHeight : _lanes.Sum(HeightOf)) + AxisHeight;

    private static double HeightOf(AxisLane lane) => LaneHeight + ((lane.Rows - 1) * RowHeight);

    private static double RowMiddle(double laneTop, int row) => laneTop + (LaneHeight / 2) + (row * RowHeight);

    private string WindowLabel => _scale is null ? string.Empty : $"{Viewer.Format(_scale.Start)} – {Viewer.Format(_scale.End)}";

    protected override void OnParametersSet()
    {
        var (start, end) = WindowStart is { } ws && WindowEnd is { } we ? (ws, we) : StoryWindow.Story(Events, Timeline.Dataset.CapturedAt);
        if ((_scale is { } previous && (previous.Start != start || previous.End != end)) || !ReferenceEquals(_laidOutFor, Events))
        {
            _openCluster = null; // a list of one bubble's events means nothing in another window
        }

        _scale = new AxisScale(start, end, PlotWidth, Viewer.Zone);
        _ticks = _scale.Ticks();
        _laidOutFor = Events;
        _earlier = Events.Count(e => e.End < start);
        _later = Events.Count(e => e.Start > end);
        var actorNames = Timeline.Actors.ToDictionary(a => a.Id, a => a.Name, StringComparer.Ordinal);
        var countryNames = Timeline.Countries.ToDictionary(c => c.Code, c => c.Name, StringComparer.Ordinal);
        _laneKeys = Lanes switch
        {
            LaneMode.Country => e => e.CountryCodes,
            LaneMode.Actor => e => e.ActorIds,
            _ => _ => ["all"],
        };
        Func<string, string> label = Lanes switch
        {
            LaneMode.Country => k => k == AxisLayout.NoneKey ? "(no country)" : countryNames.GetValueOrDefault(k, k),
            LaneMode.Actor => k => k == AxisLayout.NoneKey ? "(no actor)" : actorNames.GetValueOrDefault(k, k),
            _ => _ => "All events",
        };
        if (Lanes != _laneLimitFor)
        {
            (_laneLimit, _laneLimitFor) = (AxisLayout.LanesAtFirst, Lanes); // another lane mode starts from its busiest lanes
        }

        _lanes = AxisLayout.Build(Events, _scale, _laneKeys, label, Selected, _laneLimit);
        _hidden = AxisLayout.Hidden(Events, _scale, _laneKeys, _lanes);
        _publications = [.. Timeline.Documents
            .Where(d => _scale.IsVisible(d.Published.Instant, d.Published.Instant))
            .Select(d => (_scale.X(d.Published.Instant), $"Published: {d.Source ?? "main article"} ({d.Published.Evidence})"))];
        var capture = Timeline.Dataset.CapturedAt;
        _captureX = _scale.IsVisible(capture, capture) ? _scale.X(capture) : null;
    }

    /// <summary>Draws the next lanes by count; the events that sat only in hidden lanes appear in them.</summary>
    private void ShowMoreLanes()
    {
        _laneLimit = Math.Min(AxisLayout.MaxLanes, _laneLimit + AxisLayout.LanesAtFirst);
        _laidOutFor = null; // lay out again with the new limit
        OnParametersSet();
    }

    private async Task ZoomAsync(double factor)
    {
        if (_scale is null)
        {
            return;
        }

        await ZoomAroundAsync(_scale.Start + (_scale.Span / 2), factor);
    }

    /// <summary>Zooms so that <paramref name="at"/> stays where it is on screen: what is under the pointer stays under it.</summary>
    private async Task ZoomAroundAsync(Instant at, double factor)
    {
        if (_scale is null)
        {
            return;
        }

        var (start, end) = ZoomAround(_scale.Start, _scale.End, at, factor);
        await OnWindowChanged.InvokeAsync((start, end));
    }

    /// <summary>The window scaled by <paramref name="factor"/> around <paramref name="at"/>, never narrower than <see cref="MinimumWindow"/>.</summary>
    public static (Instant Start, Instant End) ZoomAround(Instant start, Instant end, Instant at, double factor)
    {
        double span = (end - start).TotalMilliseconds;
        double next = Math.Max(span * factor, MinimumWindow.TotalMilliseconds);
        double before = (at - start).TotalMilliseconds / span;
        var newStart = at - Duration.FromMilliseconds(next * before);
        return (newStart, newStart + Duration.FromMilliseconds(next));
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

    // "Fit all" is an explicit window over every event; the empty window is the story's, the first view.
    private Task FitAllAsync()
    {
        var (start, end) = StoryWindow.FitAll(Events, Timeline.Dataset.CapturedAt);
        return OnWindowChanged.InvokeAsync((start, end));
    }

    /// <summary>Moves the window to the bulk of the events outside it, at one edge.</summary>
    private Task JumpAsync(bool earlier)
    {
        if (_scale is null)
        {
            return Task.CompletedTask;
        }

        var window = _scale;
        List<TimelineEvent> outside = [.. Events.Where(e => earlier ? e.End < window.Start : e.Start > window.End)];
        if (outside.Count == 0)
        {
            return Task.CompletedTask;
        }

        var (start, end) = StoryWindow.Story(outside, Timeline.Dataset.CapturedAt);
        return OnWindowChanged.InvokeAsync((start, end));
    }

    /// <summary>
    /// Zooms into a bubble whose marks a zoom can separate; otherwise (same day, same instant, or the window is
    /// already as narrow as it goes) opens the list of its events. Never zooms out.
    /// </summary>
    private async Task OpenClusterAsync(AxisLane lane, AxisCluster cluster)
    {
        if (_scale is null)
        {
            return;
        }

        if (ZoomTarget(_scale.Start, _scale.End, cluster) is { } target)
        {
            await OnWindowChanged.InvokeAsync(target);
            return;
        }

        var members = AxisLayout.Members(Events, lane.Key, _laneKeys, cluster.From, cluster.To);
        // Said as the events' own time ("Thu 2025-07-10 (day)"), not as the noon where a day's mark is drawn.
        string when = members.Count > 0 ? Viewer.Describe(members[0]) : Viewer.Format(cluster.PointFrom);
        _openCluster = ($"{members.Count} events in {lane.Label}, {when}", members);
    }

    /// <summary>The narrower window that separates a bubble's marks, or null when no zoom can.</summary>
    public static (Instant Start, Instant End)? ZoomTarget(Instant start, Instant end, AxisCluster cluster)
    {
        ArgumentNullException.ThrowIfNull(cluster);
        var spread = cluster.PointTo - cluster.PointFrom;
        var span = end - start;

        // At the narrowest window, marks closer than a bubble's width stay together: zooming cannot help.
        var separable = spread.TotalMilliseconds >= MinimumWindow.TotalMilliseconds * AxisLayout.ClusterDistance / PlotWidth;
        if (!separable || span <= MinimumWindow)
        {
            return null;
        }

        var margin = Duration.FromMilliseconds(Math.Max(spread.TotalMilliseconds * 0.15, 1));
        var target = Duration.Max(spread + margin + margin, MinimumWindow);
        if (target >= span)
        {
            target = Duration.Max(span / 2, MinimumWindow);
        }

        var middle = cluster.PointFrom + (spread / 2);
        return (middle - (target / 2), middle + (target / 2));
    }

    private Task OnClusterKeyAsync(KeyboardEventArgs k, AxisLane lane, AxisCluster cluster) =>
        k.Key is "Enter" or " " ? OpenClusterAsync(lane, cluster) : Task.CompletedTask;

    private Task SelectFromClusterAsync(string id) => OnSelect.InvokeAsync(id);

    private void CloseCluster() => _openCluster = null;

    private static string ClusterName(AxisCluster cluster)
    {
        string titles = string.Join("; ", cluster.FirstTitles);
        int rest = cluster.Count - cluster.FirstTitles.Count;
        return rest > 0 ? $"{cluster.Count} events: {titles}; and {rest} more" : $"{cluster.Count} events: {titles}";
    }

    // The bubble is 22 px across: up to three digits fit (smaller from 100), thousands are written "1.7k".
    private static string CountLabel(int count) => count switch
    {
        < 1000 => count.ToString(CultureInfo.InvariantCulture),
        < 10_000 => (count / 1000.0).ToString("0.#", CultureInfo.InvariantCulture) + "k",
        _ => (count / 1000).ToString(CultureInfo.InvariantCulture) + "k",
    };

    private Task OnKeyDownAsync(KeyboardEventArgs e) => e.Key switch
    {
        "ArrowLeft" => PanAsync(-0.1),
        "ArrowRight" => PanAsync(0.1),
        "+" or "=" => ZoomAsync(0.5),
        "-" or "_" => ZoomAsync(2),
        "0" => FitAllAsync(),
        "Home" => OnWindowChanged.InvokeAsync((null, null)),
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

    private async Task OnWheelAsync(WheelEventArgs e)
    {
        if (_scale is null || e.DeltaY == 0)
        {
            return;
        }

        double factor = e.DeltaY < 0 ? 0.8 : 1.25;

        // Where the drawing sits on screen (one interop call) turns the pointer into the time under it.
        var rect = await JS.InvokeAsync<double[]?>("timelineApp.rect", [_svg]);
        if (rect is not [var left, var width] || width <= 0)
        {
            await ZoomAsync(factor);
            return;
        }

        double plotX = Math.Clamp(((e.ClientX - left) / width * ViewWidth) - LabelWidth, 0, PlotWidth);
        await ZoomAroundAsync(_scale.At(plotX), factor);
    }

    private string MarkClass(AxisMark mark) => (mark.Leads ? BaseClass(mark) + " leader" : BaseClass(mark)) + StoryClass(mark.Event.Id);

    // A ring in the story colours: new, moved or with new sources since the last capture; disputed.
    private string StoryClass(string eventId)
    {
        var standing = Timeline.Story.Of(eventId);
        string change = standing.Change == EventChange.Unchanged ? string.Empty : " story-" + standing.Change.ToString().ToLowerInvariant();
        return standing.IsDisputed ? change + " story-disputed" : change;
    }

    private string BaseClass(AxisMark mark) => (mark.Shape, mark.Event.Id == Selected) switch
    {
        (MarkShape.Point, false) => "mark point",
        (MarkShape.Point, true) => "mark point selected",
        (MarkShape.Range, false) => "mark range",
        (MarkShape.Range, true) => "mark range selected",
        (_, false) => "mark vague",
        (_, true) => "mark vague selected",
    };

    // Built in code because Razor reads a <text> element inside an @if as its own text tag.
    private static RenderFragment? MarkLabel(AxisMark mark, double laneY) => mark.Label is not { } label ? null : builder =>
    {
        builder.OpenElement(0, "text");
        builder.AddAttribute(1, "class", "mark-label");
        builder.AddAttribute(2, "x", N(LabelWidth + AxisStacking.LabelStart(mark)));
        builder.AddAttribute(3, "y", N(RowMiddle(laneY, mark.Row) + 4));
        builder.AddContent(4, label);
        builder.CloseElement();
    };

    private string Tooltip(TimelineEvent e) => $"{Viewer.Describe(e)}\n{e.Title}";

    private static string N(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);

    // 16 characters of 12 px text stay inside the label column; the full name is the label's tooltip.
    private static string Truncate(string label) => label.Length <= 16 ? label : string.Concat(label.AsSpan(0, 15), "…");
}
