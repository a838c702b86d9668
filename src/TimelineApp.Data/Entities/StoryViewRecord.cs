using NodaTime;

namespace TimelineApp.Data.Entities;

/// <summary>
/// A story's captures as merged last time (<c>StoryMerger</c>), kept so that opening a long story reads one row instead
/// of every capture. It belongs to the exact captures it was made from (<see cref="Inputs"/>): once one is added,
/// re-processed or deleted it no longer matches and is made again. Corrections are not in it; they are applied on
/// reading, every time.
/// </summary>
public sealed class StoryViewRecord
{
    public Guid StoryId { get; set; }

    /// <summary>SHA-256 (hex) of the merge's version and its captures (ids and when each was last processed).</summary>
    public required string Inputs { get; set; }

    /// <summary>The merged timeline as Brotli-compressed JSON (<see cref="Storage.StoryViewCodec"/>).</summary>
    public required byte[] Payload { get; set; }

    public Instant BuiltAt { get; set; }
}
