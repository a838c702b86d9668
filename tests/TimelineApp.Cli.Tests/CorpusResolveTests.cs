using System.Text.Json;
using TimelineApp.Benchmarks.Resolver;

namespace TimelineApp.Cli.Tests;

/// <summary>
/// <c>resolve --corpus</c> resolves documents side by side on every core; its output must still come in file-name
/// order, each document's lines together, the same bytes on every run. And the whole-process speed benchmark that
/// measures it (tests/TimelineApp.Benchmarks, <c>resolver --whole-process</c>) runs, tiny, so it cannot rot.
/// </summary>
public sealed class CorpusResolveTests
{
    // The first document is by far the longest, so on several cores it finishes last: output in completion order
    // would put it after the others.
    private static async Task<string> WriteCorpusAsync(int documents)
    {
        string dir = Directory.CreateTempSubdirectory("timeline-corpus-order").FullName;
        var token = TestContext.Current.CancellationToken;
        for (int i = 0; i < documents; i++)
        {
            int sentences = i == 0 ? 200 : 2;
            string text = string.Join(' ', Enumerable.Range(0, sentences).Select(s => $"Talks resumed on Monday after {s + 2} days, and a vote is due next week."));
            await File.WriteAllTextAsync(Path.Combine(dir, $"doc{i:00}.txt"), text, token);
            await File.WriteAllTextAsync(Path.Combine(dir, $"doc{i:00}.dct"), $"1998-02-{i + 1:00}\n", token);
        }

        return dir;
    }

    [Fact]
    public async Task CorpusOutput_IsInFileNameOrder_WithEveryDocument_AndTheSameBytesOnEveryRun()
    {
        string dir = await WriteCorpusAsync(documents: 12);
        try
        {
            var first = await CliRunner.RunAsync(null, "resolve", "--corpus", dir);
            var second = await CliRunner.RunAsync(null, "resolve", "--corpus", dir);

            Assert.Equal(0, first.ExitCode);
            Assert.Equal(first.Stdout, second.Stdout);
            var docs = first.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries)
                .Select(l => JsonDocument.Parse(l).RootElement.GetProperty("doc").GetString()!).ToList();
            Assert.Equal(docs.Order(StringComparer.Ordinal), docs); // file-name order, each document's lines together
            Assert.Equal(Enumerable.Range(0, 12).Select(i => $"doc{i:00}"), docs.Distinct());
            Assert.True(docs.Count(d => d == "doc00") > 200, "the long first document resolved in full");
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public async Task CorpusOutput_OfEachDocument_IsWhatItGetsAlone()
    {
        string dir = await WriteCorpusAsync(documents: 4);
        string alone = Directory.CreateTempSubdirectory("timeline-corpus-alone").FullName;
        try
        {
            var together = await CliRunner.RunAsync(null, "resolve", "--corpus", dir);
            foreach (string doc in new[] { "doc00", "doc03" })
            {
                File.Copy(Path.Combine(dir, doc + ".txt"), Path.Combine(alone, doc + ".txt"), overwrite: true);
                File.Copy(Path.Combine(dir, doc + ".dct"), Path.Combine(alone, doc + ".dct"), overwrite: true);
            }

            var separately = await CliRunner.RunAsync(null, "resolve", "--corpus", alone);

            Assert.Equal(0, separately.ExitCode);
            var wanted = together.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Where(l => l.Contains("\"doc00\"", StringComparison.Ordinal) || l.Contains("\"doc03\"", StringComparison.Ordinal));
            Assert.Equal(wanted, separately.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
            Directory.Delete(alone, recursive: true);
        }
    }

    [Fact]
    public async Task WholeProcessBenchmark_Smoke_TimesBothProcessesInEachRound()
    {
        string dir = await WriteCorpusAsync(documents: 2);
        try
        {
            var result = WholeProcessBenchmark.Compare(dir, rounds: 2, TextWriter.Null);

            Assert.Equal(2, result.Rounds.Count);
            Assert.All(result.Rounds, r => Assert.True(r.OursSeconds > 0 && r.RawSeconds > 0));
            Assert.True(result.MedianRatio > 0);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }
}
