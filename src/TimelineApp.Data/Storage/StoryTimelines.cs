using TimelineApp.Core.Corrections;
using TimelineApp.Core.Stories;
using TimelineApp.Data.Access;
using TimelineApp.Data.Entities;

namespace TimelineApp.Data.Storage;

/// <summary>
/// Reads a story's timeline: its ready captures, each as stored, merged into one (<see cref="StoryMerger"/>) with the
/// story's corrections applied again on top. A story of one capture with no corrections is that capture as stored
/// (its event ids too, so links made before stories keep working).
/// </summary>
public sealed class StoryTimelines(DatasetStore store, StoryViews views, CorrectionLog corrections)
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
        var timeline = ready.Length == 1
            ? await store.LoadAsync(ready[0].Id, cancellationToken).ConfigureAwait(false) is { } one ? one with { Dataset = story } : null
            : await MergedAsync(story, ready, cancellationToken).ConfigureAwait(false);
        var edits = (await corrections.ListAsync(storyId, cancellationToken).ConfigureAwait(false)).Where(c => c.IsActive).ToList();
        return timeline is null || edits.Count == 0 ? timeline : Corrected(timeline, edits);
    }

    // The merge kept from last time when it was made from these very captures; else every capture is read, merged, and
    // the merge kept for next time.
    private async Task<StoredTimeline?> MergedAsync(DatasetSummary story, DatasetSummary[] ready, CancellationToken cancellationToken)
    {
        string inputs = StoryViewCodec.Inputs(ready);
        var merged = await views.FindAsync(story.Id, inputs, cancellationToken).ConfigureAwait(false);
        if (merged is null)
        {
            var captures = new List<StoryCapture>(ready.Length);
            foreach (var capture in ready)
            {
                // A capture may have been deleted or re-queued since the story was read: it is left out, not an error.
                if (await store.LoadAsync(capture.Id, cancellationToken).ConfigureAwait(false) is { } c)
                {
                    captures.Add(new StoryCapture(c.Dataset.Id, StoredCapture.Read(c.Dataset), c.Documents, c.Events, c.Actors, c.Countries));
                }
            }

            if (captures.Count == 0)
            {
                return null;
            }

            merged = StoryMerger.Merge(captures);
            if (captures.Count == ready.Length)
            {
                await views.SaveAsync(story.Id, inputs, merged, cancellationToken).ConfigureAwait(false);
            }
        }

        return Timeline(story, ready.MaxBy(c => c.CapturedAt)!, merged);
    }

    private static StoredTimeline Timeline(DatasetSummary story, DatasetSummary latest, StoryTimeline merged)
    {
        var standings = merged.Info.ToDictionary(
            i => i.Key,
            i => new EventStanding
            {
                Change = i.Value.Change,
                PreviousDate = i.Value.Previous is { } p ? CorrectionApplier.Days(p.First, p.Last) : null,
                Readings = i.Value.Readings,
            },
            StringComparer.Ordinal);
        var changes = new StoryChanges(
            merged.Info.Values.Count(i => i.Change == EventChange.New),
            merged.Info.Values.Count(i => i.Change == EventChange.Moved),
            merged.Info.Values.Count(i => i.Change == EventChange.NewSources),
            merged.Info.Values.Count(i => i.IsDisputed),
            merged.PreviousCapture);
        var summary = story with
        {
            DocumentCount = merged.Documents.Count,
            EventCount = merged.Events.Count,
            ActorCount = merged.Actors.Count,
            CountryCount = merged.Countries.Count,
        };
        return new StoredTimeline(summary, StoredCapture.Read(latest).Zone, merged.Documents, merged.Events, merged.Actors, merged.Countries)
        {
            Story = new StoryView { Events = standings, Changes = changes },
        };
    }

    // The story's corrections, applied again to what the pipeline made this time; one that cannot be read is an orphan.
    private static StoredTimeline Corrected(StoredTimeline timeline, List<CorrectionEntry> edits)
    {
        var readable = new List<(CorrectionEntry Entry, Correction Correction)>();
        var orphans = new List<Storage.OrphanedCorrection>();
        foreach (var edit in edits)
        {
            try
            {
                readable.Add((edit, CorrectionJson.Deserialize(edit.Payload)));
            }
            catch (FormatException e)
            {
                orphans.Add(new Storage.OrphanedCorrection(edit.Id, edit.Kind, edit.Summary, e.Message, edit.CreatedBy, edit.CreatedAt));
            }
        }

        var applied = CorrectionApplier.Apply(timeline.Documents, timeline.Events, timeline.Actors, [.. readable.Select(r => r.Correction)], timeline.Zone);
        Storage.AppliedCorrection Shown(Core.Corrections.AppliedCorrection a)
        {
            var entry = readable[a.Index].Entry;
            return new Storage.AppliedCorrection(entry.Id, entry.Kind, entry.Summary, a.PipelineValue, entry.CreatedBy, entry.CreatedAt);
        }

        var standings = new Dictionary<string, EventStanding>(timeline.Story.Events, StringComparer.Ordinal);
        foreach (var (id, list) in applied.ByEvent)
        {
            standings[id] = timeline.Story.Of(id) with
            {
                Corrections = [.. list.Where(a => readable[a.Index].Correction.Kind != CorrectionKind.Note).Select(Shown)],
                Notes = applied.Notes.GetValueOrDefault(id, []),
            };
        }

        orphans.AddRange(applied.Orphaned.Select(o => readable[o.Index].Entry).Zip(applied.Orphaned,
            (entry, o) => new Storage.OrphanedCorrection(entry.Id, entry.Kind, entry.Summary, o.Reason, entry.CreatedBy, entry.CreatedAt)));
        return new StoredTimeline(timeline.Dataset with { EventCount = applied.Events.Count, ActorCount = applied.Actors.Count },
            timeline.Zone, timeline.Documents, applied.Events, applied.Actors, timeline.Countries)
        {
            Story = timeline.Story with
            {
                Events = standings,
                Actors = applied.ByActor.ToDictionary(p => p.Key, p => (IReadOnlyList<Storage.AppliedCorrection>)[.. p.Value.Select(Shown)], StringComparer.Ordinal),
                Hidden = [.. applied.Hidden.Select(h => (h.Event, Shown(h.By)))],
                Orphaned = [.. orphans.OrderBy(o => o.Id)],
            },
        };
    }

}
