using NodaTime;

namespace TimelineApp.Data.Entities;

/// <summary>One change someone made: who (a snapshot of the name, and the account id), when, through what, and to what.</summary>
public sealed class AuditEntryRecord
{
    public long Id { get; set; }

    public Instant At { get; set; }

    public Guid? ActorId { get; set; }

    public required string ActorName { get; set; }

    /// <summary>web, cli or system.</summary>
    public required string Via { get; set; }

    /// <summary>Upload, Rename, Delete, Reprocess, Cancel, Visibility, RoleChange, AccountCreate.</summary>
    public required string Action { get; set; }

    /// <summary>The dataset concerned; no foreign key, so the entry outlives the dataset.</summary>
    public Guid? DatasetId { get; set; }

    public string? TargetName { get; set; }

    public string? Detail { get; set; }
}
