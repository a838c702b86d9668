using Bunit;
using NodaTime;
using TimelineApp.Core.Events;
using TimelineApp.Data.Storage;
using TimelineApp.Web.Components.Timeline;
using TimelineApp.Web.Services;
using TimelineApp.Web.Tests.Support;

namespace TimelineApp.Web.Tests.Components;

/// <summary>Marks carry their titles where there is room, never overlapping; the open event is never inside a bubble.</summary>
public sealed class AxisLabelTests : TimelineTestContext
{
    private IRenderedComponent<TimelineAxis> RenderAxis(StoredTimeline timeline, string? selected = null) =>
        Render<TimelineAxis>(p => p
            .Add(a => a.Timeline, timeline)
            .Add(a => a.Events, timeline.Events)
            .Add(a => a.Selected, selected)
            .Add(a => a.WindowStart, Instant.FromUtc(2025, 6, 1, 0, 0))
            .Add(a => a.WindowEnd, Instant.FromUtc(2025, 8, 1, 0, 0)));

    private static TimelineEvent Day(string id, LocalDate day, string title) =>
        TestTimelines.Event(id, day, day) with { Title = title };

    private static double Attr(AngleSharp.Dom.IElement e, string name) => double.Parse(e.GetAttribute(name)!, System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public void AMarkWithRoom_CarriesItsTitle_AndALongTitleIsTrimmed()
    {
        string longTitle = "Ministers from both coastal states sign the long-awaited fisheries accord in Reykjavik";
        var timeline = TestTimelines.Timeline(
        [
            Day("alone", new LocalDate(2025, 6, 3), "Talks open"),
            Day("crowded", new LocalDate(2025, 7, 1), longTitle),
            Day("next", new LocalDate(2025, 7, 8), "Quotas published"),
        ]);

        var cut = RenderAxis(timeline);

        Assert.Equal("Talks open", cut.Find("g.mark[data-event=alone] text.mark-label").TextContent);
        var crowded = cut.Find("g.mark[data-event=crowded] text.mark-label");
        Assert.EndsWith("…", crowded.TextContent, StringComparison.Ordinal);
        Assert.True(crowded.TextContent.Length <= AxisStacking.MaxLabelChars);
        Assert.StartsWith("Ministers from both", crowded.TextContent, StringComparison.Ordinal);
        Assert.Equal("Quotas published", cut.Find("g.mark[data-event=next] text.mark-label").TextContent);
    }

    [Fact]
    public void MarksTooCloseForTheirTitles_StackInRows_EachWithItsTitle()
    {
        var timeline = TestTimelines.Timeline([Day("a", new LocalDate(2025, 7, 1), "First meeting"), Day("b", new LocalDate(2025, 7, 2), "Second meeting")]);

        var cut = RenderAxis(timeline);

        var a = cut.Find("g.mark[data-event=a] text.mark-label");
        var b = cut.Find("g.mark[data-event=b] text.mark-label");
        Assert.Equal("First meeting", a.TextContent);
        Assert.Equal("Second meeting", b.TextContent);
        Assert.NotEqual(Attr(a, "y"), Attr(b, "y"));
    }

    [Fact]
    public void ACrowdedWindow_NeverDrawsTwoLabelsOverOneAnother()
    {
        var start = new LocalDate(2025, 6, 1);
        var timeline = TestTimelines.Timeline([.. Enumerable.Range(0, 120).Select(i => Day($"e{i}", start.PlusDays(i % 61), $"Event number {i} with a title of some length"))]);

        var cut = RenderAxis(timeline);

        var boxes = cut.FindAll("text.mark-label")
            .Select(t => (X: Attr(t, "x"), Y: Attr(t, "y"), Width: t.TextContent.Length * AxisLayout.LabelCharWidth))
            .ToList();
        Assert.True(boxes.Count >= 10, $"{boxes.Count} labels");
        foreach (var a in boxes)
        {
            Assert.DoesNotContain(boxes, b => b != a && b.Y == a.Y && b.X < a.X + a.Width && a.X < b.X + b.Width);
        }
    }

    [Fact]
    public void TheOpenEvent_IsItsOwnMark_EvenAmongEventsOfTheSameDay()
    {
        var day = new LocalDate(2025, 7, 10);
        var timeline = TestTimelines.Timeline([.. Enumerable.Range(0, 20).Select(i => Day($"s{i}", day, $"Same day {i}"))]);

        var cut = RenderAxis(timeline, selected: "s3");

        Assert.Contains("selected", cut.Find("g.mark[data-event=s3]").ClassList);
        Assert.Equal("19", cut.Find("[data-testid=cluster] text").TextContent);
    }

    [Fact]
    public void ABubble_KeepsItsMostReportedEventBesideIt_WithItsTitle()
    {
        var day = new LocalDate(2025, 7, 10);
        var events = Enumerable.Range(0, 20).Select(i => Day($"s{i}", day, $"Same day {i}")).ToList();
        events[7] = events[7] with { Title = "Reported by three", DocumentIndexes = [0, 1, 2] };

        var cut = RenderAxis(TestTimelines.Timeline(events));

        var leader = cut.Find("g.mark.leader");
        Assert.Equal("s7", leader.GetAttribute("data-event"));
        Assert.Equal("Reported by three", leader.QuerySelector("text.mark-label")!.TextContent);
        Assert.Equal("20", cut.Find("[data-testid=cluster] text").TextContent);
        Assert.StartsWith("20 events: Reported by three", cut.Find("[data-testid=cluster]").GetAttribute("aria-label"), StringComparison.Ordinal);
    }
}
