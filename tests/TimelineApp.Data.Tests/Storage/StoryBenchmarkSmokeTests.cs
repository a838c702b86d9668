using TimelineApp.Benchmarks.Stories;

namespace TimelineApp.Data.Tests.Storage;

/// <summary>The story benchmark's smoke run: a few small captures through the real path, so the benchmark cannot rot. Its figures are not asserted (timings belong to benchmarks, not tests).</summary>
public sealed class StoryBenchmarkSmokeTests
{
    [Fact]
    public async Task TheStoryBenchmark_RunsToTheEnd_AndReportsEveryFigure()
    {
        var output = new StringWriter();

        var figures = await StoryBenchmark.RunAsync(StorySize.Smoke, output);

        Assert.Equal(7, figures.Count);
        Assert.All(figures.Values, seconds => Assert.True(seconds > 0));
        Assert.Contains("story open (kept merge) / dataset open", output.ToString(), StringComparison.Ordinal);
        Assert.Contains($"merge the story of {StorySize.Smoke.Captures} captures", output.ToString(), StringComparison.Ordinal);
    }
}
