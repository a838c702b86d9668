using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using TimelineApp.Web.Components.Pages;
using TimelineApp.Web.Tests.Support;

namespace TimelineApp.Web.Tests.Components;

public sealed class TimelinePageTests : TimelineTestContext
{
    [Fact]
    public async Task TimelinePage_ShowsTheDatasetsEventsInDateOrder()
    {
        var id = await IngestAsync(Fixtures.Dump);

        // The whole list: the first view opens on the story, and the 2019 event lies outside it.
        Services.GetRequiredService<NavigationManager>().NavigateTo($"/?dataset={id:N}&list=all");

        var cut = Render<TimelinePage>();

        cut.WaitForAssertion(() => Assert.NotEmpty(cut.FindAll("[data-testid=event-row]")));
        var rows = cut.FindAll("[data-testid=event-row]");
        int saturday = rows.ToList().FindIndex(r => r.TextContent.Contains("Sat 2025-07-12", StringComparison.Ordinal) && r.TextContent.Contains("clean-up fund", StringComparison.Ordinal));
        int june = rows.ToList().FindIndex(r => r.TextContent.Contains("2019-06-01", StringComparison.Ordinal));
        Assert.True(saturday >= 0, "the Saturday agreement is listed on its day");
        Assert.True(june >= 0, "June 2019 is listed as a month");
        Assert.True(june < saturday, "events are in date order");
        Assert.NotEmpty(cut.FindAll("g.mark, [data-testid=cluster]"));
    }

    [Fact]
    public async Task TimelinePage_CountryFilterInTheUrlNarrowsTheList()
    {
        var id = await IngestAsync(Fixtures.Dump);
        var nav = Services.GetRequiredService<NavigationManager>();
        nav.NavigateTo($"/?dataset={id:N}");
        var cut = Render<TimelinePage>();
        cut.WaitForAssertion(() => Assert.NotEmpty(cut.FindAll("[data-testid=event-row]")));
        int all = cut.FindAll("[data-testid=event-row]").Count;

        nav.NavigateTo($"/?dataset={id:N}&country=HUN");

        cut.WaitForAssertion(() =>
        {
            var rows = cut.FindAll("[data-testid=event-row]");
            Assert.NotEmpty(rows);
            Assert.True(rows.Count < all);
            Assert.All(rows, r => Assert.Contains("HUN", r.TextContent, StringComparison.Ordinal));
        });
    }

    [Fact]
    public async Task TimelinePage_SelectedEventInTheUrlOpensItsDetail()
    {
        var id = await IngestAsync(Fixtures.Dump);
        var nav = Services.GetRequiredService<NavigationManager>();
        nav.NavigateTo($"/?dataset={id:N}");
        var cut = Render<TimelinePage>();
        cut.WaitForAssertion(() => Assert.NotEmpty(cut.FindAll("[data-testid=event-row]")));

        cut.FindAll("[data-testid=event-row]").First(r => r.TextContent.Contains("Sat 2025-07-12", StringComparison.Ordinal)).Click();

        cut.WaitForAssertion(() => Assert.Equal("Saturday", cut.Find("[data-testid=evidence-phrase]").TextContent));
        Assert.Contains("event=", nav.Uri, StringComparison.Ordinal);
        // The selection shows in the list and on the axis, not only in the detail.
        cut.WaitForAssertion(() => Assert.Contains("Sat 2025-07-12", cut.Find("[data-testid=event-row][aria-selected=true]").TextContent, StringComparison.Ordinal));
        Assert.All(cut.FindAll("g.mark.selected"), m => Assert.Equal(cut.Find("[data-testid=event-row][aria-selected=true]").GetAttribute("data-event"), m.GetAttribute("data-event")));
    }

    [Fact]
    public void TimelinePage_WithoutDatasets_PointsToUpload()
    {
        var cut = Render<TimelinePage>();

        cut.WaitForAssertion(() => Assert.Contains("Upload a dump", cut.Find("[data-testid=no-datasets]").TextContent, StringComparison.Ordinal));
    }
}
