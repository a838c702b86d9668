using NodaTime;
using TimelineApp.Core.Dates;
using TimelineApp.Core.Events;
using TimelineApp.Web.Components.Timeline;

namespace TimelineApp.Web.Tests.Components;

public sealed class AxisLayoutTests
{
    private static readonly LocalDate Day = new(2025, 7, 12);

    private static TimelineEvent Event(string id, LocalDate first, LocalDate last, TimePrecision precision, bool vague = false, string[]? countries = null) => new(
        id,
        first.AtStartOfDayInZone(DateTimeZone.Utc).ToInstant(),
        last.PlusDays(1).AtStartOfDayInZone(DateTimeZone.Utc).ToInstant(),
        first, last, precision, vague, "v", id, [], [], countries ?? [], [], [0]);

    [Fact]
    public void Shapes_TellTheTruthAboutPrecision()
    {
        Assert.Equal(MarkShape.Point, AxisLayout.ShapeOf(Event("day", Day, Day, TimePrecision.Day)));
        Assert.Equal(MarkShape.Range, AxisLayout.ShapeOf(Event("two days", Day, Day.PlusDays(1), TimePrecision.Day)));
        Assert.Equal(MarkShape.Range, AxisLayout.ShapeOf(Event("month", new LocalDate(2025, 6, 1), new LocalDate(2025, 6, 30), TimePrecision.Month)));
        Assert.Equal(MarkShape.Vague, AxisLayout.ShapeOf(Event("recently", new LocalDate(2025, 6, 1), Day, TimePrecision.Month, vague: true)));
    }

    [Fact]
    public void Lanes_PutAnEventInEveryLaneItBelongsTo_AndHideEmptyLanes()
    {
        var scale = new AxisScale(Instant.FromUtc(2025, 7, 1, 0, 0), Instant.FromUtc(2025, 7, 31, 0, 0), 800, DateTimeZone.Utc);
        TimelineEvent[] events = [Event("a", Day, Day, TimePrecision.Day, countries: ["USA", "UKR"]), Event("b", Day.PlusDays(5), Day.PlusDays(5), TimePrecision.Day, countries: ["USA"])];

        var lanes = AxisLayout.Build(events, scale, e => e.CountryCodes, k => k);

        Assert.Equal(["USA", "UKR"], lanes.Select(l => l.Key));
        Assert.Equal(2, lanes[0].Marks.Count + lanes[0].Clusters.Sum(c => c.Count));
    }

    [Fact]
    public void DensePeriods_CollapseIntoCountBubbles_KeepingTheElementCountBounded()
    {
        var scale = new AxisScale(Instant.FromUtc(2020, 1, 1, 0, 0), Instant.FromUtc(2026, 1, 1, 0, 0), 800, DateTimeZone.Utc);
        var events = Enumerable.Range(0, 20_000)
            .Select(i => Event($"e{i}", new LocalDate(2020, 1, 1).PlusDays(i % 2000), new LocalDate(2020, 1, 1).PlusDays(i % 2000), TimePrecision.Day))
            .ToList();

        var lane = Assert.Single(AxisLayout.Build(events, scale, _ => ["all"], _ => "All"));

        Assert.InRange(lane.Marks.Count + lane.Clusters.Count, 1, AxisLayout.MaxItems);
        // A bubble counts its leader too, the one event drawn beside it with a title.
        Assert.Equal(20_000, lane.Marks.Count(m => !m.Leads) + lane.Clusters.Sum(c => c.Count));
        Assert.True(lane.Marks.Count(m => m.Leads) >= lane.Clusters.Count, "every bubble has its leader beside it");
    }

    [Fact]
    public void ManyLanesOfRanges_StayWithinTheElementBudget()
    {
        var scale = new AxisScale(Instant.FromUtc(2015, 1, 1, 0, 0), Instant.FromUtc(2026, 1, 1, 0, 0), 860, DateTimeZone.Utc);
        var events = Enumerable.Range(0, 20_000)
            .Select(i => Event($"e{i}", new LocalDate(2015, 1, 1).PlusDays(i % 3800), new LocalDate(2015, 1, 1).PlusDays((i % 3800) + 30), TimePrecision.Month, countries: [$"C{i % 150:000}"]))
            .ToList();

        var lanes = AxisLayout.Build(events, scale, e => e.CountryCodes, k => k);

        Assert.Equal(AxisLayout.MaxLanes, lanes.Count);
        Assert.InRange(lanes.Sum(l => l.Marks.Count + l.Clusters.Count), 1, AxisLayout.MaxItems + AxisLayout.MaxLanes);
    }

    [Fact]
    public void OnlyTheVisibleWindowIsDrawn()
    {
        var scale = new AxisScale(Instant.FromUtc(2025, 7, 10, 0, 0), Instant.FromUtc(2025, 7, 20, 0, 0), 800, DateTimeZone.Utc);
        TimelineEvent[] events = [Event("in", Day, Day, TimePrecision.Day), Event("out", new LocalDate(2019, 6, 1), new LocalDate(2019, 6, 30), TimePrecision.Month)];

        var lane = Assert.Single(AxisLayout.Build(events, scale, _ => ["all"], _ => "All"));

        Assert.Equal("in", Assert.Single(lane.Marks).Event.Id);
    }
}
