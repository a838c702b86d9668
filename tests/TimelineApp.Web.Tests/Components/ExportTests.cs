using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using TimelineApp.Data.Export;
using TimelineApp.Web.Services;
using TimelineApp.Web.Tests.Support;

namespace TimelineApp.Web.Tests.Components;

public sealed class ExportTests : TimelineTestContext
{
    private async Task<TimelineApp.Data.Storage.StoredTimeline> LoadAsync(string dump)
    {
        var id = await IngestAsync(dump);
        return (await Services.GetRequiredService<TimelineCache>().GetAsync(id))!;
    }

    [Fact]
    public async Task Json_HoldsTheFilteredEventsOnly()
    {
        var timeline = await LoadAsync(Fixtures.Dump);
        var some = timeline.Events.Take(2).ToList();

        var json = JsonDocument.Parse(TimelineExporter.Export(timeline, some, ExportFormat.Json).Content).RootElement;

        Assert.Equal(some.Select(e => e.Id), json.GetProperty("events").EnumerateArray().Select(e => e.GetProperty("id").GetString()));
        Assert.Equal(2, json.GetProperty("documents").GetArrayLength());
    }

    [Fact]
    public async Task TimelineJs_EncodesDumpTextBecauseTimelineJsRendersHtml()
    {
        var timeline = await LoadAsync(Fixtures.HostileDump);

        string content = TimelineExporter.Export(timeline, timeline.Events, ExportFormat.TimelineJs).Content;
        var events = JsonDocument.Parse(content).RootElement.GetProperty("events");

        Assert.DoesNotContain("<img", content, StringComparison.Ordinal);
        Assert.Contains(events.EnumerateArray(), e => e.GetProperty("text").GetProperty("text").GetString()!.Contains("&lt;img", StringComparison.Ordinal));
        Assert.All(events.EnumerateArray(), e => Assert.True(e.GetProperty("start_date").GetProperty("year").GetInt32() > 2000));
    }

    [Fact]
    public async Task ICalendar_UsesAllDayEventsForDates()
    {
        var timeline = await LoadAsync(Fixtures.Dump);
        var saturday = timeline.Events.Where(e => e.Evidence[0].Sentence.Contains("on Saturday", StringComparison.Ordinal)).ToList();

        string ics = TimelineExporter.Export(timeline, saturday, ExportFormat.ICalendar).Content;

        Assert.Contains("BEGIN:VCALENDAR", ics, StringComparison.Ordinal);
        Assert.Contains("DTSTART;VALUE=DATE:20250712", ics, StringComparison.Ordinal);
        Assert.Contains("DTEND;VALUE=DATE:20250713", ics, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Csv_HasOneRowPerEventAndDefusesFormulas()
    {
        var timeline = await LoadAsync("\nA headline here\n=HYPERLINK(\"http://x\") was posted on Saturday by officials.\n");

        string csv = TimelineExporter.Export(timeline, timeline.Events, ExportFormat.Csv).Content;
        var lines = csv.Split('\n', StringSplitOptions.RemoveEmptyEntries);

        Assert.StartsWith("id,start,end,precision", lines[0], StringComparison.Ordinal);
        Assert.Equal(timeline.Events.Count + 1, lines.Length);
        Assert.DoesNotContain(",=HYPERLINK", csv, StringComparison.Ordinal);
        Assert.DoesNotContain(",\"=HYPERLINK", csv, StringComparison.Ordinal);
    }
}
