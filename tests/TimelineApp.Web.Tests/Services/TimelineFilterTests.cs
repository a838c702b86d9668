using NodaTime;
using TimelineApp.Core.Dates;
using TimelineApp.Core.Documents;
using TimelineApp.Core.Entities;
using TimelineApp.Core.Events;
using TimelineApp.Data.Entities;
using TimelineApp.Data.Storage;
using TimelineApp.Web.Services;
using TimelineApp.Web.Tests.Support;

namespace TimelineApp.Web.Tests.Services;

public sealed class TimelineFilterTests
{
    private static TimelineEvent Event(string id, int day, string[] countries, string[] actors) =>
        TestTimelines.Event(id, new LocalDate(2025, 7, day), new LocalDate(2025, 7, day), countries: countries, actors: actors);

    // Given out of order on purpose: the stored timeline orders its events itself.
    private static readonly StoredTimeline Timeline = TestTimelines.Timeline(
        [
            Event("d", 4, ["UKR"], []),
            Event("a", 1, ["HUN"], ["orban"]),
            Event("c", 3, ["POL"], ["orban"]),
            Event("b", 2, ["HUN", "UKR"], ["zelensky"]),
        ],
        [new Actor("orban", "Viktor Orban", ActorKind.Person, null, "HUN", []), new Actor("zelensky", "Volodymyr Zelensky", ActorKind.Person, null, "UKR", [])],
        [new Country("HUN", "Hungary"), new Country("POL", "Poland"), new Country("UKR", "Ukraine")]);

    [Fact]
    public void WithoutFilters_EveryViewerSharesTheDatasetsOwnOrderedList()
    {
        var events = TimelineFilter.Apply(Timeline, new TimelineQuery());

        Assert.Same(Timeline.Events, events);
        Assert.Equal(["a", "b", "c", "d"], events.Select(e => e.Id));
    }

    [Fact]
    public void AFilter_KeepsTheDateOrder()
    {
        var events = TimelineFilter.Apply(Timeline, new TimelineQuery { Countries = ["UKR", "POL"] });

        Assert.Equal(["b", "c", "d"], events.Select(e => e.Id));
    }

    [Fact]
    public void FacetCounts_IgnoreTheirOwnSelection_ButFollowTheOtherFilters()
    {
        var facets = TimelineFacets.For(Timeline, new TimelineQuery { Countries = ["HUN"], Actors = ["orban"] });

        // Countries are counted under the actor filter only: Orban's events are in Hungary and Poland.
        Assert.Equal(1, facets.Countries.Single(f => f.Key == "HUN").Count);
        Assert.Equal(1, facets.Countries.Single(f => f.Key == "POL").Count);
        Assert.Equal(0, facets.Countries.Single(f => f.Key == "UKR").Count);

        // Actors are counted under the country filter only: Hungary has one event of each.
        Assert.Equal(1, facets.Actors.Single(f => f.Key == "orban").Count);
        Assert.Equal(1, facets.Actors.Single(f => f.Key == "zelensky").Count);
    }

    [Fact]
    public void UnfilteredFacets_AreComputedOncePerDataset()
    {
        var first = TimelineFacets.For(Timeline, new TimelineQuery());
        var second = TimelineFacets.For(Timeline, new TimelineQuery { Dataset = Guid.NewGuid() });

        Assert.Same(first, second);
        Assert.Equal(2, first.Countries.Single(f => f.Key == "UKR").Count);
    }
}
