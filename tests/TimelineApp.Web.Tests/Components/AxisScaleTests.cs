using NodaTime;
using TimelineApp.Web.Components.Timeline;

namespace TimelineApp.Web.Tests.Components;

public sealed class AxisScaleTests
{
    private static readonly Instant Start = Instant.FromUtc(2025, 7, 14, 0, 0);

    [Theory]
    [InlineData(12, "PT1H")]
    [InlineData(48, "PT6H")]
    [InlineData(24 * 5, "P1D")]
    [InlineData(24 * 60, "P1W")]
    [InlineData(24 * 365, "P1M")]
    [InlineData(24 * 365 * 8, "P1Y")]
    [InlineData(24 * 365 * 60, "P10Y")]
    public void Ticks_ChooseAStepThatSuitsTheWindow(int hours, string expected)
    {
        var scale = new AxisScale(Start, Start + Duration.FromHours(hours), 800, DateTimeZone.Utc);

        Assert.Equal(expected, scale.ChooseStepPeriod().ToString());
        var ticks = scale.Ticks();
        Assert.InRange(ticks.Count, 4, 40);
        Assert.All(ticks, t => Assert.InRange(t.X, 0, 800));
    }

    [Fact]
    public void Ticks_FallOnCalendarBoundariesInTheViewersZone()
    {
        var berlin = DateTimeZoneProviders.Tzdb["Europe/Berlin"];
        var scale = new AxisScale(Instant.FromUtc(2025, 1, 10, 0, 0), Instant.FromUtc(2025, 12, 20, 0, 0), 800, berlin);

        var ticks = scale.Ticks();

        Assert.All(ticks, t =>
        {
            var local = t.At.InZone(berlin).LocalDateTime;
            Assert.Equal(1, local.Day);
            Assert.Equal(LocalTime.Midnight, local.TimeOfDay);
        });
        Assert.Contains(ticks, t => t.Label == "Mar 2025");
    }

    [Fact]
    public void X_MapsTheWindowOntoTheWidth()
    {
        var scale = new AxisScale(Start, Start + Duration.FromDays(2), 1000, DateTimeZone.Utc);

        Assert.Equal(0, scale.X(Start), 3);
        Assert.Equal(500, scale.X(Start + Duration.FromDays(1)), 3);
        Assert.Equal(Start + Duration.FromDays(1), scale.At(500));
    }
}
