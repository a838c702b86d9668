using NodaTime;
using TimelineApp.Core.Dates;
using TimelineApp.Core.Documents;
using TimelineApp.Core.Entities;
using TimelineApp.Core.Events;
using TimelineApp.Data.Entities;
using TimelineApp.Data.Storage;

namespace TimelineApp.Web.Tests.Support;

/// <summary>Small hand-made events and datasets for component and filter tests that need no pipeline.</summary>
internal static class TestTimelines
{
    public static readonly Instant Capture = Instant.FromUtc(2025, 7, 14, 15, 0);

    /// <summary>An event over whole days in UTC, titled "Title of {id}".</summary>
    public static TimelineEvent Event(string id, LocalDate first, LocalDate last, TimePrecision precision = TimePrecision.Day, bool vague = false, string[]? countries = null, string[]? actors = null) => new(
        id,
        first.AtStartOfDayInZone(DateTimeZone.Utc).ToInstant(),
        last.PlusDays(1).AtStartOfDayInZone(DateTimeZone.Utc).ToInstant(),
        first, last, precision, vague, "v", $"Title of {id}", [], actors ?? [], countries ?? [], [], [0]);

    /// <summary>A ready dataset of one wire article holding these events.</summary>
    public static StoredTimeline Timeline(IReadOnlyList<TimelineEvent> events, IReadOnlyList<Actor>? actors = null, IReadOnlyList<Country>? countries = null) => new(
        new DatasetSummary(Guid.NewGuid(), "test", Capture, "UTC", DatasetStatus.Ready, Capture, null, 1, events.Count, actors?.Count ?? 0, countries?.Count ?? 0, "hash"),
        DateTimeZone.Utc,
        [new NewsDocument(0, "Wire", "Headline", "Body.", new PublicationTime(Capture, PublicationBasis.Explicit, "stated"), [])],
        events,
        actors ?? [],
        countries ?? []);
}
