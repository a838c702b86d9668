using NodaTime;
using TimelineApp.Core.Dates.Lexicon;

namespace TimelineApp.Core.Tests.Dates;

/// <summary>The word lists of Dates/Lexicon/Data load, agree with tzdb and compute moving holidays.</summary>
public sealed class LexiconTests
{
    [Fact]
    public void CalendarNames_Lists_HaveTwelveMonthsAndSevenWeekdays()
    {
        Assert.Equal(Enumerable.Range(1, 12), CalendarNames.Months.Select(m => m.Number));
        Assert.Equal(7, CalendarNames.Weekdays.Select(w => w.Day).Distinct().Count());
    }

    [Theory]
    [InlineData("Sept.", 9)]
    [InlineData("sept", 9)]
    [InlineData("May", 5)]
    [InlineData("December", 12)]
    public void CalendarNames_Month_ReadsNamesAndAbbreviations(string name, int month) => Assert.Equal(month, CalendarNames.Month(name));

    [Fact]
    public void CalendarNames_Weekday_ReadsAbbreviations()
    {
        Assert.Equal(IsoDayOfWeek.Tuesday, CalendarNames.Weekday("Tues"));
        Assert.Equal(IsoDayOfWeek.Thursday, CalendarNames.Weekday("Thurs"));
        Assert.Null(CalendarNames.Weekday("Mo"));
    }

    // An offset written in zones.json must be one the zone really has in some season; a typo would place clock times wrongly.
    [Fact]
    public void WrittenZones_OffsetsAndZones_AgreeWithTzdb()
    {
        foreach (var z in WrittenZones.All.Where(z => z.Zone is not null))
        {
            var zone = DateTimeZoneProviders.Tzdb[z.Zone!];
            if (z.Offset is { } written)
            {
                var offsets = new[] { Instant.FromUtc(2025, 1, 15, 12, 0), Instant.FromUtc(2025, 7, 15, 12, 0) }.Select(i => zone.GetUtcOffset(i).ToString("m", null));
                Assert.Contains(written, offsets);
            }
        }
    }

    [Fact]
    public void WrittenZones_Zone_IsNullForAmbiguousAbbreviations()
    {
        Assert.Equal("America/New_York", WrittenZones.Zone("EST")?.Id);
        Assert.Null(WrittenZones.Zone("IST"));
        Assert.Null(WrittenZones.Zone("local time"));
    }

    [Theory]
    [InlineData(2025, "2025-05-19")]
    [InlineData(2024, "2024-05-20")]
    [InlineData(2026, "2026-05-18")]
    public void Holidays_VictoriaDay_IsTheMondayBeforeMay25(int year, string expected) =>
        Assert.Equal(expected, TimelineApp.Core.Dates.Placing.TimexValues.Day(Holidays.Named("Victoria Day")!.In(year)));

    [Fact]
    public void Holiday_OrdinalWeekdayOfMonth_CountsFromTheMonthStart()
    {
        var fourthThursday = new Holiday(["Thanksgiving"], Weekday: IsoDayOfWeek.Thursday, Ordinal: 4, Month: 11);
        var lastMonday = new Holiday(["Spring bank holiday"], Weekday: IsoDayOfWeek.Monday, Ordinal: -1, Month: 5);
        Assert.Equal(new LocalDate(2025, 11, 27), fourthThursday.In(2025));
        Assert.Equal(new LocalDate(2025, 5, 26), lastMonday.In(2025));
    }

    [Fact]
    public void Holidays_Named_FoldsWhiteSpaceButNotCase()
    {
        Assert.NotNull(Holidays.Named("Guy  Fawkes Night"));
        Assert.Null(Holidays.Named("boxing day"));
    }

    [Fact]
    public void Holidays_EveryName_IsListedOnce() =>
        Assert.Equal(Holidays.All.Sum(h => h.Names.Count), Holidays.All.SelectMany(h => h.Names).Distinct(StringComparer.Ordinal).Count());

    [Theory]
    [InlineData("SP", 3)]
    [InlineData("FA", 9)]
    [InlineData("WI", 12)]
    public void Seasons_StartMonth_ByCode(string code, int month) => Assert.Equal(month, Seasons.StartMonth(code));

    [Theory]
    [InlineData("early friday morning", "TMO")]
    [InlineData("this afternoon", "TAF")]
    [InlineData("tonight", "TNI")]
    [InlineData("friday", null)]
    public void PartsOfDay_TimeOf_FirstPartNamed(string words, string? expected) => Assert.Equal(expected, PartsOfDay.TimeOf(words));

    // The night runs to the midnight that ends the day: "to" 00:00 is read as that midnight by TimexValue.
    [Fact]
    public void PartsOfDay_Hours_NightEndsAtMidnight() => Assert.Equal((new LocalTime(20, 0), LocalTime.Midnight), PartsOfDay.Hours("NI"));

    [Theory]
    [InlineData("a couple of", 4)]
    [InlineData("twenty-one", 42)]
    [InlineData("2 1/2", 5)]
    [InlineData("several", null)]
    public void Amounts_HalvesOf_ReadsNumbersFromTheList(string amount, int? halves) => Assert.Equal(halves, Amounts.HalvesOf(amount));

    [Fact]
    public void Amounts_NumberWordPattern_IsSingleWordsInRange() => Assert.Equal("one|two|three", Amounts.NumberWordPattern(1, 3));
}
