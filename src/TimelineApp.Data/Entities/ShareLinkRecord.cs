using NodaTime;

namespace TimelineApp.Data.Entities;

/// <summary>
/// A read-only link to one view of one dataset. Only the SHA-256 of the link's secret is stored, so the table cannot be
/// used to open the views it lists; the secret itself is shown once, to the person who made the link.
/// </summary>
public sealed class ShareLinkRecord
{
    public Guid Id { get; set; }

    /// <summary>SHA-256 of the token, hex.</summary>
    public required string TokenHash { get; set; }

    public Guid DatasetId { get; set; }

    /// <summary>The view: the timeline's query string (filters, lanes, window, open event), without the dataset.</summary>
    public required string View { get; set; }

    public Guid? CreatedById { get; set; }

    public required string CreatedByName { get; set; }

    public Instant CreatedAt { get; set; }

    /// <summary>Set when someone revoked it; the link then opens nothing.</summary>
    public Instant? RevokedAt { get; set; }
}
