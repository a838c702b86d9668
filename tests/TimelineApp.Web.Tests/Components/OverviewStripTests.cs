using Bunit;
using NodaTime;
using TimelineApp.Core.Events;
using TimelineApp.Web.Components.Timeline;
using TimelineApp.Web.Tests.Support;

namespace TimelineApp.Web.Tests.Components;

/// <summary>The overview strip: a density histogram of the whole span, the window outlined, a click moves there.</summary>
public sealed class OverviewStripTests : TimelineTestContext
{
    [Fact]
    public void EveryEventIsCountedInOneBar_TheWindowIsOutlined_AndAClickMovesTheWindowThere()
    {
        var day = new LocalDate(1998, 1, 1);
        List<TimelineEvent> events =
        [
            .. Enumerable.Range(0, 200).Select(i => TestTimelines.Event($"e{i}", day.PlusDays(i * 5), day.PlusDays(i * 5))),
            TestTimelines.Event("old", new LocalDate(1950, 1, 1), new LocalDate(1950, 1, 1)),
        ];
        var window = (Start: Instant.FromUtc(1998, 1, 1, 0, 0), End: Instant.FromUtc(2000, 1, 1, 0, 0));
        (Instant? Start, Instant? End) raised = default;

        var cut = Render<OverviewStrip>(p => p
            .Add(s => s.Events, events)
            .Add(s => s.Capture, Instant.FromUtc(2001, 1, 1, 0, 0))
            .Add(s => s.WindowStart, window.Start)
            .Add(s => s.WindowEnd, window.End)
            .Add(s => s.OnWindowChanged, w => raised = w));

        var bins = cut.FindAll("rect.overview-bin");
        Assert.InRange(bins.Count, 2, OverviewStrip.Bins);
        Assert.Equal(events.Count, bins.Sum(b => int.Parse(b.GetAttribute("data-count")!, System.Globalization.CultureInfo.InvariantCulture)));
        var outline = cut.Find("[data-testid=overview-window]");
        Assert.True(double.Parse(outline.GetAttribute("x")!, System.Globalization.CultureInfo.InvariantCulture) > OverviewStrip.Width / 2, "the window is in the later half of 1950–2000");

        bins[0].Click(); // the bar of 1950

        // Centred on that bar (a bar is a hundredth of 1950–2001, half a year), at the same width.
        var middle = raised.Start!.Value + ((raised.End!.Value - raised.Start.Value) / 2);
        Assert.InRange((middle - Instant.FromUtc(1950, 1, 1, 12, 0)).TotalDays, -200, 200);
        Assert.Equal(window.End - window.Start, raised.End.Value - raised.Start.Value);
    }
}
