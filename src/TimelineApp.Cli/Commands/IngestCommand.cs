using System.CommandLine;
using System.Text.Json;
using NodaTime;
using TimelineApp.Core.Documents;
using TimelineApp.Core.Pipeline;

namespace TimelineApp.Cli.Commands;

/// <summary><c>ingest</c>: a dump through the whole pipeline, printed as JSON or stored as a dataset.</summary>
internal static class IngestCommand
{
    public static Command Create()
    {
        var captured = new Option<string?>("--captured") { Description = "When the dump was captured: an ISO date-time with offset (2025-07-14T15:00:00Z). Relative ages (\"3 hours ago\") count back from it." };
        var zone = new Option<string?>("--zone") { Description = "The uploader's tzdb time zone (default UTC); local phrases such as \"late Sunday\" are read in it." };
        var json = new Option<bool>("--json") { Description = "Print the documents, events, actors and countries as one JSON object instead of storing a dataset." };
        var name = new Option<string?>("--name") { Description = "Dataset name when storing (default: the file name)." };
        var file = new Argument<string>("dump") { Description = "The dump file (plain-text page scrape, JSON array or JSON Lines of articles), or - for standard input." };
        var command = new Command("ingest", "Process a dump: documents, resolved dates, events, actors and countries. Stores a dataset in the app's database unless --json is given.")
        {
            captured, zone, json, name, file,
        };
        command.SetAction(parse =>
        {
            var tz = CliInput.Zone(parse.GetValue(zone));
            var capturedAt = CliInput.Moment(parse.GetValue(captured), tz, "--captured").ToInstant();
            string path = parse.GetValue(file)!;
            byte[] bytes = CliInput.ReadInput(path);
            var capture = new Capture(capturedAt, tz);
            if (parse.GetValue(json))
            {
                var result = TimelinePipeline.CreateDefault().Process(bytes, capture);
                using var stdout = Console.OpenStandardOutput();
                using var w = new Utf8JsonWriter(stdout, JsonOutput.Options with { Indented = true });
                WriteResult(w, result, tz);
                return 0;
            }

            return DatasetIngest.Store(bytes, capture, parse.GetValue(name) ?? Path.GetFileName(path));
        });
        return command;
    }

    internal static void WriteResult(Utf8JsonWriter w, TimelineResult result, DateTimeZone zone)
    {
        w.WriteStartObject();
        w.WriteString("captured", JsonOutput.Offset(result.Capture.At, zone));
        w.WriteString("zone", zone.Id);
        w.WriteString("format", result.Format.ToString());
        w.WriteStartArray("documents");
        foreach (var d in result.Documents.Select(x => x.Document))
        {
            w.WriteStartObject();
            w.WriteNumber("id", d.Index);
            w.WriteString("source", d.Source);
            w.WriteString("title", d.Title);
            w.WriteString("published", JsonOutput.Offset(d.Published.Instant, zone));
            w.WriteString("publishedBasis", d.Published.Basis.ToString());
            w.WriteString("publishedEvidence", d.Published.Evidence);
            w.WriteStartArray("credits");
            d.Credits.ToList().ForEach(w.WriteStringValue);
            w.WriteEndArray();
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteStartArray("events");
        foreach (var e in result.Events)
        {
            w.WriteStartObject();
            w.WriteString("id", e.Id);
            bool dateOnly = e.Precision >= Core.Dates.TimePrecision.Day;
            w.WriteString("start", dateOnly ? JsonOutput.Date(e.FirstDay) : JsonOutput.Offset(e.Start, zone));
            w.WriteString("end", dateOnly ? JsonOutput.Date(e.LastDay) : JsonOutput.Offset(e.End, zone));
            w.WriteString("precision", e.Precision.ToString());
            w.WriteBoolean("vague", e.IsVague);
            w.WriteString("value", e.TimexValue);
            w.WriteString("title", e.Title);
            w.WriteString("evidence", e.Evidence[0].Sentence);
            w.WriteStartArray("evidenceAll");
            foreach (var ev in e.Evidence)
            {
                w.WriteStartObject();
                w.WriteNumber("document", ev.DocumentIndex);
                w.WriteString("sentence", ev.Sentence);
                w.WriteString("phrase", ev.Phrase);
                w.WriteString("explanation", ev.Explanation);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            WriteStrings(w, "actors", e.ActorIds.Select(id => result.Actors.FirstOrDefault(a => a.Id == id)?.Name ?? id));
            WriteStrings(w, "countries", e.CountryCodes);
            WriteStrings(w, "locations", e.Locations);
            w.WriteStartArray("documents");
            e.DocumentIndexes.ToList().ForEach(w.WriteNumberValue);
            w.WriteEndArray();
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteStartArray("actors");
        foreach (var a in result.Actors)
        {
            w.WriteStartObject();
            w.WriteString("name", a.Name);
            w.WriteString("kind", a.Kind.ToString());
            w.WriteString("role", a.Role);
            w.WriteString("country", a.CountryCode);
            WriteStrings(w, "aliases", a.Aliases);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteStartArray("countries");
        foreach (var c in result.Countries)
        {
            w.WriteStartObject();
            w.WriteString("code", c.Code);
            w.WriteString("name", c.Name);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void WriteStrings(Utf8JsonWriter w, string name, IEnumerable<string> values)
    {
        w.WriteStartArray(name);
        foreach (string v in values)
        {
            w.WriteStringValue(v);
        }

        w.WriteEndArray();
    }
}
