using System.Globalization;
using TimelineApp.Core.Events;
using TimelineApp.Core.Stories;
using TimelineApp.Data.Storage;

namespace TimelineApp.Web.Services;

/// <summary>A facet value with the number of events that carry it under the current filters.</summary>
public sealed record FacetCount(string Key, string Label, int Count);

/// <summary>
/// The filters over a shared, immutable dataset: actors and countries (any of the chosen ones), sources,
/// a day range, and free text over titles and evidence. Pure functions; the timeline and the list both use them.
/// </summary>
public static class TimelineFilter
{
    /// <summary>
    /// The events that pass the query, in the dataset's order (start, then id). Without an active filter this is
    /// the shared dataset list itself: a viewer costs no copy of it.
    /// </summary>
    public static IReadOnlyList<TimelineEvent> Apply(StoredTimeline timeline, TimelineQuery q)
    {
        ArgumentNullException.ThrowIfNull(timeline);
        ArgumentNullException.ThrowIfNull(q);
        IEnumerable<TimelineEvent> events = timeline.Events;
        bool filtered = false;
        if (!q.Actors.IsEmpty)
        {
            events = events.Where(e => e.ActorIds.Any(q.Actors.Contains));
            filtered = true;
        }

        if (!q.Countries.IsEmpty)
        {
            events = events.Where(e => e.CountryCodes.Any(q.Countries.Contains));
            filtered = true;
        }

        if (!q.Sources.IsEmpty)
        {
            events = events.Where(e => e.DocumentIndexes.Any(q.Sources.Contains));
            filtered = true;
        }

        if (q.From is { } from)
        {
            events = events.Where(e => e.LastDay >= from);
            filtered = true;
        }

        if (q.To is { } to)
        {
            events = events.Where(e => e.FirstDay <= to);
            filtered = true;
        }

        if (q.Changed)
        {
            events = events.Where(e => timeline.Story.Of(e.Id).Change != EventChange.Unchanged);
            filtered = true;
        }

        if (q.Disputed)
        {
            events = events.Where(e => timeline.Story.Of(e.Id).IsDisputed);
            filtered = true;
        }

        if (!string.IsNullOrWhiteSpace(q.Text))
        {
            string text = q.Text.Trim();
            events = events.Where(e => Contains(e.Title, text) || e.Evidence.Any(v => Contains(v.Sentence, text)));
            filtered = true;
        }

        return filtered ? events.ToArray() : timeline.Events;
    }

    public static IReadOnlyList<FacetCount> ActorFacets(StoredTimeline timeline, IReadOnlyList<TimelineEvent> events)
    {
        ArgumentNullException.ThrowIfNull(timeline);
        var counts = events.SelectMany(e => e.ActorIds).GroupBy(a => a).ToDictionary(g => g.Key, g => g.Count());
        return [.. timeline.Actors.Select(a => new FacetCount(a.Id, a.Name, counts.GetValueOrDefault(a.Id)))
            .OrderByDescending(f => f.Count).ThenBy(f => f.Label, StringComparer.Ordinal)];
    }

    public static IReadOnlyList<FacetCount> CountryFacets(StoredTimeline timeline, IReadOnlyList<TimelineEvent> events)
    {
        ArgumentNullException.ThrowIfNull(timeline);
        var counts = events.SelectMany(e => e.CountryCodes).GroupBy(c => c).ToDictionary(g => g.Key, g => g.Count());
        return [.. timeline.Countries.Select(c => new FacetCount(c.Code, c.Name, counts.GetValueOrDefault(c.Code)))
            .OrderByDescending(f => f.Count).ThenBy(f => f.Label, StringComparer.Ordinal)];
    }

    public static IReadOnlyList<FacetCount> SourceFacets(StoredTimeline timeline, IReadOnlyList<TimelineEvent> events)
    {
        ArgumentNullException.ThrowIfNull(timeline);
        var counts = events.SelectMany(e => e.DocumentIndexes).GroupBy(d => d).ToDictionary(g => g.Key, g => g.Count());
        return [.. timeline.Documents.Select(d => new FacetCount(
            d.Index.ToString(CultureInfo.InvariantCulture), d.Source ?? "Main article", counts.GetValueOrDefault(d.Index)))];
    }

    private static bool Contains(string haystack, string needle) => haystack.Contains(needle, StringComparison.OrdinalIgnoreCase);
}
