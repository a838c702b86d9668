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
    [InlineData("Updated 2 hours ago", "2025-07-14T13:00:00Z")]
    [InlineData("3h", "2025-07-14T12:00:00Z")]
    [InlineData("45m ago", "2025-07-14T14:15:00Z")]
    [InlineData("1d ago", "2025-07-13T15:00:00Z")]
    [InlineData("Yesterday at 4:15 PM", "2025-07-13T16:15:00Z")]
    [InlineData("today, 09:15", "2025-07-14T09:15:00Z")]
    [InlineData("2 hours ago | 3 min read", "2025-07-14T13:00:00Z")]
    public void LabelledAndCompactAges_CountBackFromCapture(string line, string expected)
    {
        Assert.True(RelativeAge.TryParse(line, Captured, out var published));

        Assert.Equal(NodaTime.Text.InstantPattern.ExtendedIso.Parse(expected).Value, published.Instant);
        Assert.Equal(PublicationBasis.RelativeToCapture, published.Basis);
    }

    [Theory]
    [InlineData("Published 10:32 BST, 14 July 2025", "2025-07-14T09:32:00Z")]
    [InlineData("Mon 14 Jul 2025 09.30 BST", "2025-07-14T08:30:00Z")]
    [InlineData("9:40 AM EDT, Sun July 13, 2025", "2025-07-13T13:40:00Z")]
    [InlineData("Jul 13, 2025, 6:00 PM ET", "2025-07-13T22:00:00Z")]
    [InlineData("13 July 2025 at 18:20", "2025-07-13T18:20:00Z")]
    [InlineData("2025-07-12T10:00:00Z", "2025-07-12T10:00:00Z")]
    [InlineData("2025-07-12T12:00:00+02:00", "2025-07-12T10:00:00Z")]
    public void DateTimes_AreExplicitInstantsInTheZoneTheyName(string line, string expected)
    {
        Assert.True(RelativeAge.TryParse(line, Captured, out var published));

        Assert.Equal(NodaTime.Text.InstantPattern.ExtendedIso.Parse(expected).Value, published.Instant);
        Assert.Equal(PublicationBasis.Explicit, published.Basis);
        Assert.False(published.IsDateOnly);
    }

    [Theory]
    [InlineData("July 12", "2025-07-12")]
    [InlineData("Dec 30", "2024-12-30")]
    [InlineData("Saturday", "2025-07-12")]
    [InlineData("12/07/2025", "2025-07-12")] // day-first, since 7 December 2025 is after the capture
    [InlineData("07/12/2025", "2025-07-12")] // month-first, likewise
    public void DatesWithoutAYearOrOrder_AreTheMostRecentNotAfterCapture(string line, string expected)
    {
        Assert.True(RelativeAge.TryParse(line, Captured, out var published));

        Assert.Equal(NodaTime.Text.LocalDatePattern.Iso.Parse(expected).Value, published.Instant.InUtc().Date);
        Assert.True(published.IsDateOnly);
    }

    [Theory]
    [InlineData("The Mainichi")]
    [InlineData("Officials met | July 10, 2025 and then went home to rest")]
    [InlineData("3 min read")]
    [InlineData("3 hours")]
    [InlineData("Officials met 3 hours ago to discuss the plan")]
    [InlineData("99999999999 hours ago")]
    public void OtherLines_AreNotAges(string line) => Assert.False(RelativeAge.IsAgeLine(line));
}
