using NodaTime;
using TimelineApp.Core.Dates;
using TimelineApp.Core.Dates.Placing;

namespace TimelineApp.Core.Tests.Dates;

/// <summary>The named rules that put a weekday, month-day, month, quarter, season or weekend without a year on the calendar.</summary>
public sealed class ResolutionPolicyTests
{
    private static readonly LocalDate Monday = new(2025, 7, 14);

    [Theory]
    [InlineData(IsoDayOfWeek.Monday, Tense.Past, RelativeDirection.None, "2025-07-14")] // same weekday: the publication day
    [InlineData(IsoDayOfWeek.Saturday, Tense.Past, RelativeDirection.None, "2025-07-12")]
    [InlineData(IsoDayOfWeek.Saturday, Tense.None, RelativeDirection.None, "2025-07-12")] // news default: the most recent
    [InlineData(IsoDayOfWeek.Saturday, Tense.Future, RelativeDirection.None, "2025-07-19")]
    [InlineData(IsoDayOfWeek.Monday, Tense.None, RelativeDirection.Last, "2025-07-07")]
    [InlineData(IsoDayOfWeek.Monday, Tense.None, RelativeDirection.Next, "2025-07-21")]
    [InlineData(IsoDayOfWeek.Friday, Tense.None, RelativeDirection.This, "2025-07-18")] // later in the publication's week
    [InlineData(IsoDayOfWeek.Friday, Tense.Past, RelativeDirection.This, "2025-07-11")]
    public void Weekday_ByTenseAndDirection_ChoosesTheDay(IsoDayOfWeek day, Tense tense, RelativeDirection direction, string expected) =>
        Assert.Equal(expected, TimexValues.Day(ResolutionPolicy.Weekday(day, Monday, tense, direction).Date));

    [Theory]
    [InlineData(12, 1, Tense.None, 2025)] // nearest: December ahead is nearer than last December
    [InlineData(12, 1, Tense.Past, 2024)] // "was signed Dec. 1" read in July: more than 90 days ahead, so last December
    [InlineData(9, 30, Tense.Past, 2025)] // "paid Sept. 30": 78 days ahead is within the past clause's margin
    [InlineData(2, 1, Tense.None, 2025)]
    [InlineData(2, 1, Tense.Future, 2026)] // "will open Feb. 1" read in July: more than 30 days gone, so next February
    public void MonthDayYear_NearestUnlessTenseClearlyDisagrees(int month, int day, Tense tense, int year) =>
        Assert.Equal(year, ResolutionPolicy.MonthDayYear(month, day, Monday, RelativeDirection.None, tense).Year);

    [Theory]
    [InlineData(7, RelativeDirection.Last, 2024)]
    [InlineData(6, RelativeDirection.Last, 2025)]
    [InlineData(7, RelativeDirection.Next, 2026)]
    [InlineData(3, RelativeDirection.This, 2025)]
    public void MonthYear_LastThisNext_CountFromPublication(int month, RelativeDirection direction, int year) =>
        Assert.Equal(year, ResolutionPolicy.MonthYear(month, Monday, direction).Year);

    [Theory]
    [InlineData(4, Tense.None, 2024)] // an earnings report in July names the fourth quarter of last year
    [InlineData(4, Tense.Future, 2025)] // "should improve in the fourth quarter"
    [InlineData(2, Tense.Future, 2025)]
    [InlineData(3, Tense.None, 2025)] // the current quarter is not after publication
    public void QuarterYear_MostRecentOrComing(int quarter, Tense tense, int year) =>
        Assert.Equal(year, ResolutionPolicy.QuarterYear(quarter, Monday, tense, RelativeDirection.None).Year);

    [Theory]
    [InlineData("SP", Tense.Future, 2026)] // "will reopen in the spring" read in October
    [InlineData("SP", Tense.None, 2025)]
    [InlineData("WI", Tense.Past, 2024)] // read in October, this year's winter has not begun
    public void SeasonYear_ByTense(string season, Tense tense, int year) =>
        Assert.Equal(year, ResolutionPolicy.SeasonYear(season, new LocalDate(2025, 10, 6), RelativeDirection.None, tense).Year);

    [Fact]
    public void Weekend_PublishedOnSunday_IsThatWeekend() =>
        Assert.Equal(new LocalDate(2025, 7, 12), ResolutionPolicy.Weekend(new LocalDate(2025, 7, 13), Tense.Future, RelativeDirection.None).Saturday);

    [Theory]
    [InlineData("this coming Friday", RelativeDirection.Next)]
    [InlineData("the past week", RelativeDirection.Last)]
    [InlineData("the current quarter", RelativeDirection.This)]
    [InlineData("Friday", RelativeDirection.None)]
    [InlineData("LAST   month", RelativeDirection.Last)]
    public void DirectionOf_ReadsTheCueWords(string phrase, RelativeDirection direction) =>
        Assert.Equal(direction, ResolutionPolicy.DirectionOf(phrase));
}
