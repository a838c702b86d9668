using System.Text;
using NodaTime;
using TimelineApp.Core.Documents;
using TimelineApp.Core.Pipeline;
using TimelineApp.Core.Tests.Acceptance;

namespace TimelineApp.Core.Tests.Documents;

/// <summary>
/// Fault-matrix row 5: one dump saved in the encodings editors produce (UTF-8 with and without BOM, UTF-16 LE and
/// BE with BOM) must give the same documents and the same timeline — a golden compare against the plain UTF-8 copy.
/// The fixtures hold text outside ASCII (ø, €, curly quotes, an emoji beyond the BMP) so the copies really differ
/// byte for byte, and a decoding slip would show up as a changed title, body or event.
/// </summary>
public sealed class DumpEncodingTests
{
    private static readonly Capture Captured = new(Instant.FromUtc(2025, 7, 10, 7, 0), DateTimeZoneProviders.Tzdb["Europe/Oslo"]);

    private static string Fixture(string name) =>
        File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "TestData", "encodings", name), new UTF8Encoding(false, throwOnInvalidBytes: true));

    // The BOMs are spelled out rather than taken from GetPreamble, so the test states the bytes a file starts with.
    private static IEnumerable<(string Name, byte[] Bytes)> Copies(string text)
    {
        byte[] utf8 = new UTF8Encoding(false).GetBytes(text);
        yield return ("UTF-8 with BOM", [0xEF, 0xBB, 0xBF, .. utf8]);
        yield return ("UTF-16 LE with BOM", [0xFF, 0xFE, .. new UnicodeEncoding(bigEndian: false, byteOrderMark: false).GetBytes(text)]);
        yield return ("UTF-16 BE with BOM", [0xFE, 0xFF, .. new UnicodeEncoding(bigEndian: true, byteOrderMark: false).GetBytes(text)]);

        // What Windows Notepad's "Unicode" gives: UTF-16 LE and CRLF line ends.
        yield return ("UTF-16 LE with BOM, CRLF", [0xFF, 0xFE, .. new UnicodeEncoding(false, false).GetBytes(text.Replace("\n", "\r\n", StringComparison.Ordinal))]);
    }

    [Theory]
    [InlineData("tromso_harbour_cafe.txt", 3)]
    [InlineData("tromso_harbour_cafe.json", 2)]
    public void EveryEncoding_GivesTheDocumentsOfThePlainUtf8Copy(string fixture, int documents)
    {
        string text = Fixture(fixture);
        Assert.Contains(text, c => char.IsSurrogate(c));
        var golden = DumpReader.Read(Encoding.UTF8.GetBytes(text), Captured).Documents;
        Assert.Equal(documents, golden.Count);
        Assert.StartsWith("Tromsø council backs €4.5 million harbour café plan", golden[0].Title, StringComparison.Ordinal);

        foreach (var (name, bytes) in Copies(text))
        {
            var read = DumpReader.Read(bytes, Captured).Documents;

            Assert.True(golden.Select(Line).SequenceEqual(read.Select(Line)), $"{name}: documents differ from the UTF-8 copy:\n{string.Join('\n', read.Select(Line))}");
        }
    }

    [Theory]
    [InlineData("tromso_harbour_cafe.txt")]
    [InlineData("tromso_harbour_cafe.json")]
    public void EveryEncoding_GivesTheTimelineOfThePlainUtf8Copy(string fixture)
    {
        string text = Fixture(fixture);
        var golden = Lines(DumpRun.Pipeline.Process(Encoding.UTF8.GetBytes(text), Captured, cancellationToken: TestContext.Current.CancellationToken));
        Assert.Contains(golden, l => l.StartsWith("event ", StringComparison.Ordinal));

        foreach (var (name, bytes) in Copies(text))
        {
            var lines = Lines(DumpRun.Pipeline.Process(bytes, Captured, cancellationToken: TestContext.Current.CancellationToken));

            Assert.True(golden.SequenceEqual(lines), $"{name}: timeline differs from the UTF-8 copy:\n{string.Join('\n', lines)}");
        }
    }

    // Records print their lists as type names, so lists are joined here; everything else is the records' own text.
    private static string Line(NewsDocument d) =>
        $"doc {d.Index} | {d.Source} | {d.Title} | {d.Body} | {d.Published} | [{string.Join(" / ", d.Credits)}] | {d.Url} | {d.Dateline}";

    private static List<string> Lines(TimelineResult r)
    {
        var lines = new List<string> { $"format {r.Format}" };
        foreach (var d in r.Documents)
        {
            lines.Add(Line(d.Document));
            lines.AddRange(d.Times.Select(t => $"  time {t}"));
        }

        foreach (var e in r.Events)
        {
            lines.Add($"event {e.Id} | {e.Start}..{e.End} | {e.FirstDay}..{e.LastDay} | {e.Precision} | vague {e.IsVague} | {e.TimexValue} | {e.Title}"
                + $" | actors [{string.Join(", ", e.ActorIds)}] | countries [{string.Join(", ", e.CountryCodes)}] | places [{string.Join(", ", e.Locations)}] | docs [{string.Join(", ", e.DocumentIndexes)}]");
            lines.AddRange(e.Evidence.Select(x => $"  evidence {x}"));
        }

        lines.AddRange(r.Actors.Select(a => $"actor {a.Id} | {a.Name} | {a.Kind} | {a.Role} | {a.CountryCode} | [{string.Join(", ", a.Aliases)}]"));
        lines.AddRange(r.Countries.Select(c => $"country {c}"));
        return lines;
    }
}
