using TimelineApp.Benchmarks.Hostile;
using TimelineApp.Core.Events;
using TimelineApp.Core.Tests.Acceptance;

namespace TimelineApp.Core.Tests.Events;

/// <summary>
/// The hostile shapes of the benchmark (tests/TimelineApp.Benchmarks, <c>hostile</c>) through the whole pipeline: tiny,
/// as a smoke test of the benchmark's own code path, and at sizes that used to blow up (a 14 KB line of 2,000
/// "Monday"s gave 57 MB of output), for what bounds them. Sizes and counts are asserted, never time.
/// </summary>
public sealed class HostileShapesTests
{
    public static TheoryData<string> Shapes() => [.. HostileShapes.All.Select(s => s.Name)];

    [Theory]
    [MemberData(nameof(Shapes))]
    public void Smoke_EveryShapeGoesThroughThePipelineAndGivesATimeline(string shape)
    {
        var m = HostileRun.Measure(DumpRun.Pipeline, shape, 20);

        Assert.True(m.InputBytes > 0);
        Assert.True(m.Events > 0, $"{shape}: no events");
        Assert.True(m.OutputBytes > 0);
    }

    [Fact]
    public void ARunOnLineOfMondays_MakesAtMostTheCapOfEvents_WithBoundedEvidence_AndSaysSo()
    {
        var result = DumpRun.Pipeline.Process(HostileShapes.Make("monday-line", 2_000), HostileRun.Capture, cancellationToken: TestContext.Current.CancellationToken);

        Assert.InRange(result.Events.Count, 2, EventLimits.MaxEventsPerDocument);
        Assert.All(result.Events.SelectMany(e => e.Evidence), x => Assert.InRange(x.Sentence.Length, 1, EvidenceWindow.MaxLength + 2));
        var note = Assert.Single(result.Notes);
        Assert.Contains("left out", note, StringComparison.Ordinal);
    }

    [Fact]
    public void OutputStopsGrowingWithTheLine_InsteadOfWithItsSquare()
    {
        var small = HostileRun.Measure(DumpRun.Pipeline, "monday-line", 2_000);
        var large = HostileRun.Measure(DumpRun.Pipeline, "monday-line", 8_000);

        // Before: 57 MB for 2,000 and 0.9 GB for 8,000 (16 times as much for 4 times the line).
        Assert.True(small.OutputBytes < 1024 * 1024, $"{small.OutputBytes} bytes of output for a {small.InputBytes}-byte line");
        Assert.True(large.OutputBytes < 2 * small.OutputBytes, $"{large.OutputBytes} bytes for 8,000, {small.OutputBytes} for 2,000");
    }
}
