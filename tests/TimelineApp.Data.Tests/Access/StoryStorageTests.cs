using Microsoft.EntityFrameworkCore;
using NodaTime;
using TimelineApp.Core.Corrections;
using TimelineApp.Core.Documents;
using TimelineApp.Core.Stories;
using TimelineApp.Data.Access;
using TimelineApp.Data.Entities;
using TimelineApp.Data.Ingest;
using TimelineApp.Data.Storage;

namespace TimelineApp.Data.Tests.Access;

/// <summary>Stories and their corrections in the database, on SQLite and PostgreSQL: captures join a story, corrections are edits that outlive re-processing, undo keeps the row.</summary>
public sealed class StoryStorageTests
{
    private static readonly DateTimeZone Athens = DateTimeZoneProviders.Tzdb["Europe/Athens"];

    private static Task<Actor> EditorAsync(StorageProvider storage, string name = "eve") => TestAccounts.CreateAsync(storage, name, AccountRole.Editor);

    private static async Task<Guid> CaptureAsync(StorageProvider storage, Actor by, int number, Instant at, Guid? story = null)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var dump = File.OpenRead(Path.Combine(AppContext.BaseDirectory, "TestData", "stories", $"ferry-strike-capture-{number}.txt"));
        var job = await storage.Get<DatasetActions>().UploadAsync(by, dump, $"Ferry strike {number}", new Capture(at, Athens), DatasetVisibility.SignedIn, story, ct);
        Assert.Equal(JobStatus.Succeeded, (await storage.Ingest.ProcessAsync(job.Id, ct)).Status);
        return job.DatasetId;
    }

    [Theory]
    [MemberData(nameof(StorageProvider.Providers), MemberType = typeof(StorageProvider))]
    public async Task TwoCaptures_AreOneStory_WithWhatChanged(string provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var storage = await StorageProvider.CreateAsync(provider);
        var eve = await EditorAsync(storage);
        var story = await CaptureAsync(storage, eve, 1, Instant.FromUtc(2025, 9, 16, 7, 0));
        var second = await CaptureAsync(storage, eve, 2, Instant.FromUtc(2025, 9, 17, 15, 0), story);

        var summary = (await storage.Store.FindStoryAsync(story, ct))!;
        Assert.Equal([story, second], summary.Captures.Select(c => c.Id));
        Assert.Equal(story, (await storage.Store.FindAsync(second, ct))!.StoryId);
        Assert.Single(await storage.Get<DatasetReads>().ListStoriesAsync(eve, ct));

        var timeline = (await storage.Get<StoryTimelines>().LoadAsync(story, ct))!;
        Assert.Equal(6, timeline.Documents.Count);
        Assert.Equal(2, timeline.Story.Changes.Moved);
        Assert.Equal(1, timeline.Story.Changes.Disputed);
        Assert.Equal(Instant.FromUtc(2025, 9, 16, 7, 0), timeline.Story.Changes.Since);
        Assert.Equal(Instant.FromUtc(2025, 9, 17, 15, 0), timeline.Dataset.CapturedAt); // the story's "now" is its latest capture

        // The merge is kept: read again, the same timeline comes from one row; a re-processed capture makes it again.
        await using (var db = await storage.Contexts.CreateDbContextAsync(ct))
        {
            Assert.Equal(1, await db.StoryViews.CountAsync(v => v.StoryId == story, ct));
        }

        var again = (await storage.Get<StoryTimelines>().LoadAsync(story, ct))!;
        Assert.Equal(timeline.Events.Select(e => (e.Id, e.FirstDay, e.Title)), again.Events.Select(e => (e.Id, e.FirstDay, e.Title)));
        Assert.Equal(timeline.Story.Changes, again.Story.Changes);
        Assert.Equal(timeline.Story.Of(timeline.Events.First(e => timeline.Story.Of(e.Id).IsDisputed).Id).Readings, again.Story.Of(timeline.Events.First(e => timeline.Story.Of(e.Id).IsDisputed).Id).Readings);
        string keptFor;
        await using (var db = await storage.Contexts.CreateDbContextAsync(ct))
        {
            keptFor = (await db.StoryViews.SingleAsync(ct)).Inputs;
        }

        var job = await storage.Get<DatasetActions>().ReprocessAsync(eve, second, new Capture(Instant.FromUtc(2025, 9, 17, 16, 0), Athens), ct);
        Assert.Equal(JobStatus.Succeeded, (await storage.Ingest.ProcessAsync(job.Id, ct)).Status);
        var reprocessed = (await storage.Get<StoryTimelines>().LoadAsync(story, ct))!;
        Assert.Equal(Instant.FromUtc(2025, 9, 17, 16, 0), reprocessed.Dataset.CapturedAt);
        await using (var db = await storage.Contexts.CreateDbContextAsync(ct))
        {
            Assert.NotEqual(keptFor, (await db.StoryViews.SingleAsync(ct)).Inputs);
        }

        // Deleting a capture leaves the story; deleting the last one takes the story with it.
        Assert.True(await storage.Get<DatasetActions>().DeleteAsync(eve, second, ct));
        Assert.Single((await storage.Store.FindStoryAsync(story, ct))!.Captures);
        Assert.True(await storage.Get<DatasetActions>().DeleteAsync(eve, story, ct));
        Assert.Null(await storage.Store.FindStoryAsync(story, ct));
        await using var end = await storage.Contexts.CreateDbContextAsync(ct);
        Assert.Equal(0, await end.Stories.CountAsync(ct));
        Assert.Equal(0, await end.StoryViews.CountAsync(ct)); // its kept merge went with it
    }

    [Theory]
    [MemberData(nameof(StorageProvider.Providers), MemberType = typeof(StorageProvider))]
    public async Task Corrections_AreEdits_ThatOutliveReprocessing_AndUndoKeepsTheRow(string provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var storage = await StorageProvider.CreateAsync(provider);
        var eve = await EditorAsync(storage);
        var story = await CaptureAsync(storage, eve, 1, Instant.FromUtc(2025, 9, 16, 7, 0));
        var stories = storage.Get<StoryTimelines>();
        var actions = storage.Get<DatasetActions>();
        var before = (await stories.LoadAsync(story, ct))!;
        var talks = before.Events.Single(e => e.Title.Contains("meet both sides", StringComparison.Ordinal));
        var old = before.Events.Single(e => e.Title.Contains("last general ferry strike", StringComparison.Ordinal));
        var varvaki = before.Actors.Single(a => a.Name == "Eleni Varvaki");
        var kalamaras = before.Actors.Single(a => a.Name == "Stavros Kalamaras");

        Correction[] corrections =
        [
            new() { Kind = CorrectionKind.Date, Event = Anchors.Of(talks, before.Documents), Date = CorrectedDate.Day(new LocalDate(2025, 9, 20)) },
            new() { Kind = CorrectionKind.MergeActors, Actor = Anchors.Of(varvaki), Other = Anchors.Of(kalamaras) },
            new() { Kind = CorrectionKind.Hide, Event = Anchors.Of(old, before.Documents) },
        ];
        var entries = new List<CorrectionEntry>();
        foreach (var c in corrections)
        {
            entries.Add(await actions.CorrectAsync(eve, story, c.Kind.ToString(), CorrectionJson.Serialize(c), c.Kind.ToString(), ct));
        }

        // Re-processed with another capture time: the pipeline's dates move; the corrections are applied again.
        var job = await actions.ReprocessAsync(eve, story, new Capture(Instant.FromUtc(2025, 9, 18, 6, 0), Athens), ct);
        Assert.Equal(JobStatus.Succeeded, (await storage.Ingest.ProcessAsync(job.Id, ct)).Status);
        var after = (await stories.LoadAsync(story, ct))!;

        Assert.Empty(after.Story.Orphaned);
        var moved = after.Events.Single(e => e.Title.Contains("meet both sides", StringComparison.Ordinal));
        Assert.Equal(new LocalDate(2025, 9, 20), moved.FirstDay);
        Assert.Equal("Thu 2025-09-18", Assert.Single(after.Story.Of(moved.Id).Corrections).PipelineValue);
        Assert.DoesNotContain(after.Events, e => e.Title.Contains("last general ferry strike", StringComparison.Ordinal));
        Assert.Single(after.Story.Hidden);
        Assert.DoesNotContain(after.Actors, a => a.Name == "Stavros Kalamaras");

        // Every export carries the corrected values, and leaves the hidden event out.
        foreach (var format in new[] { Export.ExportFormat.Csv, Export.ExportFormat.TimelineJs, Export.ExportFormat.ICalendar, Export.ExportFormat.Json })
        {
            string file = Export.TimelineExporter.Export(after, after.Events, format).Content;
            string corrected = format switch
            {
                Export.ExportFormat.ICalendar => "DTSTART;VALUE=DATE:20250920",
                Export.ExportFormat.TimelineJs => "\"year\":2025,\"month\":9,\"day\":20",
                _ => "2025-09-20",
            };
            Assert.Contains(corrected, System.Text.RegularExpressions.Regex.Replace(file, @"\s", string.Empty), StringComparison.Ordinal);
            Assert.DoesNotContain("last general ferry strike", file, StringComparison.Ordinal);
        }

        // Undo: the row stays, marked; the event comes back.
        Assert.True(await actions.UndoCorrectionAsync(eve, entries[2].Id, ct));
        Assert.False(await actions.UndoCorrectionAsync(eve, entries[2].Id, ct));
        var undone = (await stories.LoadAsync(story, ct))!;
        Assert.Contains(undone.Events, e => e.Title.Contains("last general ferry strike", StringComparison.Ordinal));
        var rows = await storage.Get<CorrectionLog>().ListAsync(story, ct);
        Assert.Equal(3, rows.Count);
        Assert.Equal("eve", rows[2].UndoneBy);
        Assert.Equal(["Correct", "Correct", "Correct", "Undo"], (await storage.Get<AuditLog>().PageAsync(0, 50, ct)).Where(a => a.Action is "Correct" or "Undo").Select(a => a.Action).Reverse());
    }

    [Theory]
    [MemberData(nameof(StorageProvider.Providers), MemberType = typeof(StorageProvider))]
    public async Task AViewer_OrAnotherEditorsPrivateStory_CannotCorrect_AndNothingIsStored(string provider)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var storage = await StorageProvider.CreateAsync(provider);
        var eve = await EditorAsync(storage);
        var ed = await EditorAsync(storage, "ed");
        var vic = await TestAccounts.CreateAsync(storage, "vic", AccountRole.Viewer);
        var story = await CaptureAsync(storage, eve, 1, Instant.FromUtc(2025, 9, 16, 7, 0));
        await storage.Get<DatasetActions>().SetVisibilityAsync(eve, story, DatasetVisibility.Private, ct);
        var hide = CorrectionJson.Serialize(new Correction { Kind = CorrectionKind.Hide, Event = new EventAnchor("doc:x|y", "z", null) });

        foreach (var who in new[] { vic, ed, Actor.Anonymous })
        {
            await Assert.ThrowsAsync<AccessDeniedException>(() => storage.Get<DatasetActions>().CorrectAsync(who, story, "Hide", hide, "hide", ct));
        }

        Assert.Empty(await storage.Get<CorrectionLog>().ListAsync(story, ct));
    }
}
