using Bunit;
using Microsoft.AspNetCore.Components.Web;
using NodaTime;
using TimelineApp.Core.Events;
using TimelineApp.Web.Components.Timeline;
using TimelineApp.Web.Tests.Support;

namespace TimelineApp.Web.Tests.Components;

/// <summary>The overview strip: a density histogram of the whole span, the window outlined, a click moves there.</summary>
public sealed class OverviewStripTests : TimelineTestContext
{
    private static readonly LocalDate Day = new(1998, 1, 1);

    private static List<TimelineEvent> Events() =>
    [
        .. Enumerable.Range(0, 200).Select(i => TestTimelines.Event($"e{i}", Day.PlusDays(i * 5), Day.PlusDays(i * 5))),
        TestTimelines.Event("old", new LocalDate(1950, 1, 1), new LocalDate(1950, 1, 1)),
    ];

    [Fact]
    public void TheHistogram_CountsEveryEventOnce_WhereItsMiddleIs()
    {
        var events = Events();
        var (start, end) = StoryWindow.FitAll(events, Instant.FromUtc(2001, 1, 1, 0, 0));

        var counts = OverviewStrip.Histogram(events, start, end, OverviewStrip.Bins);

        Assert.Equal(events.Count, counts.Sum());
        Assert.Equal(1, counts.First(c => c > 0)); // the old event alone, in a bar of its own
        Assert.Equal(200, counts.Skip(OverviewStrip.Bins / 2).Sum());
    }

    [Fact]
    public void TheWindowIsOutlined_AndAClickMovesTheWindowThere_AtTheSameWidth()
    {
        var window = (Start: Instant.FromUtc(1998, 1, 1, 0, 0), End: Instant.FromUtc(2000, 1, 1, 0, 0));
        (Instant? Start, Instant? End) raised = default;
        JSInterop.Setup<double[]?>("timelineApp.rect", _ => true).SetResult([100, 500]);

        var cut = Render<OverviewStrip>(p => p
            .Add(s => s.Events, Events())
            .Add(s => s.Capture, Instant.FromUtc(2001, 1, 1, 0, 0))
            .Add(s => s.WindowStart, window.Start)
            .Add(s => s.WindowEnd, window.End)
            .Add(s => s.OnWindowChanged, w => raised = w));

        var outline = cut.Find("[data-testid=overview-window]");
        Assert.True(double.Parse(outline.GetAttribute("x")!, System.Globalization.CultureInfo.InvariantCulture) > OverviewStrip.Width / 2, "the window is in the later half of 1950–2000");
        Assert.NotEmpty(cut.Find("path.overview-bars").GetAttribute("d")!);

        // The strip is 500 px wide from x = 100 on screen; click where the 1950 event is.
        var (start, end) = StoryWindow.FitAll(Events(), Instant.FromUtc(2001, 1, 1, 0, 0));
        double at = (Instant.FromUtc(1950, 1, 1, 12, 0) - start).TotalMilliseconds / (end - start).TotalMilliseconds;
        cut.Find("[data-testid=overview-strip]").Click(new MouseEventArgs { ClientX = 100 + (500 * at) });

        var middle = raised.Start!.Value + ((raised.End!.Value - raised.Start.Value) / 2);
        Assert.InRange((middle - Instant.FromUtc(1950, 1, 1, 12, 0)).TotalDays, -200, 200);
        Assert.Equal(window.End - window.Start, raised.End.Value - raised.Start.Value);
    }
}
