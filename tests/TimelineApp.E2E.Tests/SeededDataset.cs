using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using TimelineApp.Core.Dates;
using TimelineApp.Core.Documents;
using TimelineApp.Core.Entities;
using TimelineApp.Core.Events;
using TimelineApp.Core.Pipeline;
using TimelineApp.Data;
using TimelineApp.Data.Entities;
using TimelineApp.Data.Storage;

namespace TimelineApp.E2E.Tests;

/// <summary>
/// Puts a hand-made timeline straight into the running app's store, for browser tests that need a shape the
/// pipeline would only give by chance (six events on one day, events without a country).
/// </summary>
internal static class SeededDataset
{
    public static readonly Instant Capture = Instant.FromUtc(2025, 7, 14, 15, 0);

    public static Task<Guid> AddAsync(IServiceProvider services, string name, IReadOnlyList<TimelineEvent> events, IReadOnlyList<Country>? countries = null)
    {
        var document = new NewsDocument(0, "Wire", "Headline", "Body.", new PublicationTime(Capture, PublicationBasis.Explicit, "stated"), []);
        return AddResultAsync(services, name, new TimelineResult(new Capture(Capture, DateTimeZone.Utc), DumpFormat.JsonArticles, [new DocumentTimes(document, [])], events, [], countries ?? []));
    }

    /// <summary>Stores a pipeline's result as a ready dataset, as the ingest worker would.</summary>
    public static async Task<Guid> AddResultAsync(IServiceProvider services, string name, TimelineResult result)
    {
        var id = Guid.NewGuid();
        await using (var db = await services.GetRequiredService<IDbContextFactory<TimelineDbContext>>().CreateDbContextAsync())
        {
            db.Stories.Add(new StoryRecord { Id = id, Name = name });
            db.Datasets.Add(new DatasetRecord { Id = id, StoryId = id, Name = name, ZoneId = result.Capture.Zone.Id, CapturedAt = result.Capture.At, DumpHash = "seeded-" + id.ToString("N"), Status = DatasetStatus.Processing });
            await db.SaveChangesAsync();
        }

        await services.GetRequiredService<DatasetStore>().SaveResultAsync(id, result);
        return id;
    }

    /// <summary>An event over one whole day in UTC.</summary>
    public static TimelineEvent Day(string id, LocalDate day, string title, params string[] countries) => new(
        id,
        day.AtStartOfDayInZone(DateTimeZone.Utc).ToInstant(),
        day.PlusDays(1).AtStartOfDayInZone(DateTimeZone.Utc).ToInstant(),
        day, day, TimePrecision.Day, false, NodaTime.Text.LocalDatePattern.Iso.Format(day), title,
        [new EventEvidence(0, title + ".", new TimelineApp.Core.Text.TextSpan(0, 1), "x", "seeded")], [], countries, [], [0]);
}
