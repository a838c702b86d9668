using NodaTime;

namespace TimelineApp.Data.Entities;

/// <summary>Where a dataset is in its life: queued and processing ones are invisible to the timeline.</summary>
public enum DatasetStatus
{
    Queued,
    Processing,
    Ready,
    Failed,
    Cancelled,
}

/// <summary>Who may read a dataset: its owner only, everyone signed in, or everyone (anonymous too when the app allows anonymous reading).</summary>
public enum DatasetVisibility
{
    Private,
    SignedIn,
    Public,
}

/// <summary>One processed dump: its name, capture, status and the counts the datasets page shows.</summary>
public sealed class DatasetRecord
{
    public Guid Id { get; set; }

    /// <summary>The story this capture belongs to (<see cref="StoryRecord"/>); the first capture's story has the capture's id.</summary>
    public Guid StoryId { get; set; }

    public required string Name { get; set; }

    public Instant CapturedAt { get; set; }

    public required string ZoneId { get; set; }

    public DatasetStatus Status { get; set; }

    public Instant CreatedAt { get; set; }

    public Instant? CompletedAt { get; set; }

    /// <summary>SHA-256 of the original bytes, hex; the key of <see cref="DumpRecord"/>.</summary>
    public required string DumpHash { get; set; }

    public string? Format { get; set; }

    public string? Error { get; set; }

    /// <summary>What the pipeline says of a ready dataset that the person who uploaded it should know (limits reached), one per line.</summary>
    public string? Notes { get; set; }

    public int DocumentCount { get; set; }

    public int EventCount { get; set; }

    public int ActorCount { get; set; }

    public int CountryCount { get; set; }

    /// <summary>The account that uploaded it; null for datasets from before accounts (until the first admin claims them) and the sample.</summary>
    public Guid? OwnerId { get; set; }

    /// <summary>Who may read it. Existing rows became <see cref="DatasetVisibility.SignedIn"/> by the Accounts migration.</summary>
    public DatasetVisibility Visibility { get; set; }

    public List<DocumentRecord> Documents { get; set; } = [];

    public List<EventRecord> Events { get; set; } = [];

    public List<ActorRecord> Actors { get; set; } = [];

    public List<DatasetCountryRecord> Countries { get; set; } = [];
}
