using NodaTime;
using TimelineApp.Core.Events;
using TimelineApp.Web.Components.Timeline;
using TimelineApp.Web.Tests.Support;

namespace TimelineApp.Web.Tests.Components;

/// <summary>The first view's window: the bulk of the story, not its extremes.</summary>
public sealed class StoryWindowTests
{
    private static readonly Instant Capture = Instant.FromUtc(2000, 12, 20, 12, 0);

    /// <summary>
    /// Shaped like the fisheries dataset of issue #13: 1,689 events over 1998–2000, a scatter of older
    /// background, and two events a century long (one reaching into the future).
    /// </summary>
    private static List<TimelineEvent> RealScale()
    {
        var random = new Random(13);
        var events = new List<TimelineEvent>();
        var first = new LocalDate(1998, 1, 1);
        for (int i = 0; i < 1689; i++)
        {
            var day = first.PlusDays(random.Next(0, 1095));
            events.Add(TestTimelines.Event($"bulk{i}", day, day));
        }

        for (int i = 0; i < 60; i++)
        {
            var day = new LocalDate(1950, 1, 1).PlusDays(random.Next(0, 47 * 365));
            events.Add(TestTimelines.Event($"old{i}", day, day));
        }

        events.Add(TestTimelines.Event("century-back", new LocalDate(949, 1, 1), new LocalDate(1049, 12, 31), TimelineApp.Core.Dates.TimePrecision.Year));
        events.Add(TestTimelines.Event("century-ahead", new LocalDate(1961, 1, 1), new LocalDate(2061, 12, 31), TimelineApp.Core.Dates.TimePrecision.Year));
        return events;
    }

    [Fact]
    public void AtRealScale_TheWindowHoldsNinetyPercentOfTheEvents_AndIsNoLongerThanThreeTimesTheirShortestSpan()
    {
        var events = RealScale();

        var (start, end) = StoryWindow.Story(events, Capture);
        var (coreStart, coreEnd) = StoryWindow.Core(events);

        int inside = events.Count(e => StoryWindow.Midpoint(e) >= start && StoryWindow.Midpoint(e) <= end);
        Assert.True(inside >= 0.9 * events.Count, $"{inside} of {events.Count} inside");
        Assert.True((end - start).TotalDays <= 3 * (coreEnd - coreStart).TotalDays, $"{(end - start).TotalDays} days vs core {(coreEnd - coreStart).TotalDays}");
        Assert.True(start.InUtc().Year >= 1997, $"starts {start}");
        Assert.True(end.InUtc().Year <= 2001, $"ends {end}");
    }

    [Fact]
    public void ACenturyLongEvent_DoesNotDecideTheView_ButFitAllStillReachesIt()
    {
        var events = RealScale();

        var story = StoryWindow.Story(events, Capture);
        var all = StoryWindow.FitAll(events, Capture);

        Assert.True(all.Start.InUtc().Year <= 949);
        Assert.True((story.End - story.Start).TotalDays < 5 * 365);
    }

    [Fact]
    public void TheCaptureInstant_IsBroughtIntoView_WhenItIsNearTheStory()
    {
        var day = new LocalDate(2025, 7, 1);
        List<TimelineEvent> events = [.. Enumerable.Range(0, 20).Select(i => TestTimelines.Event($"e{i}", day.PlusDays(i % 10), day.PlusDays(i % 10)))];
        var capture = Instant.FromUtc(2025, 7, 14, 15, 0);

        var (start, end) = StoryWindow.Story(events, capture);

        Assert.True(start < events.Min(e => e.Start) && capture < end, $"{start} – {end}");
    }

    [Fact]
    public void TheShortestSpan_IsFoundEvenWhenTheBulkIsNotAtEitherEnd()
    {
        var day = new LocalDate(2020, 3, 1);
        List<TimelineEvent> events =
        [
            TestTimelines.Event("early", new LocalDate(1900, 1, 1), new LocalDate(1900, 1, 1)),
            .. Enumerable.Range(0, 18).Select(i => TestTimelines.Event($"e{i}", day.PlusDays(i), day.PlusDays(i))),
            TestTimelines.Event("late", new LocalDate(2090, 1, 1), new LocalDate(2090, 1, 1)),
        ];

        var (coreStart, coreEnd) = StoryWindow.Core(events);

        Assert.Equal(2020, coreStart.InUtc().Year);
        Assert.Equal(2020, coreEnd.InUtc().Year);
    }

    [Fact]
    public void AShortStoryWithAFewEventsFromLongAgo_OpensOnTheStory_NotOnTheHistory()
    {
        // 21 events in two months and 3 from a decade before: holding 90% would need one of the old ones.
        var day = new LocalDate(2026, 3, 1);
        List<TimelineEvent> events =
        [
            TestTimelines.Event("floods-2002", new LocalDate(2002, 1, 1), new LocalDate(2002, 12, 31), TimelineApp.Core.Dates.TimePrecision.Year),
            TestTimelines.Event("floods-2013", new LocalDate(2013, 1, 1), new LocalDate(2013, 12, 31), TimelineApp.Core.Dates.TimePrecision.Year),
            TestTimelines.Event("june-2013", new LocalDate(2013, 6, 1), new LocalDate(2013, 6, 30), TimelineApp.Core.Dates.TimePrecision.Month),
            .. Enumerable.Range(0, 21).Select(i => TestTimelines.Event($"e{i}", day.PlusDays(i * 2), day.PlusDays(i * 2))),
        ];

        var (coreStart, coreEnd) = StoryWindow.Core(events);

        Assert.Equal(new LocalDate(2026, 3, 1), coreStart.InUtc().Date);
        Assert.Equal(2026, coreEnd.InUtc().Year);
    }
}
