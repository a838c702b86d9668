using System.Diagnostics;
using System.Text;
using System.Text.Json;
using NodaTime;
using TimelineApp.Core.Documents;
using TimelineApp.Core.Export;
using TimelineApp.Core.Pipeline;

namespace TimelineApp.Benchmarks.Hostile;

/// <summary>What one hostile dump cost: its size, the time the whole pipeline took, and what came out.</summary>
internal sealed record HostileMeasure(string Shape, int Size, long InputBytes, double Seconds, int Events, long OutputBytes, int Notes, IReadOnlyDictionary<string, double> StageSeconds)
{
    public double SecondsPerMB => InputBytes == 0 ? 0 : Seconds / (InputBytes / 1048576.0);
}

/// <summary>Runs one hostile dump through the whole pipeline, as an upload would be, and writes its JSON (counted, not kept).</summary>
internal static class HostileRun
{
    public static readonly Capture Capture = new(Instant.FromUtc(2025, 7, 14, 15, 0), DateTimeZone.Utc);

    public static HostileMeasure Measure(TimelinePipeline pipeline, string shape, int size, int firstUnit = 0)
    {
        ArgumentNullException.ThrowIfNull(pipeline);
        byte[] dump = Encoding.UTF8.GetBytes(HostileShapes.Make(shape, size, firstUnit));
        var clock = Stopwatch.StartNew();
        var stages = new StageClock(clock);
        var result = pipeline.Process(dump, Capture, stages);
        long output = OutputBytes(result);
        double seconds = clock.Elapsed.TotalSeconds;
        return new HostileMeasure(shape, size, dump.Length, seconds, result.Events.Count, output, result.Notes.Count, stages.Seconds());
    }

    // Where the time goes: the pipeline's own progress reports, timed when each stage starts.
    private sealed class StageClock(Stopwatch clock) : IProgress<PipelineProgress>
    {
        private readonly List<(PipelineStage Stage, double At)> _starts = [];

        public void Report(PipelineProgress value)
        {
            lock (_starts)
            {
                if (_starts.Count == 0 || _starts[^1].Stage != value.Stage)
                {
                    _starts.Add((value.Stage, clock.Elapsed.TotalSeconds));
                }
            }
        }

        public Dictionary<string, double> Seconds()
        {
            double end = clock.Elapsed.TotalSeconds;
            return _starts.Select((s, i) => (s.Stage, Seconds: (i + 1 < _starts.Count ? _starts[i + 1].At : end) - s.At))
                .Where(s => s.Stage != PipelineStage.Done)
                .ToDictionary(s => s.Stage.ToString(), s => Math.Round(s.Seconds, 2));
        }
    }

    private static long OutputBytes(TimelineResult result)
    {
        using var counter = new CountingStream();
        using (var w = new Utf8JsonWriter(counter, TimelineJsonWriter.Options))
        {
            TimelineJsonWriter.Write(w, result.Capture, result.Format.ToString(), [.. result.Documents.Select(d => d.Document)], result.Events, result.Actors, result.Countries, result.Notes);
        }

        return counter.Length;
    }

    // Counts what is written and keeps none of it, so measuring the output does not add to the peak memory.
    private sealed class CountingStream : Stream
    {
        private long _length;

        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => _length;

        public override long Position { get => _length; set => throw new NotSupportedException(); }

        public override void Flush()
        {
        }

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => _length += count;

        public override void Write(ReadOnlySpan<byte> buffer) => _length += buffer.Length;
    }
}
