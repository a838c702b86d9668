using NodaTime;

namespace TimelineApp.Data.Entities;

/// <summary>
/// One correction a person made to a story's timeline, stored as an edit: what (its kind, and the correction with the
/// anchor it is keyed to, as JSON: a document and evidence sentence, or an actor's names, never a row id), the value
/// the pipeline gave when it was made, who and when. It is applied again after every processing; undoing it keeps the
/// row, marked undone.
/// </summary>
public sealed class CorrectionRecord
{
    public long Id { get; set; }

    public Guid StoryId { get; set; }

    /// <summary>date, title, hide, note, merge-actors, split-alias, actor-country.</summary>
    public required string Kind { get; set; }

    /// <summary>The correction (anchor and new value) as versioned JSON (<c>CorrectionJson</c>).</summary>
    public required string Payload { get; set; }

    /// <summary>What it changed, in words, with the pipeline's value ("date: Sat 2025-07-12 -> Sun 2025-07-13").</summary>
    public required string Summary { get; set; }

    public Instant CreatedAt { get; set; }

    public Guid? CreatedById { get; set; }

    public required string CreatedByName { get; set; }

    public Instant? UndoneAt { get; set; }

    public string? UndoneByName { get; set; }
}
