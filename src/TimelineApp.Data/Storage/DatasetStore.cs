using Microsoft.EntityFrameworkCore;
using NodaTime;
using TimelineApp.Core.Documents;
using TimelineApp.Core.Entities;
using TimelineApp.Core.Events;
using TimelineApp.Core.Pipeline;
using TimelineApp.Core.Text;
using TimelineApp.Data.Entities;

namespace TimelineApp.Data.Storage;

/// <summary>
/// Reads and writes datasets. A pipeline result is written in one transaction together with the status
/// change that makes the dataset visible, so a dataset is either complete or absent from the timeline.
/// </summary>
public sealed class DatasetStore(IDbContextFactory<TimelineDbContext> contexts, IClock clock)
{
    public async Task<IReadOnlyList<DatasetSummary>> ListAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var rows = await db.Datasets.AsNoTracking().ToListAsync(cancellationToken).ConfigureAwait(false);
        return [.. rows.OrderByDescending(d => d.CreatedAt).Select(ToSummary)];
    }

    public async Task<DatasetSummary?> FindAsync(Guid id, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var row = await db.Datasets.AsNoTracking().FirstOrDefaultAsync(d => d.Id == id, cancellationToken).ConfigureAwait(false);
        return row is null ? null : ToSummary(row);
    }

    /// <summary>Every story with its captures, newest first.</summary>
    public async Task<IReadOnlyList<DatasetSummary>> ListStoriesAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var names = await db.Stories.AsNoTracking().ToDictionaryAsync(st => st.Id, st => st.Name, cancellationToken).ConfigureAwait(false);
        var rows = await db.Datasets.AsNoTracking().ToListAsync(cancellationToken).ConfigureAwait(false);
        return [.. rows.GroupBy(d => d.StoryId)
            .Select(g => StorySummaries.Of(g.Key, names.GetValueOrDefault(g.Key, g.First().Name), [.. g.Select(ToSummary)]))
            .OrderByDescending(st => st.Captures.Max(c => c.CreatedAt))];
    }

    /// <summary>A story with its captures, or null when there is none.</summary>
    public async Task<DatasetSummary?> FindStoryAsync(Guid storyId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var story = await db.Stories.AsNoTracking().FirstOrDefaultAsync(st => st.Id == storyId, cancellationToken).ConfigureAwait(false);
        var rows = await db.Datasets.AsNoTracking().Where(d => d.StoryId == storyId).ToListAsync(cancellationToken).ConfigureAwait(false);
        return story is null || rows.Count == 0 ? null : StorySummaries.Of(storyId, story.Name, [.. rows.Select(ToSummary)]);
    }

    /// <summary>The story of a dataset, or null when the dataset does not exist.</summary>
    public async Task<Guid?> StoryOfAsync(Guid datasetId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        return await db.Datasets.AsNoTracking().Where(d => d.Id == datasetId).Select(d => (Guid?)d.StoryId).FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The captures of a story, oldest first (empty when there is no such story).</summary>
    public async Task<IReadOnlyList<DatasetSummary>> CapturesOfAsync(Guid storyId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var rows = await db.Datasets.AsNoTracking().Where(d => d.StoryId == storyId).ToListAsync(cancellationToken).ConfigureAwait(false);
        return [.. rows.OrderBy(d => d.CreatedAt).ThenBy(d => d.Id).Select(ToSummary)];
    }

    public async Task<bool> RenameAsync(Guid id, string name, CancellationToken cancellationToken = default)
    {
        string clean = DatasetNames.Clean(name);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        // A story is named after its first capture: renaming that capture renames the story.
        await db.Stories.Where(st => st.Id == id).ExecuteUpdateAsync(s => s.SetProperty(st => st.Name, clean), cancellationToken).ConfigureAwait(false);
        return await db.Datasets.Where(d => d.Id == id)
            .ExecuteUpdateAsync(s => s.SetProperty(d => d.Name, clean), cancellationToken).ConfigureAwait(false) == 1;
    }

    public async Task<bool> SetVisibilityAsync(Guid id, DatasetVisibility visibility, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        // One story, one audience: every capture of the dataset's story changes with it.
        var story = await db.Datasets.Where(d => d.Id == id).Select(d => (Guid?)d.StoryId).FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        return story is { } storyId && await db.Datasets.Where(d => d.StoryId == storyId)
            .ExecuteUpdateAsync(s => s.SetProperty(d => d.Visibility, visibility), cancellationToken).ConfigureAwait(false) > 0;
    }

    /// <summary>Deletes a dataset with everything derived from it; the dump stays while another dataset uses it.</summary>
    public async Task<bool> DeleteAsync(Guid id, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using var tx = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        var dataset = await db.Datasets.FirstOrDefaultAsync(d => d.Id == id, cancellationToken).ConfigureAwait(false);
        if (dataset is null)
        {
            return false;
        }

        await db.IngestJobs.Where(j => j.DatasetId == id).ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false);
        await DeleteContentAsync(db, id, cancellationToken).ConfigureAwait(false);
        db.Datasets.Remove(dataset);
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        if (!await db.Datasets.AnyAsync(d => d.StoryId == dataset.StoryId, cancellationToken).ConfigureAwait(false))
        {
            // Its last capture: the story goes too, with its corrections.
            await db.Stories.Where(st => st.Id == dataset.StoryId).ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false);
        }
        if (!await db.Datasets.AnyAsync(d => d.DumpHash == dataset.DumpHash, cancellationToken).ConfigureAwait(false))
        {
            await db.Dumps.Where(d => d.Hash == dataset.DumpHash).ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false);
        }

        await tx.CommitAsync(cancellationToken).ConfigureAwait(false);
        return true;
    }

    /// <summary>Replaces a dataset's content with a pipeline result and marks it ready, in one transaction.</summary>
    /// <param name="datasetId">The dataset.</param>
    /// <param name="result">The pipeline's result.</param>
    /// <param name="first">Runs first inside the transaction (the ingest layer marks its job succeeded there, conditional on
    /// its lease, and throws when the job is gone), so a cancelled or deleted job's result is never written.</param>
    /// <param name="cancellationToken">Cancels the save; the transaction rolls back.</param>
    public async Task SaveResultAsync(Guid datasetId, TimelineResult result, Func<TimelineDbContext, CancellationToken, Task>? first = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(result);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using var tx = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        if (first is not null)
        {
            await first(db, cancellationToken).ConfigureAwait(false);
        }

        var dataset = await db.Datasets.FirstOrDefaultAsync(d => d.Id == datasetId, cancellationToken).ConfigureAwait(false)
            ?? throw new InvalidOperationException("The dataset was deleted before its result could be saved.");
        await DeleteContentAsync(db, datasetId, cancellationToken).ConfigureAwait(false);

        var actors = result.Actors.Select(a => new ActorRecord
        {
            DatasetId = datasetId,
            Key = a.Id,
            Name = a.Name,
            Kind = a.Kind,
            Role = a.Role,
            CountryCode = a.CountryCode,
            Aliases = string.Join('\n', a.Aliases),
        }).ToList();
        db.Actors.AddRange(actors);
        db.DatasetCountries.AddRange(result.Countries.Select(c => new DatasetCountryRecord { DatasetId = datasetId, Code = c.Code, Name = c.Name }));
        db.Documents.AddRange(result.Documents.Select(d => d.Document).Select(d => new DocumentRecord
        {
            DatasetId = datasetId,
            Index = d.Index,
            Source = d.Source,
            Title = d.Title,
            Body = d.Body,
            PublishedAt = d.Published.Instant,
            PublishedBasis = d.Published.Basis,
            PublishedEvidence = d.Published.Evidence,
            PublishedDateOnly = d.Published.IsDateOnly,
            Credits = string.Join('\n', d.Credits),
            Url = d.Url,
        }));
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);

        var actorIds = actors.ToDictionary(a => a.Key, a => a.Id, StringComparer.Ordinal);
        db.Events.AddRange(result.Events.Select(e => new EventRecord
        {
            DatasetId = datasetId,
            Key = e.Id,
            Start = e.Start,
            End = e.End,
            FirstDay = e.FirstDay,
            LastDay = e.LastDay,
            Precision = e.Precision,
            IsVague = e.IsVague,
            TimexValue = e.TimexValue,
            Title = e.Title,
            Evidence = e.Evidence[0].Sentence,
            Locations = string.Join('\n', e.Locations),
            Sources = [.. e.Evidence.Select(v => new EventSourceRecord
            {
                DocumentIndex = v.DocumentIndex,
                Sentence = v.Sentence,
                PhraseStart = v.PhraseSpan?.Start,
                PhraseEnd = v.PhraseSpan?.End,
                Phrase = v.Phrase,
                Explanation = v.Explanation,
            })],
            // The links carry the event's dataset and start (for EventPages' index ranges); they are only ever written
            // here, together with their event, and replaced with it on re-processing.
            Actors = [.. e.ActorIds.Distinct().Where(actorIds.ContainsKey).Select(a => new EventActorRecord { ActorId = actorIds[a], DatasetId = datasetId, Start = e.Start })],
            Countries = [.. e.CountryCodes.Distinct().Select(c => new EventCountryRecord { CountryCode = c, DatasetId = datasetId, Start = e.Start })],
        }));

        dataset.Status = DatasetStatus.Ready;
        dataset.Error = null;
        dataset.Notes = result.Notes.Count == 0 ? null : string.Join('\n', result.Notes.Select(n => n.ReplaceLineEndings(" ")));
        dataset.Format = result.Format.ToString();
        dataset.CompletedAt = clock.GetCurrentInstant();
        StoredCapture.Write(dataset, result.Capture);
        dataset.DocumentCount = result.Documents.Count;
        dataset.EventCount = result.Events.Count;
        dataset.ActorCount = result.Actors.Count;
        dataset.CountryCount = result.Countries.Count;
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        await tx.CommitAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Reads a ready dataset back in full, or null when it does not exist or is not ready.</summary>
    public async Task<StoredTimeline?> LoadAsync(Guid id, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var dataset = await db.Datasets.AsNoTracking().FirstOrDefaultAsync(d => d.Id == id && d.Status == DatasetStatus.Ready, cancellationToken).ConfigureAwait(false);
        if (dataset is null)
        {
            return null;
        }

        var zone = StoredCapture.Read(dataset).Zone;
        var documents = await db.Documents.AsNoTracking().Where(d => d.DatasetId == id).OrderBy(d => d.Index).ToListAsync(cancellationToken).ConfigureAwait(false);
        var actors = await db.Actors.AsNoTracking().Where(a => a.DatasetId == id).ToListAsync(cancellationToken).ConfigureAwait(false);
        var countries = await db.DatasetCountries.AsNoTracking().Where(c => c.DatasetId == id).OrderBy(c => c.Name).ToListAsync(cancellationToken).ConfigureAwait(false);
        var events = await db.Events.AsNoTracking().AsSplitQuery().Where(e => e.DatasetId == id)
            .Include(e => e.Sources).Include(e => e.Actors).Include(e => e.Countries)
            .OrderBy(e => e.Start).ThenBy(e => e.Key).ToListAsync(cancellationToken).ConfigureAwait(false);

        var actorKeys = actors.ToDictionary(a => a.Id, a => a.Key);
        return new StoredTimeline(
            ToSummary(dataset),
            zone,
            [.. documents.Select(d => new NewsDocument(
                d.Index, d.Source, d.Title, d.Body,
                new PublicationTime(d.PublishedAt, d.PublishedBasis, d.PublishedEvidence, d.PublishedDateOnly),
                Lines(d.Credits), d.Url))],
            [.. events.Select(e => new TimelineEvent(
                e.Key, e.Start, e.End, e.FirstDay, e.LastDay, e.Precision, e.IsVague, e.TimexValue, e.Title,
                [.. e.Sources.OrderBy(s => s.Id).Select(s => new EventEvidence(
                    s.DocumentIndex, s.Sentence,
                    s.PhraseStart is { } ps && s.PhraseEnd is { } pe ? new TextSpan(ps, pe) : null,
                    s.Phrase, s.Explanation))],
                [.. e.Actors.Select(a => actorKeys[a.ActorId])],
                [.. e.Countries.Select(c => c.CountryCode)],
                Lines(e.Locations),
                [.. e.Sources.Select(s => s.DocumentIndex).Distinct()]))],
            [.. actors.OrderBy(a => a.Name, StringComparer.Ordinal).Select(a => new Actor(a.Key, a.Name, a.Kind, a.Role, a.CountryCode, Lines(a.Aliases)))],
            [.. countries.Select(c => new Country(c.Code, c.Name))]);
    }

    private static async Task DeleteContentAsync(TimelineDbContext db, Guid id, CancellationToken cancellationToken)
    {
        var eventIds = db.Events.Where(e => e.DatasetId == id).Select(e => e.Id);
        await db.EventSources.Where(s => eventIds.Contains(s.EventId)).ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false);
        await db.EventActors.Where(s => eventIds.Contains(s.EventId)).ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false);
        await db.EventCountries.Where(s => eventIds.Contains(s.EventId)).ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false);
        await db.Events.Where(e => e.DatasetId == id).ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false);
        await db.Actors.Where(e => e.DatasetId == id).ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false);
        await db.DatasetCountries.Where(e => e.DatasetId == id).ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false);
        await db.Documents.Where(e => e.DatasetId == id).ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false);
    }

    private static string[] Lines(string value) => value.Length == 0 ? [] : value.Split('\n');

    internal static DatasetSummary ToSummary(DatasetRecord d) => new(
        d.Id, d.Name, d.CapturedAt, d.ZoneId, d.Status, d.CreatedAt, d.Error, d.DocumentCount, d.EventCount, d.ActorCount, d.CountryCount, d.DumpHash)
    {
        Notes = d.Notes is { Length: > 0 } notes ? notes.Split('\n') : [],
        OwnerId = d.OwnerId,
        Visibility = d.Visibility,
        StoryId = d.StoryId,
        CompletedAt = d.CompletedAt,
    };
}
