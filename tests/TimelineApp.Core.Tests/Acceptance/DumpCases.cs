namespace TimelineApp.Core.Tests.Acceptance;

/// <summary>
/// Test cases for every expected file in a folder: one case per required event, forbidden event, merge, actor
/// and country, so a failure names exactly what is missing. An empty folder yields one placeholder case that
/// skips (or fails when CI=true).
/// </summary>
public static class DumpCases
{
    public const string Missing = "(missing)";

    public static TheoryData<string, string, int> For(string? folder)
    {
        var data = new TheoryData<string, string, int>();
        var files = DumpRun.ExpectedFiles(folder).ToList();
        if (files.Count == 0)
        {
            data.Add(Missing, "none", 0);
            return data;
        }

        foreach (string file in files)
        {
            var expected = ExpectedDump.Load(file);
            for (int i = 0; i < expected.Events.Must.Count; i++)
            {
                data.Add(file, "event", i);
            }

            for (int i = 0; i < (expected.Events.MustNot?.Count ?? 0); i++)
            {
                data.Add(file, "mustNotEvent", i);
            }

            for (int i = 0; i < Merges(file).Count; i++)
            {
                data.Add(file, "merge", i);
            }

            data.Add(file, "actors", 0);
            data.Add(file, "countries", 0);
            data.Add(file, "content", 0);
        }

        return data;
    }

    /// <summary>
    /// Merge expectations as groups of required events (indexes into events.must) that must be one event:
    /// <c>name.merge.json</c> beside the dump, or for the shared seeds (whose merge line is prose) in TestData/seed-overlays.
    /// </summary>
    public static IReadOnlyList<IReadOnlyList<int>> Merges(string expectedFile)
    {
        string name = Path.GetFileName(expectedFile).Replace(".expected.json", ".merge.json", StringComparison.Ordinal);
        foreach (string candidate in new[] { Path.Combine(Path.GetDirectoryName(expectedFile)!, name), Path.Combine(AppContext.BaseDirectory, "TestData", "seed-overlays", name) })
        {
            if (File.Exists(candidate))
            {
                return ExpectedDump.LoadMerges(candidate);
            }
        }

        return [];
    }

    public static void Check(string file, string kind, int index)
    {
        Assert.SkipWhen(file == Missing && !IsCi, "The dump folder is missing (the shared seeds live in ../shared/seeds beside the repository); set CI=true to make this a failure.");
        Assert.False(file == Missing, "The dump folder is missing and CI=true.");
        var (expected, result) = DumpRun.Run(file);
        string? failure = kind switch
        {
            "event" => DumpChecks.MustEvent(result, expected.Events.Must[index]),
            "mustNotEvent" => DumpChecks.MustNotEvent(result, expected.Events.MustNot![index]),
            "merge" => DumpChecks.Merged(result, [.. Merges(file)[index].Select(i => expected.Events.Must[i].Evidence ?? string.Empty)]),
            "actors" => ActorFailures(result, expected),
            "countries" => CountryFailures(result, expected),
            "content" => ContentFailures(result, expected),
            _ => $"unknown check {kind}",
        };
        string? waitsOn = kind switch
        {
            "event" => expected.Events.Must[index].WaitsOn,
            "mustNotEvent" => expected.Events.MustNot![index].WaitsOn,
            _ => null,
        };
        Assert.SkipWhen(failure is not null && waitsOn is not null, $"{Path.GetFileName(file)} {kind} #{index} waits on {waitsOn}: {failure}");
        Assert.True(failure is null, $"{Path.GetFileName(file)} {kind} #{index}: {failure}");
    }

    private static bool IsCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    private static string? ActorFailures(Pipeline.TimelineResult result, ExpectedDump expected)
    {
        var missing = expected.Actors.Must.Where(a => !DumpChecks.HasActor(result, a)).ToList();
        var forbidden = (expected.Actors.MustNot ?? []).Where(a => DumpChecks.HasActor(result, a)).ToList();
        var wrongAlias = (expected.Actors.Aliases ?? new Dictionary<string, string>())
            .Where(kv => result.Actors.FirstOrDefault(a => a.Name == kv.Value) is { } actor && !actor.Aliases.Contains(kv.Key) && Mentions(result, kv.Key))
            .Select(kv => $"{kv.Key}→{kv.Value}").ToList();
        return missing.Count + forbidden.Count + wrongAlias.Count == 0 ? null
            : $"missing [{string.Join(", ", missing)}] forbidden [{string.Join(", ", forbidden)}] aliases not joined [{string.Join(", ", wrongAlias)}]";
    }

    // An alias is only checked where the text uses it on its own.
    private static bool Mentions(Pipeline.TimelineResult result, string alias) =>
        result.Documents.Any(d => System.Text.RegularExpressions.Regex.IsMatch(d.Document.Body, $@"(?<!\p{{Lu}}[\p{{L}}'.-]* )\b{System.Text.RegularExpressions.Regex.Escape(alias)}\b(?! \p{{Lu}})"));

    private static string? CountryFailures(Pipeline.TimelineResult result, ExpectedDump expected)
    {
        var codes = result.Countries.Select(c => c.Code).ToHashSet(StringComparer.Ordinal);
        var missing = expected.Countries.Must.Where(c => !codes.Contains(c)).ToList();
        var forbidden = (expected.Countries.MustNot ?? []).Where(codes.Contains).ToList();
        return missing.Count + forbidden.Count == 0 ? null : $"missing [{string.Join(", ", missing)}] forbidden [{string.Join(", ", forbidden)}]";
    }

    private static string? ContentFailures(Pipeline.TimelineResult result, ExpectedDump expected)
    {
        var leaked = (expected.MustNotBeContent ?? []).Where(c => result.Documents.Any(d => d.Document.Body.Split('\n').Contains(c) || d.Document.Title == c)).ToList();
        return leaked.Count == 0 ? null : $"page chrome in content: [{string.Join(", ", leaked)}]";
    }
}
