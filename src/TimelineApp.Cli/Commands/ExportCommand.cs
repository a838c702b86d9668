using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using TimelineApp.Data.Access;
using TimelineApp.Data.Export;
using TimelineApp.Data.Storage;

namespace TimelineApp.Cli.Commands;

/// <summary>
/// <c>export --story NAME --format timelinejs|csv|ics</c>: a story's whole timeline, its corrections applied, on standard
/// output, for scripts and schedulers. With <c>--as NAME</c> only what that account may read; without it, the operator
/// at the server's command line (who has the database anyway) reads every story.
/// </summary>
internal static class ExportCommand
{
    public static Command Create()
    {
        var story = new Option<string>("--story") { Description = "The story, by name or id.", Required = true };
        var format = new Option<string>("--format") { Description = "timelinejs, csv, ics or json.", DefaultValueFactory = _ => "timelinejs" };
        var asAccount = new Option<string?>("--as") { Description = "Read as this account (only stories it may read)." };
        var command = new Command("export", "Write a story's timeline (with its corrections) to standard output.") { story, format, asAccount };
        command.SetAction(parse =>
        {
            var kind = parse.GetValue(format) switch
            {
                "timelinejs" => ExportFormat.TimelineJs,
                "csv" => ExportFormat.Csv,
                "ics" => ExportFormat.ICalendar,
                "json" => ExportFormat.Json,
                var f => throw new CliInputException($"--format: '{f}' is not timelinejs, csv, ics or json"),
            };
            using var services = CliServices.Build();
            var stories = ReadableStories(services, parse.GetValue(asAccount));
            var found = StoryLookup.Find(stories, parse.GetValue(story)!)
                ?? throw new CliInputException($"no story '{parse.GetValue(story)}'{(parse.GetValue(asAccount) is { } a ? $" that {a} may read" : string.Empty)}");
            var timeline = services.GetRequiredService<StoryTimelines>().LoadAsync(found.Id).GetAwaiter().GetResult()
                ?? throw new CliInputException($"story '{found.Name}' has no processed capture yet");
            var file = TimelineExporter.Export(timeline, timeline.Events, kind);
            Console.Out.Write(file.Content);
            Console.Out.Flush();
            return 0;
        });
        return command;
    }

    private static IReadOnlyList<DatasetSummary> ReadableStories(ServiceProvider services, string? asAccount)
    {
        if (asAccount is null)
        {
            return services.GetRequiredService<DatasetStore>().ListStoriesAsync().GetAwaiter().GetResult();
        }

        var actor = services.GetRequiredService<AccountService>().ActorForAsync(asAccount, "cli").GetAwaiter().GetResult()
            ?? throw new CliInputException($"no account '{asAccount}' that can sign in (unknown or locked out)");
        return services.GetRequiredService<DatasetReads>().ListStoriesAsync(actor).GetAwaiter().GetResult();
    }
}
