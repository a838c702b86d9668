using NodaTime;
using TimelineApp.Core.Dates;
using TimelineApp.Core.Dates.Placing;
using TimelineApp.Core.Text;

namespace TimelineApp.Core.Tests.Dates;

/// <summary>Day-first or month-first from the zone's country in tzdb, not from the zone id's prefix.</summary>
public sealed class NumericDateOrderTests
{
    private static readonly TimeMention Slash = new(new TextSpan(0, 10), "01/08/2025", "datetimeV2.date", []);
    private static readonly TimeReading January8 = new(TimexType.Date, "2025-01-08", "computed from publication");

    [Theory]
    [InlineData("America/Sao_Paulo", "BR")]
    [InlineData("America/New_York", "US")]
    [InlineData("US/Eastern", "US")]
    [InlineData("Europe/London", "GB")]
    public void CountryOf_Zone_ComesFromTzdbLocations(string zone, string country) =>
        Assert.Equal(country, NumericDateOrder.CountryOf(DateTimeZoneProviders.Tzdb[zone]));

    [Fact]
    public void CountryOf_Utc_IsNone() => Assert.Null(NumericDateOrder.CountryOf(DateTimeZone.Utc));

    [Theory]
    [InlineData("America/Sao_Paulo", "2025-08-01")]
    [InlineData("America/Mexico_City", "2025-08-01")]
    [InlineData("Europe/Berlin", "2025-08-01")]
    [InlineData("UTC", "2025-08-01")]
    [InlineData("America/New_York", "2025-01-08")]
    [InlineData("America/Toronto", "2025-01-08")]
    [InlineData("Asia/Manila", "2025-01-08")]
    public void InZone_AmbiguousSlashDate_FollowsTheCountry(string zone, string expected) =>
        Assert.Equal(expected, NumericDateOrder.InZone(Slash, January8, DateTimeZoneProviders.Tzdb[zone]).Value);

    // Only one order is a date: the recognizer's reading stands wherever the document is read.
    [Fact]
    public void InZone_DayAbove12_KeepsTheRecognizersReading()
    {
        var mention = Slash with { Text = "01/28/2025" };
        var reading = January8 with { Value = "2025-01-28" };
        Assert.Equal("2025-01-28", NumericDateOrder.InZone(mention, reading, DateTimeZoneProviders.Tzdb["Europe/Paris"]).Value);
    }
}
