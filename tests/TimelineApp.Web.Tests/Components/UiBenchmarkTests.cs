using TimelineApp.Benchmarks;

namespace TimelineApp.Web.Tests.Components;

/// <summary>
/// The UI benchmark's code path at a tiny size, so that it cannot rot unnoticed between measurements: it must run
/// to the end and produce every figure. Nothing here is timed; the times are only required to exist.
/// </summary>
public sealed class UiBenchmarkTests
{
    [Fact]
    public async Task TheUiBenchmark_RunsToTheEnd_AndProducesItsFigures()
    {
        using var output = new StringWriter();

        var figures = await UiBenchmark.RunAsync(new UiBenchmarkSize(Events: 300, Actors: 20, Countries: 8, ExtraViewers: 2), output);

        Assert.Equal(7, figures.Times.Count);
        Assert.Contains(figures.Times.Keys, k => k.StartsWith("first render", StringComparison.Ordinal));
        Assert.True(figures.Counts["svg first view"] > 0, output.ToString());
        Assert.True(figures.Counts["svg lanes zoomed"] > 0, output.ToString());
        Assert.InRange(figures.Counts["list rows"], 1, 60);
        Assert.True(figures.Counts.ContainsKey("MB per viewer"), output.ToString());
        Assert.Contains("memory per additional viewer", output.ToString(), StringComparison.Ordinal);
    }
}
