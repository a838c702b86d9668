using TimelineApp.Core.Events;
using TimelineApp.Data.Storage;

namespace TimelineApp.Web.Services;

/// <summary>
/// The values a viewer can filter by, each with its count. A facet's counts ignore the facet's own selection
/// (the usual faceted search: choosing Hungary still shows how many events Ukraine would add), and the counts
/// of an unfiltered view are computed once per dataset copy and kept with it (<see cref="StoredTimeline.Derived{T}"/>),
/// so they are shared by every viewer and evicted with the dataset.
/// </summary>
public sealed record TimelineFacets(IReadOnlyList<FacetCount> Actors, IReadOnlyList<FacetCount> Countries, IReadOnlyList<FacetCount> Sources)
{
    public static TimelineFacets For(StoredTimeline timeline, TimelineQuery query)
    {
        ArgumentNullException.ThrowIfNull(timeline);
        ArgumentNullException.ThrowIfNull(query);
        if (!query.HasFilters)
        {
            return timeline.Derived(t => Count(t, t.Events, t.Events, t.Events));
        }

        return Count(
            timeline,
            TimelineFilter.Apply(timeline, query with { Actors = [] }),
            TimelineFilter.Apply(timeline, query with { Countries = [] }),
            TimelineFilter.Apply(timeline, query with { Sources = [] }));
    }

    private static TimelineFacets Count(StoredTimeline timeline, IReadOnlyList<TimelineEvent> forActors, IReadOnlyList<TimelineEvent> forCountries, IReadOnlyList<TimelineEvent> forSources) => new(
        TimelineFilter.ActorFacets(timeline, forActors),
        TimelineFilter.CountryFacets(timeline, forCountries),
        TimelineFilter.SourceFacets(timeline, forSources));
}
