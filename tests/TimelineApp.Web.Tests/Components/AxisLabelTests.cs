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
    public void AMarkWithRoom_CarriesItsTitle_AndCrowdedLabelsAreTrimmedBeforeTheirNeighbour()
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
        Assert.True(crowded.TextContent.Length < longTitle.Length);
        double labelEnd = Attr(crowded, "x") + (crowded.TextContent.Length * AxisLayout.LabelCharWidth);
        double nextMark = Attr(cut.Find("g.mark[data-event=next] circle"), "cx");
        Assert.True(labelEnd < nextMark - 6, $"label ends at {labelEnd}, next mark at {nextMark}");
    }

    [Fact]
    public void TooLittleRoom_NoLabel()
    {
        var timeline = TestTimelines.Timeline([Day("a", new LocalDate(2025, 7, 1), "First"), Day("b", new LocalDate(2025, 7, 2), "Second")]);

        var cut = RenderAxis(timeline);

        Assert.Empty(cut.FindAll("g.mark[data-event=a] text.mark-label"));
    }

    [Fact]
    public void TheOpenEvent_IsItsOwnMark_EvenAmongEventsOfTheSameDay()
    {
        var day = new LocalDate(2025, 7, 10);
        var timeline = TestTimelines.Timeline([.. Enumerable.Range(0, 5).Select(i => Day($"s{i}", day, $"Same day {i}"))]);

        var cut = RenderAxis(timeline, selected: "s3");

        Assert.Contains("selected", cut.Find("g.mark[data-event=s3]").ClassList);
        Assert.Equal("4", cut.Find("[data-testid=cluster] text").TextContent);
    }
}
