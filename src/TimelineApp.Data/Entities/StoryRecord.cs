using NodaTime;

namespace TimelineApp.Data.Entities;

/// <summary>
/// A story: the captures (uploads, <see cref="DatasetRecord"/>s) of the same pages over time, shown as one timeline.
/// Who owns and who sees it is kept on its captures, which share the story's (a new capture takes them from the story).
/// A dataset from before stories is a story of one capture with the dataset's id and name.
/// </summary>
public sealed class StoryRecord
{
    public Guid Id { get; set; }

    public required string Name { get; set; }

    public Instant CreatedAt { get; set; }

    public List<CorrectionRecord> Corrections { get; set; } = [];
}
