using System.Collections.Immutable;
using NodaTime;

namespace TimelineApp.Web.Services;

/// <summary>How events are grouped into lanes on the axis.</summary>
public enum LaneMode
{
    Combined,
    Country,
    Actor,
}

/// <summary>
/// Everything that defines what a viewer sees: dataset, filters, zoom window, lane mode, selected event.
/// It round-trips through the URL's query string, so a link restores the view and back/forward work.
/// </summary>
public sealed record TimelineQuery
{
    public Guid? Dataset { get; init; }

    public ImmutableSortedSet<string> Actors { get; init; } = [];

    public ImmutableSortedSet<string> Countries { get; init; } = [];

    public ImmutableSortedSet<int> Sources { get; init; } = [];

    public LocalDate? From { get; init; }

    public LocalDate? To { get; init; }

    public string? Text { get; init; }

    public string? Selected { get; init; }

    public LaneMode Lanes { get; init; } = LaneMode.Combined;

    /// <summary>The zoom window: start and end of the visible range; null means "fit all".</summary>
    public Instant? WindowStart { get; init; }

    public Instant? WindowEnd { get; init; }

    /// <summary>Whether the list shows every event that passes the filters, instead of those in the window.</summary>
    public bool ListAll { get; init; }

    /// <summary>Only events new, moved or with new sources since the story's previous capture.</summary>
    public bool Changed { get; init; }

    /// <summary>Only events whose sources disagree on the date.</summary>
    public bool Disputed { get; init; }

    public bool HasFilters => !Actors.IsEmpty || !Countries.IsEmpty || !Sources.IsEmpty || From is not null || To is not null || !string.IsNullOrWhiteSpace(Text) || Changed || Disputed;
}
