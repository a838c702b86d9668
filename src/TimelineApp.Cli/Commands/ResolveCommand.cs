using System.CommandLine;
using System.Text.Json;
using NodaTime;
using TimelineApp.Core.Dates;
using TimelineApp.Core.Dates.Recognizers;
using TimelineApp.Core.Documents;

namespace TimelineApp.Cli.Commands;

/// <summary><c>resolve</c>: every time phrase of a text (or of a corpus of texts), as JSON Lines.</summary>
internal static class ResolveCommand
{
    public static Command Create()
    {
        var published = new Option<string?>("--published") { Description = "Publication time of the text: an ISO date (2025-07-14) or date-time with offset (2025-07-14T12:00:00Z)." };
        var zone = new Option<string?>("--zone") { Description = "The tzdb time zone the text's local phrases are read in (default UTC)." };
        var corpus = new Option<string?>("--corpus") { Description = "A folder of <doc>.txt files each with a <doc>.dct holding its creation date (as te3score.py extract writes them); adds \"doc\" to each line." };
        var raw = new Option<bool>("--mentions") { Description = "Diagnostics: print the recognizer's raw mentions and candidates instead of resolved values (with --corpus)." };
        var file = new Argument<string?>("file") { Description = "The text file to read, or - for standard input.", Arity = ArgumentArity.ZeroOrOne };
        var command = new Command("resolve", "Find every time phrase and resolve it against the publication time; prints JSON Lines {start,end,text,type,value,interval,precision,vague,explanation}.")
        {
            published, zone, corpus, raw, file,
        };
        command.SetAction(parse =>
        {
            var tz = CliInput.Zone(parse.GetValue(zone));
            var finder = new RecognizersTimeMentionFinder();
            var resolver = new TimeResolver(finder);
            using var stdout = Console.OpenStandardOutput();
            if (parse.GetValue(corpus) is { } dir)
            {
                return parse.GetValue(raw) ? DumpMentions(finder, dir) : ResolveCorpus(resolver, dir, tz, stdout);
            }

            string path = parse.GetValue(file) ?? throw new CliInputException("give a file (or - for standard input) or --corpus DIR");
            var at = CliInput.Moment(parse.GetValue(published), tz, "--published");
            string text = DumpText.Decode(CliInput.ReadInput(path));
            Write(stdout, resolver.Resolve(text, at), doc: null);
            return 0;
        });
        return command;
    }

    private static int ResolveCorpus(TimeResolver resolver, string dir, DateTimeZone zone, Stream stdout)
    {
        if (!Directory.Exists(dir))
        {
            throw new CliInputException($"no such folder: {dir}");
        }

        var files = Directory.GetFiles(dir, "*.txt").Order(StringComparer.Ordinal).ToList();
        if (files.Count == 0)
        {
            throw new CliInputException($"no .txt files in {dir}");
        }

        // Read every document and its creation date first, in file-name order, so a missing or bad .dct fails
        // before any work and with the same message as before.
        var documents = files.Select(txt =>
        {
            string doc = Path.GetFileNameWithoutExtension(txt);
            string dct = Path.ChangeExtension(txt, ".dct");
            if (!File.Exists(dct))
            {
                throw new CliInputException($"{doc}.txt has no {doc}.dct beside it");
            }

            var at = CliInput.Moment(File.ReadAllText(dct).Trim(), zone, $"{doc}.dct");
            string text = File.ReadAllText(txt).Replace("\r\n", "\n", StringComparison.Ordinal);
            return (Doc: doc, Text: text, At: at);
        }).ToList();

        // Documents are independent, so they are resolved side by side on every core (the resolver is shared: it
        // holds no per-document state). AsOrdered hands the results back in file-name order as they complete, so
        // the JSON Lines are byte-identical to a one-thread run and start flowing before the last document is done.
        var resolved = documents.AsParallel().AsOrdered()
            .WithDegreeOfParallelism(Environment.ProcessorCount)
            .WithMergeOptions(ParallelMergeOptions.NotBuffered)
            .Select(d => (d.Doc, Times: resolver.Resolve(d.Text, d.At)));
        foreach (var (doc, times) in resolved)
        {
            Write(stdout, times, doc);
        }

        return 0;
    }

    private static int DumpMentions(RecognizersTimeMentionFinder finder, string dir)
    {
        foreach (string txt in Directory.GetFiles(dir, "*.txt").Order(StringComparer.Ordinal))
        {
            string doc = Path.GetFileNameWithoutExtension(txt);
            var at = CliInput.Moment(File.ReadAllText(Path.ChangeExtension(txt, ".dct")).Trim(), DateTimeZone.Utc, doc);
            string text = File.ReadAllText(txt).Replace("\r\n", "\n", StringComparison.Ordinal);
            foreach (var m in finder.Find(text, at.LocalDateTime))
            {
                string values = string.Join(" | ", m.Candidates.Select(c => $"{c.Kind}:{c.Timex}:{c.Value ?? c.Start + ".." + c.End}:{c.Mod}"));
                Console.Out.WriteLine($"{doc}\t{m.Span.Start}\t{m.Text}\t{m.RecognizerType}\t{values}");
            }
        }

        return 0;
    }

    private static void Write(Stream stdout, IReadOnlyList<ResolvedTime> times, string? doc)
    {
        foreach (var t in times)
        {
            using (var w = new Utf8JsonWriter(stdout, JsonOutput.Options))
            {
                JsonOutput.WriteResolved(w, t, doc);
            }

            stdout.WriteByte((byte)'\n');
        }
    }
}
