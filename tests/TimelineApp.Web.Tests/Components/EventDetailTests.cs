using Bunit;
using Microsoft.Extensions.DependencyInjection;
using TimelineApp.Web.Components.Timeline;
using TimelineApp.Web.Services;
using TimelineApp.Web.Tests.Support;

namespace TimelineApp.Web.Tests.Components;

public sealed class EventDetailTests : TimelineTestContext
{
    [Fact]
    public async Task EventDetail_RendersDumpTextAsTextNeverAsHtml()
    {
        var id = await IngestAsync(Fixtures.HostileDump);
        var timeline = (await Services.GetRequiredService<TimelineCache>().GetAsync(id))!;
        var hostile = timeline.Events.First(e => e.Evidence[0].Sentence.Contains("onerror", StringComparison.Ordinal));

        var cut = Render<EventDetail>(p => p.Add(d => d.Timeline, timeline).Add(d => d.Event, hostile));

        Assert.Empty(cut.FindAll("img"));
        Assert.Empty(cut.FindAll("script"));
        Assert.Contains("<img src=x onerror=alert(1)>", cut.Find("[data-testid=detail-evidence]").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EventDetail_HighlightsThePhraseAndExplainsIt()
    {
        var id = await IngestAsync(Fixtures.Dump);
        var timeline = (await Services.GetRequiredService<TimelineCache>().GetAsync(id))!;
        var saturday = timeline.Events.First(e => e.Evidence[0].Sentence.Contains("on Saturday", StringComparison.Ordinal));

        var cut = Render<EventDetail>(p => p.Add(d => d.Timeline, timeline).Add(d => d.Event, saturday));

        Assert.Equal("Saturday", cut.Find("[data-testid=evidence-phrase]").TextContent);
        Assert.Contains("2025-07-12", cut.Find("[data-testid=detail-explanation]").TextContent, StringComparison.Ordinal);
        Assert.Contains("Sat 2025-07-12", cut.Find("[data-testid=detail-when]").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EventDetail_CountryChipRaisesAFilter()
    {
        var id = await IngestAsync(Fixtures.Dump);
        var timeline = (await Services.GetRequiredService<TimelineCache>().GetAsync(id))!;
        var withCountry = timeline.Events.First(e => e.CountryCodes.Count > 0);
        string? raised = null;

        var cut = Render<EventDetail>(p => p.Add(d => d.Timeline, timeline).Add(d => d.Event, withCountry).Add(d => d.OnFilterCountry, (string c) => raised = c));
        cut.Find("[data-testid=detail-country]").Click();

        Assert.Equal(withCountry.CountryCodes[0], raised);
    }

    [Fact]
    public async Task EventDetail_ListsTheAliasesOfAPersonNamedDifferentlyInTwoArticles()
    {
        const string dump = """
            [
              {"title": "Suspect appears in court", "source": "Wire A", "published": "2025-07-10T09:00:00Z",
               "text": "James C. Kopp said on Monday that he would fight the charges."},
              {"title": "Hearing set", "source": "Wire B", "published": "2025-07-11T09:00:00Z",
               "text": "James Kopp told the court on Thursday that he had no lawyer."}
            ]
            """;
        var id = await IngestAsync(dump);
        var timeline = (await Services.GetRequiredService<TimelineCache>().GetAsync(id))!;
        var kopp = Assert.Single(timeline.Actors, a => a.Kind == TimelineApp.Core.Entities.ActorKind.Person);
        var events = timeline.Events.Where(e => e.ActorIds.Contains(kopp.Id)).ToList();

        var cut = Render<EventDetail>(p => p.Add(d => d.Timeline, timeline).Add(d => d.Event, events[0]));

        Assert.Equal(2, events.Count);
        Assert.Equal("James C. Kopp", kopp.Name);
        Assert.Equal("James C. Kopp, also written: James Kopp", cut.Find("[data-testid=detail-aliases]").TextContent);
        Assert.Equal(2, Assert.Single(TimelineFacets.For(timeline, new TimelineQuery()).Actors, f => f.Key == kopp.Id).Count);
    }
}
