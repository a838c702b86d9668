using NodaTime;
using TimelineApp.Core.Dates;
using TimelineApp.Core.Dates.Placing;

namespace TimelineApp.Core.Tests.Dates;

/// <summary>TIMEX3 values parsed once into a type: kind, parts and the interval derived from them.</summary>
public sealed class TimexValueTests
{
    [Theory]
    [InlineData("19", TimexKind.Century)]
    [InlineData("199", TimexKind.Decade)]
    [InlineData("1989", TimexKind.Year)]
    [InlineData("1989-Q3", TimexKind.Quarter)]
    [InlineData("1989-H1", TimexKind.Half)]
    [InlineData("1989-SU", TimexKind.Season)]
    [InlineData("2025-W28", TimexKind.Week)]
    [InlineData("2025-W28-WE", TimexKind.Weekend)]
    [InlineData("2025-07", TimexKind.Month)]
    [InlineData("2025-07-14", TimexKind.Day)]
    [InlineData("2025-07-14TMO", TimexKind.PartOfDay)]
    [InlineData("2025-07-14T10:30", TimexKind.ClockTime)]
    [InlineData("P9M", TimexKind.Duration)]
    [InlineData("PAST_REF", TimexKind.Reference)]
    [InlineData("1988-XX", TimexKind.Other)]
    public void Parse_Shape_GivesTheKind(string text, TimexKind kind) => Assert.Equal(kind, TimexValue.Parse(text).Kind);

    [Fact]
    public void Parse_ClockTime_KeepsItsParts()
    {
        var v = TimexValue.Parse("2025-07-14T10:30");
        Assert.Equal((2025, 7, 14, (10, 30)), (v.Year, v.Month, v.DayOfMonth, v.Clock));
        Assert.Equal("2025-07-14", v.DayText);
        Assert.Equal(new LocalDate(2025, 7, 14), v.Date);
    }

    [Theory]
    [InlineData("1989-Q3", "1989-07-01T00:00:00", "1989-10-01T00:00:00", TimePrecision.Quarter)]
    [InlineData("2025-W28-WE", "2025-07-12T00:00:00", "2025-07-14T00:00:00", TimePrecision.Week)]
    [InlineData("1998-01-08TNI", "1998-01-08T20:00:00", "1998-01-09T00:00:00", TimePrecision.PartOfDay)]
    [InlineData("2025-07-14T24:00", "2025-07-15T00:00:00", "2025-07-15T00:00:00", TimePrecision.Instant)]
    [InlineData("199", "1990-01-01T00:00:00", "2000-01-01T00:00:00", TimePrecision.Decade)]
    public void Interval_IsDerivedFromTheValue(string text, string start, string end, TimePrecision precision)
    {
        var (interval, p) = TimexValue.Parse(text).Interval!.Value;
        Assert.Equal((start, end, precision), (interval.Start.ToString("uuuu-MM-dd'T'HH:mm:ss", null), interval.End.ToString("uuuu-MM-dd'T'HH:mm:ss", null), p));
    }

    // Values that look calendar-like but name no real day have no interval, rather than a wrong one.
    [Theory]
    [InlineData("2025-02-30")]
    [InlineData("2025-13")]
    [InlineData("2025-W54")]
    [InlineData("P3M")]
    public void Interval_ImpossibleOrNotCalendar_IsNull(string text) => Assert.Null(TimexValue.Parse(text).Interval);

    [Fact]
    public void Months_OnlyForDurationsInMonths()
    {
        Assert.Equal(9, TimexValue.Parse("P9M").Months);
        Assert.Null(TimexValue.Parse("P9Y").Months);
        Assert.Null(TimexValue.Parse("PT9M").Months);
    }
}
