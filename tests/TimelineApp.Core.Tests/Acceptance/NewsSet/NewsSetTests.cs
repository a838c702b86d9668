namespace TimelineApp.Core.Tests.Acceptance.NewsSet;

/// <summary>
/// People per document on the news set written for the project (tests/news-set): the people named in a document
/// that are actors of that document's events. The dev part must reach 90% precision and recall; any other part or
/// folder is only printed (NEWS_SET_PART=heldout, see tests/README.md).
/// </summary>
public sealed class NewsSetTests
{
    public const double Minimum = 0.9;

    [Fact]
    public void DevPart_PeopleReachTheirEvents()
    {
        string? folder = NewsSetScorer.PartFolder("dev");
        Assert.SkipWhen(folder is null, "tests/news-set/dev is missing (set NEWS_SET_DIR to the folder holding the parts).");
        var totals = NewsSetScorer.ScoreFolder(folder!);
        Report(totals.Report("dev"));
        Assert.True(totals.Precision >= Minimum && totals.Recall >= Minimum, $"dev people precision {totals.Precision:P1} recall {totals.Recall:P1}");
    }

    /// <summary>Prints the numbers of the part named by NEWS_SET_PART (a part name or a folder); asserts nothing.</summary>
    [Fact]
    public void NamedPart_PrintsItsNumbers()
    {
        string? part = Environment.GetEnvironmentVariable("NEWS_SET_PART");
        Assert.SkipWhen(string.IsNullOrEmpty(part), "Set NEWS_SET_PART=heldout (or a folder) to print its numbers.");
        string? folder = NewsSetScorer.PartFolder(part!);
        Assert.SkipWhen(folder is null, $"news-set part {part} not found");
        Report(NewsSetScorer.ScoreFolder(folder!).Report(part!));
    }

    /// <summary>Our own dumps and the seed, scored the same way (person actors on events against the expected actors).</summary>
    [Fact]
    public void OwnDumps_PeopleReachTheirEvents()
    {
        var files = DumpRun.ExpectedFiles(DumpRun.SeedsFolder).Concat(DumpRun.ExpectedFiles(DumpRun.OwnDumpsFolder)).ToList();
        Assert.SkipWhen(files.Count == 0, "No dumps found.");
        var totals = new PeopleTotals([.. files.Select(NewsSetScorer.ScoreDump)]);
        Report(totals.Report("dumps"));
        Assert.True(totals.Precision >= Minimum && totals.Recall >= Minimum, $"dump people precision {totals.Precision:P1} recall {totals.Recall:P1}");
    }

    // Written to the test output and, when NEWS_SET_REPORT names a file, appended there (the lead's way to read it).
    private static void Report(string text)
    {
        TestContext.Current.TestOutputHelper?.WriteLine(text);
        if (Environment.GetEnvironmentVariable("NEWS_SET_REPORT") is { Length: > 0 } file)
        {
            File.AppendAllText(file, text + "\n");
        }
    }
}
