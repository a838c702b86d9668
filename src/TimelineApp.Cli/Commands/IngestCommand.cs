using System.CommandLine;
using System.Text.Json;
using TimelineApp.Core.Documents;
using TimelineApp.Core.Export;
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
        var asAccount = new Option<string?>("--as") { Description = "The account the dataset is stored for (an editor or admin); it owns the dataset and the audit log names it. Required when storing." };
        var story = new Option<string?>("--story") { Description = "Add the dump as a new capture of the story with this name (or id); with no such story, start one of that name. Its timeline then merges every capture." };
        var visibility = new Option<string>("--visibility") { Description = "Who may read the stored dataset: private (default), signed-in, or public.", DefaultValueFactory = _ => "private" };
        var file = new Argument<string>("dump") { Description = "The dump file (plain-text page scrape, JSON array or JSON Lines of articles), or - for standard input." };
        var command = new Command("ingest", "Process a dump: documents, resolved dates, events, actors and countries. Stores a dataset in the app's database unless --json is given.")
        {
            captured, zone, json, name, asAccount, story, visibility, file,
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
                var result = TimelinePipeline.CreateDefault(maxParallelism: Environment.ProcessorCount).Process(bytes, capture);
                using var stdout = Console.OpenStandardOutput();
                using var w = new Utf8JsonWriter(stdout, TimelineJsonWriter.Options);
                TimelineJsonWriter.Write(w, result.Capture, result.Format.ToString(), [.. result.Documents.Select(d => d.Document)], result.Events, result.Actors, result.Countries, result.Notes);
                return 0;
            }

            var seenBy = parse.GetValue(visibility) switch
            {
                "private" => TimelineApp.Data.Entities.DatasetVisibility.Private,
                "signed-in" => TimelineApp.Data.Entities.DatasetVisibility.SignedIn,
                "public" => TimelineApp.Data.Entities.DatasetVisibility.Public,
                var v => throw new CliInputException($"--visibility: '{v}' is not private, signed-in or public"),
            };
            string? storyName = parse.GetValue(story);
            return DatasetIngest.Store(bytes, capture, parse.GetValue(name) ?? storyName ?? Path.GetFileName(path), parse.GetValue(asAccount), seenBy, storyName);
        });
        return command;
    }
}
