using NodaTime;
using TimelineApp.Core.Documents;

namespace TimelineApp.Data.Entities;

/// <summary>One article of a dataset, with its clean text and its publication time and basis.</summary>
public sealed class DocumentRecord
{
    public long Id { get; set; }

    public Guid DatasetId { get; set; }

    public int Index { get; set; }

    public string? Source { get; set; }

    public required string Title { get; set; }

    public required string Body { get; set; }

    public Instant PublishedAt { get; set; }

    public PublicationBasis PublishedBasis { get; set; }

    public required string PublishedEvidence { get; set; }

    public bool PublishedDateOnly { get; set; }

    /// <summary>Bylines, photo credits and copyright lines, one per line.</summary>
    public string Credits { get; set; } = string.Empty;

    public string? Url { get; set; }
}
