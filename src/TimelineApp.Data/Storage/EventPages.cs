using TimelineApp.Data.Entities;

namespace TimelineApp.Data.Storage;

/// <summary>
/// A dataset's events for one actor or one country, in the store's order (start, then key), for a server-side
/// filter or a paged list to take a page of. They read the link table's index range (dataset, actor or country,
/// start) in time order and join each link to its event, so a page costs about a page of rows however many events
/// the actor or country has. Filtering events by "has a link" (EXISTS) instead lets PostgreSQL walk all of the
/// dataset's events in time order and probe the links for each: seconds on a million events
/// (README, "1,000,000 events on PostgreSQL"; tests/TimelineApp.Benchmarks/PostgresBenchmark.cs runs these).
/// </summary>
public static class EventPages
{
    /// <summary>The events of actor <paramref name="actorId"/> (an <see cref="ActorRecord.Id"/>) in the dataset, by start then key.</summary>
    public static IQueryable<EventRecord> ForActor(TimelineDbContext db, Guid datasetId, long actorId)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.EventActors
            .Where(a => a.DatasetId == datasetId && a.ActorId == actorId)
            .Join(db.Events, a => a.EventId, e => e.Id, (a, e) => new { a.Start, Event = e })
            .OrderBy(x => x.Start) // the link's copy of the event's start: the index's order
            .ThenBy(x => x.Event.Key)
            .Select(x => x.Event);
    }

    /// <summary>The events involving country <paramref name="countryCode"/> (ISO 3166-1 alpha-3) in the dataset, by start then key.</summary>
    public static IQueryable<EventRecord> ForCountry(TimelineDbContext db, Guid datasetId, string countryCode)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.EventCountries
            .Where(c => c.DatasetId == datasetId && c.CountryCode == countryCode)
            .Join(db.Events, c => c.EventId, e => e.Id, (c, e) => new { c.Start, Event = e })
            .OrderBy(x => x.Start)
            .ThenBy(x => x.Event.Key)
            .Select(x => x.Event);
    }
}
