using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using TimelineApp.Web.Components.Pages;
using TimelineApp.Web.Components.Timeline;
using TimelineApp.Web.Services;
using TimelineApp.Web.Tests.Support;

namespace TimelineApp.Web.Tests.Components;

/// <summary>The list in step with the axis, the detail reachable by keyboard, one lane control, facets worth choosing.</summary>
public sealed class ListFollowsViewTests : TimelineTestContext
{
    private async Task<(IRenderedComponent<TimelinePage> Page, NavigationManager Nav, Guid Id)> OpenAsync(string query = "")
    {
        var id = await IngestAsync(Fixtures.Dump);
        var nav = Services.GetRequiredService<NavigationManager>();
        nav.NavigateTo($"/?dataset={id:N}{query}");
        var cut = Render<TimelinePage>();
        cut.WaitForAssertion(() => Assert.NotEmpty(cut.FindAll("[data-testid=event-row]")));
        return (cut, nav, id);
    }

    [Fact]
    public async Task TheList_ShowsWhatIsInTheWindow_AndShowAllListsEverything()
    {
        var (cut, nav, id) = await OpenAsync("&list=all");
        int all = cut.FindAll("[data-testid=event-row]").Count;

        // A window of two days around the Saturday of the story.
        long from = Instant.FromUtc(2025, 7, 12, 0, 0).ToUnixTimeSeconds(), to = Instant.FromUtc(2025, 7, 13, 0, 0).ToUnixTimeSeconds();
        nav.NavigateTo($"/?dataset={id:N}&win={from}-{to}");

        cut.WaitForAssertion(() =>
        {
            var rows = cut.FindAll("[data-testid=event-row]");
            Assert.NotEmpty(rows);
            Assert.True(rows.Count < all, $"{rows.Count} of {all}");
            Assert.DoesNotContain(rows, r => r.TextContent.Contains("2019", StringComparison.Ordinal));
        });
        Assert.Contains("in the window", cut.Find("[data-testid=list-scope]").TextContent, StringComparison.Ordinal);

        nav.NavigateTo($"/?dataset={id:N}&win={from}-{to}&list=all");
        cut.WaitForAssertion(() => Assert.Equal(all, cut.FindAll("[data-testid=event-row]").Count));
    }

    [Fact]
    public async Task OpeningAnEventOutsideTheWindow_MovesTheWindowToIt_AndMarksItOnTheAxis()
    {
        long from = Instant.FromUtc(2025, 7, 12, 0, 0).ToUnixTimeSeconds(), to = Instant.FromUtc(2025, 7, 13, 0, 0).ToUnixTimeSeconds();
        var (cut, nav, _) = await OpenAsync($"&list=all&win={from}-{to}");

        var june = cut.FindAll("[data-testid=event-row]").First(r => r.TextContent.Contains("2019", StringComparison.Ordinal));
        string eventId = june.GetAttribute("data-event")!;
        june.Click();

        cut.WaitForAssertion(() => Assert.Equal(eventId, cut.Find("g.mark.selected").GetAttribute("data-event")));
        var query = TimelineQueryString.Parse(nav.Uri);
        Assert.Equal(2019, query.WindowStart!.Value.InUtc().Year);
    }

    [Fact]
    public async Task OpeningARow_FocusesTheDetail_EscapeClosesIt_AndFocusGoesBackToTheRow()
    {
        var (cut, nav, _) = await OpenAsync();
        var row = cut.FindAll("[data-testid=event-row]")[0];
        string eventId = row.GetAttribute("data-event")!;

        row.KeyDown(new Microsoft.AspNetCore.Components.Web.KeyboardEventArgs { Key = "Enter" });
        cut.WaitForAssertion(() => Assert.NotNull(cut.Find("[data-testid=event-detail]")));
        Assert.Contains(JSInterop.Invocations, i => i.Identifier == "Blazor._internal.domWrapper.focus");

        cut.Find(".event-detail").KeyDown(new Microsoft.AspNetCore.Components.Web.KeyboardEventArgs { Key = "Escape" });

        cut.WaitForAssertion(() => Assert.Empty(cut.FindAll("[data-testid=event-detail]")));
        Assert.DoesNotContain("event=", nav.Uri, StringComparison.Ordinal);
        cut.WaitForAssertion(() => Assert.Contains(JSInterop.Invocations, i => i.Identifier == "timelineApp.focusRow" && Equals(i.Arguments[0], eventId)));
    }

    [Fact]
    public async Task TheLaneSwitch_IsOneRadioGroupOfThree()
    {
        var (cut, nav, _) = await OpenAsync();

        var group = Assert.Single(cut.FindAll("[role=radiogroup]"));
        Assert.Equal(3, group.QuerySelectorAll("input[type=radio]").Length);
        Assert.Empty(cut.FindAll("[data-testid=lane-mode] input[type=checkbox]"));

        cut.FindAll("[data-testid=lane-mode] input[type=radio]")[1].Click();
        cut.WaitForAssertion(() => Assert.Contains("lanes=country", nav.Uri, StringComparison.Ordinal));
    }

    [Fact]
    public void Facets_OfferOnlyValuesWithEventsUnderTheCurrentFilters()
    {
        FacetCount[] facets = [new("HUN", "Hungary", 4), new("AUT", "Austria", 0), new("UKR", "Ukraine", 2)];

        var offered = FacetPicker.Offer(facets, ["UKR"], null).Select(f => f.Key);

        Assert.Equal(["HUN"], offered);
    }
}
