using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using NodaTime;
using NodaTime.Text;
using TimelineApp.Core.Dates;
using TimelineApp.Core.Documents;
using TimelineApp.Core.Entities;
using TimelineApp.Core.Events;

namespace TimelineApp.Core.Export;

/// <summary>
/// TimelineApp's own JSON for a timeline: documents (with publication time and basis), events (days for
/// calendar precision, offset date-times for instants; <c>end</c> inclusive for days), actors, countries.
/// The CLI's <c>ingest --json</c> and the web export both write it, so the two never drift apart.
/// </summary>
public static class TimelineJsonWriter
{
    public static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, Indented = true };

    public static void Write(
        Utf8JsonWriter w,
        Capture capture,
        string? format,
        IReadOnlyList<NewsDocument> documents,
        IReadOnlyList<TimelineEvent> events,
        IReadOnlyList<Actor> actors,
        IReadOnlyList<Country> countries,
        IReadOnlyList<string>? notes = null)
    {
        ArgumentNullException.ThrowIfNull(w);
        ArgumentNullException.ThrowIfNull(capture);
        var zone = capture.Zone;
        var names = actors.ToDictionary(a => a.Id, a => a.Name, StringComparer.Ordinal);
        w.WriteStartObject();
        w.WriteString("captured", Offset(capture.At, zone));
        w.WriteString("zone", zone.Id);
        if (format is not null)
        {
            w.WriteString("format", format);
        }

        w.WriteStartArray("documents");
        foreach (var d in documents)
        {
            w.WriteStartObject();
            w.WriteNumber("id", d.Index);
            w.WriteString("source", d.Source);
            w.WriteString("title", d.Title);
            w.WriteString("url", d.Url);
            w.WriteString("published", Offset(d.Published.Instant, zone));
            w.WriteString("publishedBasis", d.Published.Basis.ToString());
            w.WriteString("publishedEvidence", d.Published.Evidence);
            Strings(w, "credits", d.Credits);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteStartArray("events");
        foreach (var e in events)
        {
            w.WriteStartObject();
            w.WriteString("id", e.Id);
            bool days = e.Precision >= TimePrecision.Day;
            w.WriteString("start", days ? Day(e.FirstDay) : Offset(e.Start, zone));
            w.WriteString("end", days ? Day(e.LastDay) : Offset(e.End, zone));
            w.WriteString("precision", e.Precision.ToString());
            w.WriteBoolean("vague", e.IsVague);
            w.WriteString("value", e.TimexValue);
            w.WriteString("title", e.Title);
            w.WriteString("evidence", e.Evidence.Count > 0 ? e.Evidence[0].Sentence : string.Empty);
            w.WriteStartArray("sources");
            foreach (var v in e.Evidence)
            {
                w.WriteStartObject();
                w.WriteNumber("document", v.DocumentIndex);
                w.WriteString("sentence", v.Sentence);
                w.WriteString("phrase", v.Phrase);
                if (v.PhraseSpan is { } span)
                {
                    w.WriteNumber("phraseStart", span.Start);
                    w.WriteNumber("phraseEnd", span.End);
                }

                w.WriteString("explanation", v.Explanation);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            Strings(w, "actors", e.ActorIds.Select(id => names.GetValueOrDefault(id, id)));
            Strings(w, "countries", e.CountryCodes);
            Strings(w, "locations", e.Locations);
            w.WriteStartArray("documents");
            foreach (int d in e.DocumentIndexes)
            {
                w.WriteNumberValue(d);
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteStartArray("actors");
        foreach (var a in actors)
        {
            w.WriteStartObject();
            w.WriteString("name", a.Name);
            w.WriteString("kind", a.Kind.ToString());
            w.WriteString("role", a.Role);
            w.WriteString("country", a.CountryCode);
            Strings(w, "aliases", a.Aliases);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteStartArray("countries");
        foreach (var c in countries)
        {
            w.WriteStartObject();
            w.WriteString("code", c.Code);
            w.WriteString("name", c.Name);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        if (notes is { Count: > 0 })
        {
            // Only when there is something to say: what a limit left out of this timeline.
            Strings(w, "notes", notes);
        }

        w.WriteEndObject();
    }

    private static string Offset(Instant instant, DateTimeZone zone) => OffsetDateTimePattern.ExtendedIso.Format(instant.InZone(zone).ToOffsetDateTime());

    private static string Day(LocalDate day) => day.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);

    private static void Strings(Utf8JsonWriter w, string name, IEnumerable<string> values)
    {
        w.WriteStartArray(name);
        foreach (string v in values)
        {
            w.WriteStringValue(v);
        }

        w.WriteEndArray();
    }
}
