using NodaTime;
using TimelineApp.Core.Dates;
using TimelineApp.Core.Documents;
using TimelineApp.Core.Entities;
using TimelineApp.Core.Events;
using TimelineApp.Data.Entities;
using TimelineApp.Data.Storage;
using TimelineApp.Web.Services;

namespace TimelineApp.Web.Tests.Services;

public sealed class TimelineFilterTests
{
    private static readonly Instant Capture = Instant.FromUtc(2025, 7, 14, 15, 0);

    private static TimelineEvent Event(string id, int day, string[] countries, string[] actors) => new(
        id,
        new LocalDate(2025, 7, day).AtStartOfDayInZone(DateTimeZone.Utc).ToInstant(),
        new LocalDate(2025, 7, day + 1).AtStartOfDayInZone(DateTimeZone.Utc).ToInstant(),
        new LocalDate(2025, 7, day), new LocalDate(2025, 7, day), TimePrecision.Day, false, "v", $"Title {id}", [], actors, countries, [], [0]);

    // Given out of order on purpose: the stored timeline orders its events itself.
    private static readonly StoredTimeline Timeline = new(
        new DatasetSummary(Guid.NewGuid(), "facets", Capture, "UTC", DatasetStatus.Ready, Capture, null, 1, 4, 2, 3, "hash"),
        DateTimeZone.Utc,
        [new NewsDocument(0, "Wire", "Headline", "Body.", new PublicationTime(Capture, PublicationBasis.Explicit, "stated"), [])],
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
