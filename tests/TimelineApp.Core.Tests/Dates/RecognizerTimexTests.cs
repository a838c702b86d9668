using TimelineApp.Core.Dates.Recognizers;

namespace TimelineApp.Core.Tests.Dates;

/// <summary>The recognizer's TIMEX patterns, read by its own parser into the shapes the pattern rules complete.</summary>
public sealed class RecognizerTimexTests
{
    [Fact]
    public void Parse_WeekdayWithTime_KeepsDayAndClock()
    {
        var t = RecognizerTimex.Parse("XXXX-WXX-5T14:30:15");
        Assert.True(t.IsWeekday);
        Assert.Equal(5, t.DayOfWeek);
        Assert.Equal("T14:30", t.TimeOfDay); // seconds are not written in TimeML news
    }

    [Theory]
    [InlineData("XXXX-09-30", true, false, false)]
    [InlineData("XXXX-06", false, true, false)]
    [InlineData("SP", false, false, true)]
    [InlineData("2019-SU", false, false, true)]
    [InlineData("2025-07-14", false, false, false)]
    public void Parse_CalendarNamesWithoutYear_AreRecognized(string timex, bool monthDay, bool month, bool season)
    {
        var t = RecognizerTimex.Parse(timex);
        Assert.Equal((monthDay, month, season), (t.IsMonthDay, t.IsMonth, t.IsSeason));
    }

    [Theory]
    [InlineData("T14", true, "T14:00")]
    [InlineData("TEV", true, "TEV")]
    [InlineData("TDT", false, "TDT")] // daytime is no part of the day TimeML places
    [InlineData("XXXX-WXX-1TMO", false, "TMO")]
    public void Parse_TimeOfDay(string timex, bool timeOnly, string written)
    {
        var t = RecognizerTimex.Parse(timex);
        Assert.Equal((timeOnly, written), (t.IsTimeOnly, t.TimeOfDay));
    }

    // Ranges, fiscal years, durations and references are read by their own rules; the parser is not asked (it throws on "PT1.5H").
    [Theory]
    [InlineData("(XXXX-07-01,XXXX-10-01,P3M)")]
    [InlineData("FY1990")]
    [InlineData("PT1.5H")]
    [InlineData("PRESENT_REF")]
    [InlineData("")]
    public void Parse_NotAPattern_HasNoParts(string timex)
    {
        var t = RecognizerTimex.Parse(timex);
        Assert.False(t.IsWeekday || t.IsMonthDay || t.IsMonth || t.IsSeason || t.IsWeekend || t.IsTimeOnly);
    }

    [Fact]
    public void Parse_Weekend_NeedsItsWeek() => Assert.True(RecognizerTimex.Parse("2025-W28-WE").IsWeekend);
}
