using Bunit;
using NodaTime;
using TimelineApp.Core.Stories;
using TimelineApp.Data.Storage;
using TimelineApp.Web.Components.Timeline;
using TimelineApp.Web.Services;
using TimelineApp.Web.Tests.Support;

namespace TimelineApp.Web.Tests.Components;

/// <summary>How a story's changes, disputes and corrections show: the summary, its filters, the marks and the detail.</summary>
public sealed class StoryViewTests : TimelineTestContext
{
    private static readonly LocalDate Day = new(2025, 7, 12);

    private static StoredTimeline Story()
    {
        var timeline = TestTimelines.Timeline(
        [
            TestTimelines.Event("fresh", Day, Day),
            TestTimelines.Event("moved", Day.PlusDays(1), Day.PlusDays(1)),
            TestTimelines.Event("argued", Day.PlusDays(2), Day.PlusDays(2)),
            TestTimelines.Event("quiet", Day.PlusDays(3), Day.PlusDays(3)),
        ]);
        return timeline with
        {
            Story = new StoryView
            {
                Changes = new StoryChanges(NewEvents: 1, Moved: 1, WithNewSources: 0, Disputed: 1, Since: Instant.FromUtc(2025, 7, 14, 14, 0)),
                Events = new Dictionary<string, EventStanding>
                {
                    ["fresh"] = new() { Change = EventChange.New },
                    ["moved"] = new() { Change = EventChange.Moved, PreviousDate = "Sat 2025-07-12" },
                    ["argued"] = new()
                    {
                        Readings = [new(1, "Harbour Daily", "on Monday", Day.PlusDays(2), Day.PlusDays(2)), new(2, "Coast Wire", "on Tuesday", Day.PlusDays(3), Day.PlusDays(3))],
                        Corrections = [new(7, "title", "title: \"x\" -> \"Port talks\"", "\"x\"", "ada", Instant.FromUtc(2025, 7, 15, 9, 0))],
                        Notes = ["Checked with the port authority."],
                    },
                },
            },
        };
    }

    [Fact]
    public void TheSummary_CountsWhatChanged_AndItsFiltersRaiseTheQuery()
    {
        TimelineQuery? raised = null;
        var cut = Render<StoryChangesBar>(p => p.Add(b => b.Changes, Story().Story.Changes).Add(b => b.Query, new TimelineQuery()).Add(b => b.OnQueryChanged, (TimelineQuery q) => raised = q));

        Assert.Equal("1 new event, 1 moved, 0 with new sources since Mon 2025-07-14 14:00", cut.Find("[data-testid=story-summary]").TextContent.Replace(" UTC", string.Empty, StringComparison.Ordinal).Trim());
        cut.Find("[data-testid=filter-disputed]").Click();
        Assert.True(raised?.Disputed);
        cut.Find("[data-testid=filter-changed]").Click();
        Assert.True(raised?.Changed);
    }

    [Fact]
    public void AStoryOfOneCapture_ShowsNoSummary()
    {
        var cut = Render<StoryChangesBar>(p => p.Add(b => b.Changes, StoryChanges.None).Add(b => b.Query, new TimelineQuery()));

        Assert.Empty(cut.FindAll("[data-testid=story-changes]"));
    }

    [Fact]
    public void TheFilters_KeepChangedOrDisputedEvents_AndSurviveTheAddress()
    {
        var story = Story();

        Assert.Equal(["fresh", "moved"], TimelineFilter.Apply(story, new TimelineQuery { Changed = true }).Select(e => e.Id));
        Assert.Equal(["argued"], TimelineFilter.Apply(story, new TimelineQuery { Disputed = true }).Select(e => e.Id));
        var back = TimelineQueryString.Parse(TimelineQueryString.ToUri("/", new TimelineQuery { Changed = true, Disputed = true }));
        Assert.True(back.Changed && back.Disputed);
    }

    [Fact]
    public void TheDetail_SaysWhatMoved_WhoSaysWhat_AndWhatWasCorrected_WithUndo()
    {
        var story = Story();
        long? undone = null;
        var moved = Render<EventDetail>(p => p.Add(d => d.Timeline, story).Add(d => d.Event, story.Events.Single(e => e.Id == "moved")));
        Assert.Contains("it was Sat 2025-07-12", moved.Find("[data-testid=detail-moved]").TextContent, StringComparison.Ordinal);

        var argued = Render<EventDetail>(p => p.Add(d => d.Timeline, story).Add(d => d.Event, story.Events.Single(e => e.Id == "argued")).Add(d => d.OnUndo, (long id) => undone = id));
        var readings = argued.FindAll("[data-testid=detail-reading]").Select(r => r.TextContent).ToList();
        Assert.Equal(2, readings.Count);
        Assert.Contains("Harbour Daily says Mon 2025-07-14 (“on Monday”)", readings);
        Assert.Contains("Coast Wire says Tue 2025-07-15 (“on Tuesday”)", readings);
        Assert.Contains("the pipeline said \"x\"", argued.Find("[data-testid=detail-corrected]").TextContent, StringComparison.Ordinal);
        Assert.Equal("Note: Checked with the port authority.", argued.Find("[data-testid=detail-note]").TextContent);
        argued.Find("[data-testid=undo-correction]").Click();
        Assert.Equal(7, undone);
    }

    [Fact]
    public void TheList_MarksEachEventInWords()
    {
        var story = Story();
        var cut = Render<EventList>(p => p.Add(l => l.Timeline, story).Add(l => l.Events, story.Events));

        string MarksOf(string id) => string.Join(",", cut.FindAll($"[data-event={id}] [data-testid=event-mark]").Select(m => m.GetAttribute("data-mark")));
        Assert.Equal("new", MarksOf("fresh"));
        Assert.Equal("moved", MarksOf("moved"));
        Assert.Equal("disputed,corrected", MarksOf("argued"));
        Assert.Equal(string.Empty, MarksOf("quiet"));
    }
}
