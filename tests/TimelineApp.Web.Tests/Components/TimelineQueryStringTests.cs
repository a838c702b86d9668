using NodaTime;
using TimelineApp.Web.Services;

namespace TimelineApp.Web.Tests.Components;

public sealed class TimelineQueryStringTests
{
    [Fact]
    public void Query_RoundTripsThroughTheUrl()
    {
        var q = new TimelineQuery
        {
            Dataset = Guid.NewGuid(),
            Actors = ["donald-trump", "mark-rutte"],
            Countries = ["USA", "UKR"],
            Sources = [1, 3],
            From = new LocalDate(2025, 7, 1),
            To = new LocalDate(2025, 7, 31),
            Text = "Patriot & missiles",
            Selected = "d1-s4",
            Lanes = LaneMode.Country,
            WindowStart = Instant.FromUtc(2025, 7, 10, 0, 0),
            WindowEnd = Instant.FromUtc(2025, 7, 16, 0, 0),
        };

        var back = TimelineQueryString.Parse("https://host" + TimelineQueryString.ToUri("/", q));

        Assert.Equal(q.Dataset, back.Dataset);
        Assert.Equal(q.Actors, back.Actors);
        Assert.Equal(q.Countries, back.Countries);
        Assert.Equal(q.Sources, back.Sources);
        Assert.Equal(q.From, back.From);
        Assert.Equal(q.To, back.To);
        Assert.Equal(q.Text, back.Text);
        Assert.Equal(q.Selected, back.Selected);
        Assert.Equal(q.Lanes, back.Lanes);
        Assert.Equal(q.WindowStart, back.WindowStart);
        Assert.Equal(q.WindowEnd, back.WindowEnd);
    }

    [Fact]
    public void AWindowBefore1970_RoundTrips_AndOldLinksStillOpen()
    {
        var q = new TimelineQuery { WindowStart = Instant.FromUtc(949, 3, 1, 0, 0), WindowEnd = Instant.FromUtc(2026, 1, 1, 0, 0) };

        var back = TimelineQueryString.Parse("https://host" + TimelineQueryString.ToUri("/", q));
        var old = TimelineQueryString.Parse("https://host/?win=1752105600-1752624000");

        Assert.Equal((q.WindowStart, q.WindowEnd), (back.WindowStart, back.WindowEnd));
        Assert.Equal(Instant.FromUtc(2025, 7, 10, 0, 0), old.WindowStart);
    }

    [Theory]
    [InlineData("/?country=TOOLONG&from=2025-13-01&win=9-1&lanes=sideways&source=-4")]
    [InlineData("/?win=abc-def")]
    [InlineData("/?")]
    public void MalformedValues_AreIgnored(string uri)
    {
        var q = TimelineQueryString.Parse("https://host" + uri);

        Assert.Null(q.Dataset);
        Assert.Empty(q.Countries);
        Assert.Empty(q.Sources);
        Assert.Null(q.From);
        Assert.Null(q.WindowStart);
        Assert.Equal(LaneMode.Combined, q.Lanes);
    }

    [Fact]
    public void AnUnreadableDatasetId_IsKeptAsTheIdOfNoDataset_NotDropped()
    {
        // Dropped, the page would show the first dataset as if it were the one asked for.
        Assert.Equal(Guid.Empty, TimelineQueryString.Parse("https://host/?dataset=nope").Dataset);
    }
}
