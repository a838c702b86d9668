using System.Text.Json;

namespace TimelineApp.Cli.Tests;

public sealed class CliTests
{
    private const string Story = """

        Port workers end strike after agreement on wages
        ROTTERDAM--Dock workers at the Netherlands' largest port ended a strike on Saturday after unions and employers agreed on a new wage deal.
        Union leader Anke de Vries said members would vote on the deal next week.

        Harbour News
        3 hours ago
        - Harbour News
        Shipping lines resume schedules
        Shipping lines said on Sunday that they would resume normal schedules within days.
        """;

    [Fact]
    public async Task Resolve_PrintsJsonLinesWithTheContractFields()
    {
        var result = await CliRunner.RunAsync("The minister spoke on Saturday and will travel next week.", "resolve", "--published", "2025-07-14T12:00:00Z", "-");

        Assert.Equal(0, result.ExitCode);
        var lines = result.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        var saturday = Assert.Single(lines, l => l.GetProperty("text").GetString() == "Saturday");
        Assert.Equal("DATE", saturday.GetProperty("type").GetString());
        Assert.Equal("2025-07-12", saturday.GetProperty("value").GetString());
        Assert.Equal(22, saturday.GetProperty("start").GetInt32());
        Assert.Equal(30, saturday.GetProperty("end").GetInt32());
        Assert.True(saturday.TryGetProperty("explanation", out _));
    }

    [Fact]
    public async Task Resolve_CorpusMode_AddsTheDocumentName()
    {
        string dir = Directory.CreateTempSubdirectory("timeline-corpus").FullName;
        try
        {
            await File.WriteAllTextAsync(Path.Combine(dir, "doc1.txt"), "Talks resumed on Monday.", TestContext.Current.CancellationToken);
            await File.WriteAllTextAsync(Path.Combine(dir, "doc1.dct"), "1998-02-06\n", TestContext.Current.CancellationToken);

            var result = await CliRunner.RunAsync(null, "resolve", "--corpus", dir);

            Assert.Equal(0, result.ExitCode);
            var line = JsonDocument.Parse(result.Stdout.Split('\n')[0]).RootElement;
            Assert.Equal("doc1", line.GetProperty("doc").GetString());
            Assert.Equal("1998-02-02", line.GetProperty("value").GetString());
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public async Task IngestJson_GivesDocumentsEventsActorsAndCountries()
    {
        var result = await CliRunner.RunAsync(Story, "ingest", "-", "--captured", "2025-07-14T15:00:00Z", "--json");

        Assert.Equal(0, result.ExitCode);
        var root = JsonDocument.Parse(result.Stdout).RootElement;
        var documents = root.GetProperty("documents").EnumerateArray().ToList();
        Assert.Equal(2, documents.Count);
        Assert.Equal("Harbour News", documents[1].GetProperty("source").GetString());
        Assert.Equal("2025-07-14T12:00:00Z", documents[1].GetProperty("published").GetString());
        Assert.Equal("RelativeToCapture", documents[1].GetProperty("publishedBasis").GetString());
        var events = root.GetProperty("events").EnumerateArray().ToList();
        Assert.Contains(events, e => e.GetProperty("start").GetString() == "2025-07-12" && e.GetProperty("evidence").GetString()!.Contains("ended a strike", StringComparison.Ordinal));
        foreach (var e in events)
        {
            foreach (string field in new[] { "id", "start", "end", "precision", "title", "evidence", "actors", "countries", "documents" })
            {
                Assert.True(e.TryGetProperty(field, out _), $"event lacks {field}");
            }
        }

        Assert.True(root.TryGetProperty("actors", out _));
        Assert.Contains(root.GetProperty("countries").EnumerateArray(), c => c.GetProperty("code").GetString() == "NLD");
    }

    [Theory]
    [InlineData("resolve", "--published", "not-a-date", "-")]
    [InlineData("resolve", "--published", "2025-07-14", "--zone", "Mars/Olympus", "-")]
    [InlineData("ingest", "/no/such/file.txt", "--captured", "2025-07-14T15:00:00Z", "--json")]
    [InlineData("ingest", "-", "--json")]
    [InlineData("frobnicate")]
    public async Task BadInput_ExitsNonZeroWithOneLine(params string[] args)
    {
        var result = await CliRunner.RunAsync("Some text on Monday.", args);

        Assert.NotEqual(0, result.ExitCode);
        string message = result.Stderr.Trim();
        Assert.NotEmpty(message);
        Assert.DoesNotContain("\n", message, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EmptyDump_IsAClearError()
    {
        var result = await CliRunner.RunAsync(string.Empty, "ingest", "-", "--captured", "2025-07-14T15:00:00Z", "--json");

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("empty", result.Stderr, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Help_ExplainsEveryCommand()
    {
        var result = await CliRunner.RunAsync(null, "--help");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("resolve", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("ingest", result.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("bench", result.Stdout, StringComparison.Ordinal); // benchmarks live in tests/TimelineApp.Benchmarks
    }

    [Fact]
    public async Task IngestJson_SaysWhatALimitLeftOut()
    {
        string line = "Port workers end strike after agreement on wages\n" + string.Concat(Enumerable.Repeat("Monday ", 400)) + "\n";

        var result = await CliRunner.RunAsync(line, "ingest", "-", "--captured", "2025-07-14T15:00:00Z", "--json");

        Assert.Equal(0, result.ExitCode);
        var root = JsonDocument.Parse(result.Stdout).RootElement;
        var note = Assert.Single(root.GetProperty("notes").EnumerateArray());
        Assert.Contains("left out", note.GetString(), StringComparison.Ordinal);
    }
}
