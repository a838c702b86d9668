using TimelineApp.Core.Entities;

namespace TimelineApp.Data.Entities;

/// <summary>An actor of a dataset.</summary>
public sealed class ActorRecord
{
    public long Id { get; set; }

    public Guid DatasetId { get; set; }

    public required string Key { get; set; }

    public required string Name { get; set; }

    public ActorKind Kind { get; set; }

    public string? Role { get; set; }

    public string? CountryCode { get; set; }

    /// <summary>Other names used in the text, separated by new lines.</summary>
    public string Aliases { get; set; } = string.Empty;
}

/// <summary>A country that appears in a dataset, with its display name.</summary>
public sealed class DatasetCountryRecord
{
    public Guid DatasetId { get; set; }

    public required string Code { get; set; }

    public required string Name { get; set; }
}
