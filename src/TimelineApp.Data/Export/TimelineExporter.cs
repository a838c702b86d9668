using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using CsvHelper;
using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;
using NodaTime;
using TimelineApp.Core.Dates;
using TimelineApp.Core.Documents;
using TimelineApp.Core.Events;
using TimelineApp.Core.Export;
using TimelineApp.Data.Storage;

namespace TimelineApp.Data.Export;

/// <summary>
/// Writes the events a viewer is looking at (after filters) in one of the <see cref="ExportFormat"/>s.
/// Dates stay calendar dates (all-day in iCalendar, year/month/day in TimelineJS), instants stay instants.
/// </summary>
public static class TimelineExporter
{
    public static ExportFile Export(StoredTimeline timeline, IReadOnlyList<TimelineEvent> events, ExportFormat format)
    {
        ArgumentNullException.ThrowIfNull(timeline);
        ArgumentNullException.ThrowIfNull(events);
        string stem = FileStem(timeline.Dataset.Name);
        return format switch
        {
            ExportFormat.Json => new($"{stem}.json", "application/json", Json(timeline, events)),
            ExportFormat.TimelineJs => new($"{stem}.timelinejs.json", "application/json", TimelineJs(timeline, events)),
            ExportFormat.Csv => new($"{stem}.csv", "text/csv", Csv(timeline, events)),
            ExportFormat.ICalendar => new($"{stem}.ics", "text/calendar", ICalendar(timeline, events)),
            _ => throw new ArgumentOutOfRangeException(nameof(format)),
        };
    }

    public static string Json(StoredTimeline timeline, IReadOnlyList<TimelineEvent> events)
    {
        ArgumentNullException.ThrowIfNull(timeline);
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer, TimelineJsonWriter.Options))
        {
            var used = events.SelectMany(e => e.ActorIds).ToHashSet(StringComparer.Ordinal);
            var codes = events.SelectMany(e => e.CountryCodes).ToHashSet(StringComparer.Ordinal);
            TimelineJsonWriter.Write(
                w,
                new Capture(timeline.Dataset.CapturedAt, timeline.Zone),
                format: null,
                timeline.Documents,
                events,
                [.. timeline.Actors.Where(a => used.Contains(a.Id))],
                [.. timeline.Countries.Where(c => codes.Contains(c.Code))]);
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    /// <summary>
    /// TimelineJS's JSON format. TimelineJS renders headline and text as HTML, so every piece of dump
    /// text is HTML-encoded here: a dump's "&lt;script&gt;" stays text in TimelineJS too.
    /// </summary>
    public static string TimelineJs(StoredTimeline timeline, IReadOnlyList<TimelineEvent> events)
    {
        ArgumentNullException.ThrowIfNull(timeline);
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            w.WriteStartObject();
            w.WriteStartObject("title");
            w.WriteStartObject("text");
            w.WriteString("headline", WebUtility.HtmlEncode(timeline.Dataset.Name));
            w.WriteString("text", WebUtility.HtmlEncode($"{events.Count} events, captured {timeline.Dataset.CapturedAt.InZone(timeline.Zone):uuuu-MM-dd HH:mm} ({timeline.Zone.Id})"));
            w.WriteEndObject();
            w.WriteEndObject();
            w.WriteStartArray("events");
            foreach (var e in events)
            {
                w.WriteStartObject();
                w.WriteString("unique_id", e.Id);
                TimelineJsDate(w, "start_date", e, e.Precision >= TimePrecision.Day ? e.FirstDay.AtMidnight() : e.Start.InZone(timeline.Zone).LocalDateTime, e.Precision);
                if (e.FirstDay != e.LastDay)
                {
                    TimelineJsDate(w, "end_date", e, e.LastDay.AtMidnight(), TimePrecision.Day);
                }

                w.WriteStartObject("text");
                w.WriteString("headline", WebUtility.HtmlEncode(e.Title));
                w.WriteString("text", WebUtility.HtmlEncode(string.Join(" ", e.Evidence.Select(v => v.Sentence))));
                w.WriteEndObject();
                if (e.CountryCodes.Count > 0)
                {
                    w.WriteString("group", e.CountryCodes[0]);
                }

                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    public static string Csv(StoredTimeline timeline, IReadOnlyList<TimelineEvent> events)
    {
        ArgumentNullException.ThrowIfNull(timeline);
        var names = timeline.Actors.ToDictionary(a => a.Id, a => a.Name, StringComparer.Ordinal);
        var sources = timeline.Documents.ToDictionary(d => d.Index, d => d.Source ?? "main article");
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        using (var csv = CsvWriter.Create(writer, new CsvWriterOptions(), leaveOpen: true))
        {
            csv.WriteRecord(["id", "start", "end", "precision", "vague", "value", "title", "evidence", "actors", "countries", "sources"]);
            foreach (var e in events)
            {
                bool days = e.Precision >= TimePrecision.Day;
                csv.WriteRecord(
                [
                    e.Id,
                    days ? e.FirstDay.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture) : e.Start.ToString(),
                    days ? e.LastDay.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture) : e.End.ToString(),
                    e.Precision.ToString(),
                    e.IsVague ? "true" : "false",
                    e.TimexValue,
                    NeutralizeFormula(e.Title),
                    NeutralizeFormula(e.Evidence.Count > 0 ? e.Evidence[0].Sentence : string.Empty),
                    string.Join("; ", e.ActorIds.Select(a => names.GetValueOrDefault(a, a))),
                    string.Join("; ", e.CountryCodes),
                    string.Join("; ", e.DocumentIndexes.Select(d => sources.GetValueOrDefault(d, "?"))),
                ]);
            }
        }

        return writer.ToString();
    }

    public static string ICalendar(StoredTimeline timeline, IReadOnlyList<TimelineEvent> events)
    {
        ArgumentNullException.ThrowIfNull(timeline);
        var calendar = new Ical.Net.Calendar();
        calendar.AddProperty("X-WR-CALNAME", timeline.Dataset.Name);
        foreach (var e in events)
        {
            var item = new CalendarEvent
            {
                Uid = $"{e.Id}@{timeline.Dataset.Id:N}.timelineapp",
                Summary = e.Title,
                Description = string.Join("\n\n", e.Evidence.Select(v => $"{v.Sentence}\n({v.Explanation})")),
            };
            if (e.Precision >= TimePrecision.Day)
            {
                // All-day: calendar dates, never shifted by a zone.
                item.DtStart = new CalDateTime(e.FirstDay.ToDateOnly());
                item.DtEnd = new CalDateTime(e.LastDay.PlusDays(1).ToDateOnly());
            }
            else
            {
                item.DtStart = new CalDateTime(e.Start.ToDateTimeUtc(), "UTC");
                item.DtEnd = new CalDateTime((e.End > e.Start ? e.End : e.Start + NodaTime.Duration.FromMinutes(30)).ToDateTimeUtc(), "UTC");
            }

            calendar.Events.Add(item);
        }

        return new CalendarSerializer().SerializeToString(calendar) ?? string.Empty;
    }

    private static void TimelineJsDate(Utf8JsonWriter w, string name, TimelineEvent e, LocalDateTime at, TimePrecision precision)
    {
        w.WriteStartObject(name);
        w.WriteNumber("year", at.Year);
        if (precision <= TimePrecision.Month)
        {
            w.WriteNumber("month", at.Month);
        }

        if (precision <= TimePrecision.Week)
        {
            w.WriteNumber("day", at.Day);
        }

        if (precision <= TimePrecision.PartOfDay)
        {
            w.WriteNumber("hour", at.Hour);
            w.WriteNumber("minute", at.Minute);
        }

        w.WriteString("display_date", e.TimexValue);
        w.WriteEndObject();
    }

    // A cell starting with =, +, - or @ is run as a formula by spreadsheets; a leading apostrophe keeps it text.
    public static string NeutralizeFormula(string value) =>
        value.Length > 0 && value[0] is '=' or '+' or '-' or '@' ? "'" + value : value;

    private static string FileStem(string name)
    {
        var stem = new string([.. name.Select(c => char.IsLetterOrDigit(c) || c is '-' or '_' ? c : '-')]).Trim('-');
        return stem.Length == 0 ? "timeline" : stem[..Math.Min(stem.Length, 60)];
    }
}
