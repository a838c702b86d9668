using TimelineApp.Data.Entities;

namespace TimelineApp.Data.Storage;

/// <summary>
/// A story as the timeline page lists it: one entry per story, ready once one of its captures is. Its capture time and
/// zone are those of its latest ready capture (what "now" is for the story); who owns and sees it, those of its captures
/// (they share them).
/// </summary>
public static class StorySummaries
{
    public static DatasetSummary Of(Guid storyId, string name, IReadOnlyList<DatasetSummary> captures)
    {
        ArgumentNullException.ThrowIfNull(captures);
        if (captures.Count == 0)
        {
            throw new ArgumentException("A story has at least one capture.", nameof(captures));
        }

        var ordered = captures.OrderBy(c => c.CapturedAt).ThenBy(c => c.CreatedAt).ToArray();
        var ready = ordered.Where(c => c.Status == DatasetStatus.Ready).ToArray();
        var latest = ready.Length > 0 ? ready[^1] : ordered[^1];
        var first = captures.MinBy(c => c.CreatedAt)!;
        return latest with
        {
            Id = storyId,
            Name = name,
            Status = ready.Length > 0 ? DatasetStatus.Ready : latest.Status,
            CreatedAt = first.CreatedAt,
            DumpHash = string.Empty,
            OwnerId = first.OwnerId,
            Visibility = first.Visibility,
            StoryId = storyId,
            Captures = ordered,
        };
    }
}
