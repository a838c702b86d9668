using NodaTime;
using TimelineApp.Core.Documents;

namespace TimelineApp.Core.Tests.Documents;

public sealed class RelativeAgeTests
{
    private static readonly Capture Captured = new(Instant.FromUtc(2025, 7, 14, 15, 0), DateTimeZone.Utc);

    [Theory]
    [InlineData("3 hours ago", "2025-07-14T12:00:00Z")]
    [InlineData("an hour ago", "2025-07-14T14:00:00Z")]
    [InlineData("45 minutes ago", "2025-07-14T14:15:00Z")]
    [InlineData("2 days ago", "2025-07-12T15:00:00Z")]
    [InlineData("1 week ago", "2025-07-07T15:00:00Z")]
    [InlineData("just now", "2025-07-14T15:00:00Z")]
    public void Ages_CountBackFromCapture(string line, string expected)
    {
        Assert.True(RelativeAge.TryParse(line, Captured, out var published));

        Assert.Equal(NodaTime.Text.InstantPattern.ExtendedIso.Parse(expected).Value, published.Instant);
        Assert.Equal(PublicationBasis.RelativeToCapture, published.Basis);
    }

    [Theory]
    [InlineData("Jul 12, 2025")]
    [InlineData("July 12, 2025")]
    [InlineData("12 Jul 2025")]
    [InlineData("2025-07-12")]
    public void AbsoluteDates_AreExplicitDays(string line)
    {
        Assert.True(RelativeAge.TryParse(line, Captured, out var published));

        Assert.Equal(PublicationBasis.Explicit, published.Basis);
        Assert.True(published.IsDateOnly);
        Assert.Equal(new LocalDate(2025, 7, 12), published.Instant.InUtc().Date);
    }

    [Fact]
    public void Yesterday_IsTheDayBeforeCaptureInTheUploadersZone()
    {
        // 2025-07-14T02:00Z is still 2025-07-13 in New York, so "yesterday" is the 12th there.
        var capture = new Capture(Instant.FromUtc(2025, 7, 14, 2, 0), DateTimeZoneProviders.Tzdb["America/New_York"]);

        Assert.True(RelativeAge.TryParse("yesterday", capture, out var published));

        Assert.Equal(new LocalDate(2025, 7, 12), published.Instant.InZone(capture.Zone).Date);
    }

    [Theory]
    [InlineData("The Mainichi")]
    [InlineData("3 hours")]
    [InlineData("Officials met 3 hours ago to discuss the plan")]
    [InlineData("99999999999 hours ago")]
    public void OtherLines_AreNotAges(string line) => Assert.False(RelativeAge.IsAgeLine(line));
}
