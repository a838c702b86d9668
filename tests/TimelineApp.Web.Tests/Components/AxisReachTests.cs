using Bunit;
using NodaTime;
using TimelineApp.Core.Entities;
using TimelineApp.Core.Events;
using TimelineApp.Data.Storage;
using TimelineApp.Web.Components.Timeline;
using TimelineApp.Web.Services;
using TimelineApp.Web.Tests.Support;

namespace TimelineApp.Web.Tests.Components;

/// <summary>Every event reachable from the axis: edge counts, bubbles that open, lanes for events without one.</summary>
public sealed class AxisReachTests : TimelineTestContext
{
    private static readonly Country[] Countries = [new("HUN", "Hungary"), new("UKR", "Ukraine")];

    private IRenderedComponent<TimelineAxis> RenderAxis(
        StoredTimeline timeline,
        LaneMode lanes = LaneMode.Combined,
        (Instant Start, Instant End)? window = null,
        Action<(Instant? Start, Instant? End)>? onWindow = null,
        Action<string>? onSelect = null) =>
        Render<TimelineAxis>(p => p
            .Add(a => a.Timeline, timeline)
            .Add(a => a.Events, timeline.Events)
            .Add(a => a.Lanes, lanes)
            .Add(a => a.WindowStart, window?.Start)
            .Add(a => a.WindowEnd, window?.End)
            .Add(a => a.OnWindowChanged, w => onWindow?.Invoke(w))
            .Add(a => a.OnSelect, id => onSelect?.Invoke(id)));

    private static TimelineEvent Day(string id, LocalDate day, string[]? countries = null) => TestTimelines.Event(id, day, day, countries: countries);

    [Fact]
    public void EventsOutsideTheFirstView_AreCountedAtItsEdges_AndAClickJumpsToThem()
    {
        var july = new LocalDate(2025, 7, 1);
        var timeline = TestTimelines.Timeline(
        [
            .. Enumerable.Range(0, 30).Select(i => Day($"story{i}", july.PlusDays(i % 12))),
            Day("old1", new LocalDate(1990, 3, 1)),
            Day("old2", new LocalDate(1990, 3, 2)),
            Day("future", new LocalDate(2030, 1, 1)),
        ]);
        (Instant? Start, Instant? End) raised = default;

        var cut = RenderAxis(timeline, onWindow: w => raised = w);

        Assert.Equal("← 2 earlier", cut.Find("[data-testid=edge-earlier]").TextContent.Trim());
        Assert.Equal("1 later →", cut.Find("[data-testid=edge-later]").TextContent.Trim());
        Assert.Empty(cut.FindAll("g.mark[data-event=old1]"));

        cut.Find("[data-testid=edge-earlier]").Click();

        Assert.All(timeline.Events.Where(e => e.Id.StartsWith("old", StringComparison.Ordinal)), old =>
            Assert.True(raised.Start <= StoryWindow.Midpoint(old) && raised.End >= StoryWindow.Midpoint(old), $"jumped to {raised}"));
    }

    [Fact]
    public void FitAll_StaysAButton_AndShowsEveryEvent()
    {
        var timeline = TestTimelines.Timeline(
        [
            .. Enumerable.Range(0, 30).Select(i => Day($"story{i}", new LocalDate(2025, 7, 1).PlusDays(i % 12))),
            TestTimelines.Event("century", new LocalDate(949, 1, 1), new LocalDate(1049, 12, 31), TimelineApp.Core.Dates.TimePrecision.Year),
        ]);
        (Instant? Start, Instant? End) raised = default;

        var cut = RenderAxis(timeline, onWindow: w => raised = w);
        Assert.Equal("← 1 earlier", cut.Find("[data-testid=edge-earlier]").TextContent.Trim());
        cut.Find("[data-testid=fit-all]").Click();

        Assert.All(timeline.Events, e => Assert.True(raised.Start <= e.Start && raised.End >= e.End, e.Id));
    }

    [Fact]
    public void AllEventsInView_NoEdgeCounts()
    {
        var timeline = TestTimelines.Timeline([Day("a", new LocalDate(2025, 7, 1)), Day("b", new LocalDate(2025, 7, 5))]);

        var cut = RenderAxis(timeline);

        Assert.Empty(cut.FindAll("[data-testid=edge-earlier], [data-testid=edge-later]"));
    }

    [Fact]
    public void ASameDayBubble_OpensIntoItsEvents_EachOfWhichOpensTheDetail_WithoutChangingTheWindow()
    {
        var day = new LocalDate(2025, 7, 10);
        var timeline = TestTimelines.Timeline([.. Enumerable.Range(0, 16).Select(i => Day($"same{i}", day))]);
        var window = (Instant.FromUtc(2025, 7, 10, 6, 0), Instant.FromUtc(2025, 7, 10, 18, 0));
        bool windowChanged = false;
        string? selected = null;

        var cut = RenderAxis(timeline, window: window, onWindow: _ => windowChanged = true, onSelect: id => selected = id);
        var bubble = cut.Find("[data-testid=cluster]");
        Assert.StartsWith("16 events: Title of same", bubble.GetAttribute("aria-label"), StringComparison.Ordinal);
        Assert.Contains("and 13 more", bubble.GetAttribute("aria-label"), StringComparison.Ordinal);

        bubble.Click();

        Assert.False(windowChanged);
        Assert.Contains(JSInterop.Invocations, i => i.Identifier == "Blazor._internal.domWrapper.focus"); // the list takes the focus
        var items = cut.FindAll("[data-testid=cluster-event]");
        Assert.Equal(16, items.Count);
        Assert.Equal(timeline.Events.Select(e => e.Id).Order(StringComparer.Ordinal), items.Select(i => i.GetAttribute("data-event")).Order(StringComparer.Ordinal));
        foreach (var id in timeline.Events.Select(e => e.Id))
        {
            cut.Find($"[data-testid=cluster-event][data-event={id}]").Click();
            Assert.Equal(id, selected);
        }

        cut.Find(".cluster-panel-focus").KeyDown(new Microsoft.AspNetCore.Components.Web.KeyboardEventArgs { Key = "Escape" });
        Assert.Empty(cut.FindAll("[data-testid=cluster-panel]"));
    }

    [Fact]
    public void ASameDayBubble_OpensIntoItsEvents_EvenWhenTheWindowIsWide()
    {
        var day = new LocalDate(2025, 7, 10);
        var timeline = TestTimelines.Timeline([.. Enumerable.Range(0, 16).Select(i => Day($"same{i}", day)), Day("other", day.PlusDays(20))]);
        bool windowChanged = false;

        var cut = RenderAxis(timeline, onWindow: _ => windowChanged = true);
        cut.Find("[data-testid=cluster]").Click();

        Assert.False(windowChanged);
        Assert.Equal(16, cut.FindAll("[data-testid=cluster-event]").Count);
    }

    [Fact]
    public void ABubbleOfSeparableEvents_ZoomsIn_NeverOut()
    {
        // Sixteen events half an hour apart on one day, seen in a window of a month: one bubble, which zooms into the day.
        var timeline = TestTimelines.Timeline([.. Enumerable.Range(0, 16).Select(i => Instant.FromUtc(2025, 7, 10, 8, 0) + Duration.FromMinutes(30 * i)).Select((at, i) => new TimelineEvent(
            $"h{i}", at, at + Duration.FromMinutes(1), new LocalDate(2025, 7, 10), new LocalDate(2025, 7, 10), TimelineApp.Core.Dates.TimePrecision.Instant, false, "v", $"Hour {i}", [], [], [], [], [0]))]);
        var window = (Instant.FromUtc(2025, 6, 25, 0, 0), Instant.FromUtc(2025, 7, 25, 0, 0));
        (Instant? Start, Instant? End) raised = default;

        var cut = RenderAxis(timeline, window: window, onWindow: w => raised = w);
        cut.Find("[data-testid=cluster]").Click();

        Assert.NotNull(raised.Start);
        Assert.True(raised.End!.Value - raised.Start!.Value < window.Item2 - window.Item1);
        Assert.True(raised.Start <= Instant.FromUtc(2025, 7, 10, 8, 0) && raised.End >= Instant.FromUtc(2025, 7, 10, 15, 30), $"{raised}");
    }

    [Fact]
    public void ZoomTarget_IsAlwaysNarrowerThanTheWindow_EvenForABubbleWiderThanIt()
    {
        var start = Instant.FromUtc(2025, 7, 5, 0, 0);
        var end = Instant.FromUtc(2025, 7, 10, 0, 0);
        var cluster = new AxisCluster(4, 0, Instant.FromUtc(2025, 6, 1, 0, 0), Instant.FromUtc(2025, 8, 1, 0, 0), Instant.FromUtc(2025, 7, 1, 0, 0), Instant.FromUtc(2025, 7, 20, 0, 0), []);

        var target = TimelineAxis.ZoomTarget(start, end, cluster);

        Assert.NotNull(target);
        Assert.True(target.Value.End - target.Value.Start < end - start);
    }

    [Fact]
    public void ZoomAround_KeepsTheInstantUnderThePointerWhereItWas()
    {
        var start = Instant.FromUtc(2025, 7, 1, 0, 0);
        var end = Instant.FromUtc(2025, 7, 31, 0, 0);
        var at = Instant.FromUtc(2025, 7, 4, 0, 0);

        var (s, e) = TimelineAxis.ZoomAround(start, end, at, 0.8);

        double before = (at - start).TotalMilliseconds / (end - start).TotalMilliseconds;
        double after = (at - s).TotalMilliseconds / (e - s).TotalMilliseconds;
        Assert.Equal(before, after, 6);
        Assert.True(e - s < end - start);
    }

    [Theory]
    [InlineData(LaneMode.Country, "(no country)")]
    [InlineData(LaneMode.Actor, "(no actor)")]
    public void InLanes_EveryEventOfTheDataset_IsDrawnInSomeLane(LaneMode mode, string noneLabel)
    {
        var first = new LocalDate(2025, 6, 1);
        var timeline = TestTimelines.Timeline(
            [.. Enumerable.Range(0, 20).Select(i => TestTimelines.Event(
                $"e{i}", first.PlusDays(10 * i), first.PlusDays(10 * i),
                countries: (i % 3) switch { 0 => ["HUN"], 1 => ["HUN", "UKR"], _ => [] },
                actors: i % 4 == 0 ? ["a1"] : []))],
            actors: [new Actor("a1", "Anna Example", ActorKind.Person, null, null, [])],
            countries: Countries);

        var cut = RenderAxis(timeline, mode, StoryWindow.FitAll(timeline.Events, TestTimelines.Capture));

        var drawn = cut.FindAll("g.mark").Select(m => m.GetAttribute("data-event")).ToHashSet(StringComparer.Ordinal);
        Assert.Empty(cut.FindAll("[data-testid=cluster]")); // so that every event shows as its own mark here
        Assert.All(timeline.Events, e => Assert.Contains(e.Id, drawn));
        Assert.Contains(cut.FindAll("text.lane-label"), l => l.TextContent.Contains(noneLabel, StringComparison.Ordinal));
    }

    [Fact]
    public void LongLaneNames_AreTrimmed_WithTheFullNameOnHover()
    {
        var timeline = TestTimelines.Timeline(
            [TestTimelines.Event("a", new LocalDate(2025, 7, 1), new LocalDate(2025, 7, 1), actors: ["long"])],
            actors: [new Actor("long", "Commissioner for Maritime Affairs and Fisheries", ActorKind.Person, null, null, [])]);

        var cut = RenderAxis(timeline, LaneMode.Actor);

        var label = cut.Find("g.lane[data-lane=long] text.lane-label");
        Assert.Equal("Commissioner for Maritime Affairs and Fisheries", label.QuerySelector("title")!.TextContent);
        Assert.True(label.TextContent.Length < "Commissioner for Maritime Affairs and Fisheries".Length * 2);
        Assert.EndsWith("…", label.TextContent.Replace("Commissioner for Maritime Affairs and Fisheries", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
    }
}
