using System.Text;
using NodaTime;
using TimelineApp.Core.Documents;

namespace TimelineApp.Core.Tests.Acceptance;

/// <summary>
/// The bad-input rows of the fault matrix that reach the pipeline: a long line without punctuation, a wall of
/// digits, and texts shaped to make regexes backtrack. Each is processed to the end through the whole pipeline,
/// with no exception and no invented dates. (Their cost is measured in `bench --mode scale`, not here.)
/// </summary>
public sealed class HostileTextTests
{
    private static readonly Capture Capture = new(Instant.FromUtc(2025, 7, 14, 15, 0), DateTimeZone.Utc);

    // The noise sits between ordinary paragraphs: a page of nothing but noise is refused as "no article found".
    private static string Article(string body) => $"Council report\n\nThe council met in the town hall.\n\n{body}\n\nMembers left the hall without a vote.\n";

    public static TheoryData<string, string> NoiseWithoutDates() => new()
    {
        { "100,000 digits", new string('7', 100_000) },
        { "a run of letters and a bang", new string('a', 50_000) + "!" },
        { "50,000 spaces between words", "The" + new string(' ', 50_000) + "council" },
        { "1-1-1-...", string.Concat(Enumerable.Repeat("1-", 5_000)) + "1" },
    };

    [Theory]
    [MemberData(nameof(NoiseWithoutDates))]
    public void Noise_IsProcessed_WithoutInventedEvents(string what, string body)
    {
        var result = DumpRun.Pipeline.Process(Article(body), Capture, cancellationToken: TestContext.Current.CancellationToken);

        Assert.Single(result.Documents);
        Assert.True(result.Events.All(e => e.Evidence.All(v => v.Phrase is null)), $"{what}: a date was found in noise");
    }

    [Fact]
    public void RepeatedCueWords_DoNotBlowUp_AndTheRealDateIsStillFound()
    {
        string cues = string.Join(' ', Enumerable.Repeat("last", 1_000)) + " week";
        var result = DumpRun.Pipeline.Process(Article($"{cues}. The council met on Friday to approve the budget."), Capture, cancellationToken: TestContext.Current.CancellationToken);

        Assert.Contains(result.Events, e => e.FirstDay == new LocalDate(2025, 7, 11));
    }

    [Fact]
    public void ALongLineWithoutPunctuation_IsReadInPieces_AndKeepsItsDates()
    {
        // 50 KB in one line; the scale benchmark runs the 2 MB version.
        var line = new StringBuilder();
        while (line.Length < 50_000)
        {
            line.Append("the ministers met again on Friday in Vienna and talked about the river levels ");
        }

        var result = DumpRun.Pipeline.Process(Article(line.ToString()), Capture, cancellationToken: TestContext.Current.CancellationToken);

        Assert.Contains(result.Events, e => e.FirstDay == new LocalDate(2025, 7, 11));
    }
}
