namespace TimelineApp.Cli.Tests;

/// <summary><c>ingest --story</c> and <c>export --story</c> on a fresh SQLite database, with the two captures of TestData/stories.</summary>
public sealed class StoryCommandTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("timeline-cli-story").FullName;

    private Dictionary<string, string> Env => new() { ["Database__DataDirectory"] = _directory };

    private Task<CliRunner.Result> RunAsync(params string[] args) => CliRunner.RunWithEnvironmentAsync(Env, null, args);

    private static string Capture(int number) => Path.Combine(AppContext.BaseDirectory, "TestData", "stories", $"ferry-strike-capture-{number}.txt");

    [Fact]
    public async Task TwoCapturesIntoOneStory_ThenEachExportFormat_OnStdout()
    {
        Assert.Equal(0, (await CliRunner.RunWithEnvironmentAsync(Env, "a long admin password\n", "users", "add", "ada", "--role", "admin")).ExitCode);

        var first = await RunAsync("ingest", Capture(1), "--captured", "2025-09-16T10:00:00+03:00", "--zone", "Europe/Athens", "--as", "ada", "--story", "Ferry strike");
        Assert.True(first.ExitCode == 0, first.Stderr);
        Assert.Contains("\"Ferry strike\": 1 captures", first.Stdout, StringComparison.Ordinal);
        var second = await RunAsync("ingest", Capture(2), "--captured", "2025-09-17T18:00:00+03:00", "--zone", "Europe/Athens", "--as", "ada", "--story", "ferry STRIKE");
        Assert.True(second.ExitCode == 0, second.Stderr);
        Assert.Contains("\"Ferry strike\": 2 captures", second.Stdout, StringComparison.Ordinal); // found by name, any case

        var csv = await RunAsync("export", "--story", "Ferry strike", "--format", "csv");
        Assert.True(csv.ExitCode == 0, csv.Stderr);
        Assert.StartsWith("id,start,end,precision", csv.Stdout, StringComparison.Ordinal);
        Assert.Contains("2025-09-19", csv.Stdout, StringComparison.Ordinal); // the talks, as the updated article dates them
        Assert.Contains("Harbour Wire", csv.Stdout, StringComparison.Ordinal); // the second capture's sources are in
        Assert.Single(csv.Stdout.Split('\n'), line => line.Contains("300 passengers", StringComparison.Ordinal)); // the disputed event once

        var ics = await RunAsync("export", "--story", "Ferry strike", "--format", "ics");
        Assert.Contains("BEGIN:VCALENDAR", ics.Stdout, StringComparison.Ordinal);
        var timelineJs = await RunAsync("export", "--story", "Ferry strike", "--format", "timelinejs", "--as", "ada");
        Assert.Contains("\"events\"", timelineJs.Stdout, StringComparison.Ordinal);

        var unknown = await RunAsync("export", "--story", "No such story");
        Assert.Equal(2, unknown.ExitCode);
        Assert.Contains("no story 'No such story'", unknown.Stderr, StringComparison.Ordinal);
        Assert.Equal(2, (await RunAsync("export", "--story", "Ferry strike", "--format", "pdf")).ExitCode);
    }

    public void Dispose()
    {
        Directory.Delete(_directory, recursive: true);
    }
}
