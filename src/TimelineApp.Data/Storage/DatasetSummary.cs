using NodaTime;
using TimelineApp.Data.Entities;

namespace TimelineApp.Data.Storage;

/// <summary>
/// What the datasets page shows for one dataset (one capture). A story is shown through the same record
/// (<see cref="StorySummaries"/>): its id and name, its latest ready capture's time and zone, and its <see cref="Captures"/>.
/// </summary>
public sealed record DatasetSummary(
    Guid Id,
    string Name,
    Instant CapturedAt,
    string ZoneId,
    DatasetStatus Status,
    Instant CreatedAt,
    string? Error,
    int DocumentCount,
    int EventCount,
    int ActorCount,
    int CountryCount,
    string DumpHash)
{
    /// <summary>What the pipeline said of this dataset for its uploader: limits reached, what was left out.</summary>
    public IReadOnlyList<string> Notes { get; init; } = [];

    /// <summary>The account that owns it (null: none yet).</summary>
    public Guid? OwnerId { get; init; }

    public DatasetVisibility Visibility { get; init; }

    /// <summary>When it was last processed (null while it never was).</summary>
    public Instant? CompletedAt { get; init; }

    /// <summary>The story this capture belongs to.</summary>
    public Guid StoryId { get; init; }

    /// <summary>For a story: its captures, in the order they were captured. Empty for a single capture.</summary>
    public IReadOnlyList<DatasetSummary> Captures { get; init; } = [];
}
