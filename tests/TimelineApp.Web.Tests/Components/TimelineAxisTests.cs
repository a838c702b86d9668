using Bunit;
using NodaTime;
using TimelineApp.Core.Dates;
using TimelineApp.Core.Documents;
using TimelineApp.Core.Entities;
using TimelineApp.Core.Events;
using TimelineApp.Data.Entities;
using TimelineApp.Data.Storage;
using TimelineApp.Web.Components.Timeline;
using TimelineApp.Web.Services;
using TimelineApp.Web.Tests.Support;

namespace TimelineApp.Web.Tests.Components;

/// <summary>The axis as rendered: the mark drawn for each precision, lanes, selection and clicks.</summary>
public sealed class TimelineAxisTests : TimelineTestContext
{
    private static readonly Country[] Countries = [new("HUN", "Hungary"), new("UKR", "Ukraine")];

    private static StoredTimeline Timeline(params TimelineEvent[] events) => TestTimelines.Timeline(events, countries: Countries);

    private IRenderedComponent<TimelineAxis> RenderAxis(StoredTimeline timeline, LaneMode lanes = LaneMode.Combined, string? selected = null, Action<string>? onSelect = null) =>
        Render<TimelineAxis>(p => p
            .Add(a => a.Timeline, timeline)
            .Add(a => a.Events, timeline.Events)
            .Add(a => a.Lanes, lanes)
            .Add(a => a.Selected, selected)
            .Add(a => a.OnSelect, id => onSelect?.Invoke(id)));

    [Fact]
    public void EachPrecisionGetsItsOwnMark_PointForADay_BarForARange_HatchedBandForVague()
    {
        var timeline = Timeline(
            TestTimelines.Event("day", new LocalDate(2025, 7, 1), new LocalDate(2025, 7, 1)),
            TestTimelines.Event("two-days", new LocalDate(2025, 7, 6), new LocalDate(2025, 7, 7)),
            TestTimelines.Event("recently", new LocalDate(2025, 6, 20), new LocalDate(2025, 7, 10), TimePrecision.Month, vague: true));

        var cut = RenderAxis(timeline);

        Assert.NotNull(cut.Find("g.mark.point[data-event=day] circle"));
        Assert.NotNull(cut.Find("g.mark.range[data-event=two-days] rect"));
        Assert.NotNull(cut.Find("g.mark.vague[data-event=recently] rect"));
        Assert.Contains("Title of day", cut.Find("g[data-event=day] title").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void CountryLanes_PutAnEventInEachOfItsCountries()
    {
        var timeline = Timeline(
            TestTimelines.Event("both", new LocalDate(2025, 7, 1), new LocalDate(2025, 7, 1), countries: ["HUN", "UKR"]),
            TestTimelines.Event("one", new LocalDate(2025, 7, 3), new LocalDate(2025, 7, 3), countries: ["UKR"]));

        var cut = RenderAxis(timeline, LaneMode.Country);

        Assert.Equal(["HUN", "UKR"], cut.FindAll("g.lane").Select(g => g.GetAttribute("data-lane")).Order(StringComparer.Ordinal));
        Assert.Equal(2, cut.FindAll("g.mark[data-event=both]").Count);
        Assert.Single(cut.FindAll("g.mark[data-event=one]"));
    }

    [Fact]
    public void ClickingAMark_RaisesItsId_AndTheSelectedMarkIsHighlighted()
    {
        var timeline = Timeline(
            TestTimelines.Event("a", new LocalDate(2025, 7, 1), new LocalDate(2025, 7, 1)),
            TestTimelines.Event("b", new LocalDate(2025, 7, 5), new LocalDate(2025, 7, 5)));
        string? raised = null;

        var cut = RenderAxis(timeline, selected: "b", onSelect: id => raised = id);
        cut.Find("g.mark[data-event=a]").Click();

        Assert.Equal("a", raised);
        Assert.Contains("selected", cut.Find("g.mark[data-event=b]").ClassList);
        Assert.DoesNotContain("selected", cut.Find("g.mark[data-event=a]").ClassList);
    }
}
