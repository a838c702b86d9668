using System.Text;
using NodaTime;
using TimelineApp.Core.Documents;

namespace TimelineApp.Core.Tests.Documents;

/// <summary>
/// Fault-matrix row 3, as a property: whatever bytes arrive, <see cref="DumpReader"/> either reads documents or
/// refuses with its own <see cref="DumpFormatException"/> and a message — no other exception escapes. Seeded, so a
/// failure names the seed that reproduces it. Not timed: a hang shows up as a run that does not finish.
/// </summary>
public sealed class RandomBytesTests
{
    private const int Seeds = 500;
    private const int MaxLength = 4 * 1024;

    private static readonly Capture Captured = new(Instant.FromUtc(2025, 7, 14, 15, 0), DateTimeZone.Utc);

    // Starts that get past the first checks, so the random tail reaches the decoder, the JSON reader or the
    // plain-text reader instead of being refused as binary at byte 0.
    private static readonly byte[][] Prefixes =
    [
        Encoding.UTF8.GetBytes("\nHarbour authority approves new ferry terminal\nOSLO--The authority approved it on Tuesday.\n"),
        Encoding.UTF8.GetBytes("[{\"title\": \"Ferry terminal approved\", \"text\": \"Approved on Tuesday.\"}, "),
        Encoding.UTF8.GetBytes("{\"title\": \"Ferry terminal approved\", \"text\": \"Approved on Tuesday.\"}\n"),
        [0xEF, 0xBB, 0xBF],
        [0xFF, 0xFE],
        [0xFE, 0xFF],
    ];

    // JSON string values that are valid JSON but odd for an article: half surrogate escapes, huge ages, dates
    // that do not exist.
    private static readonly string[] StringValues =
    [
        "\"A headline about the harbour\"", "\"Officials met on Monday.\"", "\"\\ud800\"", "\"\\udc00x\"", "\"\\u00f8\"",
        "\"2 days ago\"", "\"99999999999 years ago\"", "\"2025-13-45\"", "\"9999-12-31T23:59:59Z\"", "\"-0001-01-01\"",
    ];

    // Pieces of the formats the reader understands, so that random sequences of them reach the JSON tokenizer and
    // the plain-text reader rather than stopping at the first byte.
    private static readonly string[] Fragments =
    [
        "[", "]", "{", "}", ",", ":", " ", "\n", "\r\n", "\t", "\"title\":", "\"text\":", "\"body\":", "\"published\":", "\"source\":",
        "\"url\":", .. StringValues, "null", "true",
        "1e999", "-0", "\"", "\\", "//", "/*", "<html>", "Related Articles", "3 hours ago", "yesterday", "- Nordic Wire", "OSLO--",
        "©", "By Per Hansen", "ø", "🚢", "\u0000", "\u202E",
    ];

    [Fact]
    public void RandomBytes_AreReadOrRefusedClearly()
    {
        _ = AssertAllReadOrRefused(rng => RandomBytes(rng));
    }

    [Fact]
    public void RandomBytesAfterAReadableStart_AreReadOrRefusedClearly()
    {
        _ = AssertAllReadOrRefused(rng => [.. Prefixes[rng.Next(Prefixes.Length)], .. RandomBytes(rng)]);
    }

    [Fact]
    public void RandomMixturesOfDumpFragments_AreReadOrRefusedClearly()
    {
        _ = AssertAllReadOrRefused(rng =>
        {
            int length = rng.Next(1, MaxLength + 1);
            var text = new StringBuilder();
            while (text.Length < length)
            {
                text.Append(Fragments[rng.Next(Fragments.Length)]);
            }

            return Encoding.UTF8.GetBytes(text.ToString());
        });
    }

    [Fact]
    public void RandomArticles_SometimesMangled_AreReadOrRefusedClearly()
    {
        int read = AssertAllReadOrRefused(rng =>
        {
            var articles = Enumerable.Range(0, rng.Next(1, 6)).Select(_ => Article(rng)).ToList();
            string json = rng.Next(2) == 0 ? $"[{string.Join(", ", articles)}]" : string.Join('\n', articles);
            var bytes = Encoding.UTF8.GetBytes(json).ToList();
            for (int i = rng.Next(2) == 0 ? rng.Next(1, 4) : 0; i > 0 && bytes.Count > 0; i--)
            {
                int at = rng.Next(bytes.Count);
                switch (rng.Next(3))
                {
                    case 0: bytes[at] = (byte)rng.Next(256); break;
                    case 1: bytes.RemoveAt(at); break;
                    default: bytes.InsertRange(at, bytes.Skip(at).Take(rng.Next(1, 40)).ToList()); break;
                }
            }

            return [.. bytes];
        });

        Assert.InRange(read, 1, Seeds - 1);
    }

    // An object with article keys (sometimes twice: a duplicate) and values of any JSON kind, some nested.
    // Valid JSON unless mangled afterwards, so the odd values reach the article fields behind the parser.
    private static string Article(Random rng)
    {
        string[] keys = ["title", "headline", "text", "body", "content", "source", "publisher", "published", "date", "publishedAt", "url", "tags"];
        var members = Enumerable.Range(0, rng.Next(0, 7)).Select(_ => $"\"{keys[rng.Next(keys.Length)]}\": {Value(rng, rng.Next(1, 6))}");
        return $"{{{string.Join(", ", members)}}}";
    }

    private static string Value(Random rng, int depth) => (depth <= 1 ? rng.Next(3) : rng.Next(5)) switch
    {
        0 => StringValues[rng.Next(StringValues.Length)],
        1 => new[] { "42", "-0", "1e999", "null", "true", "\"\"" }[rng.Next(6)],
        2 => $"\"{Fragments[rng.Next(Fragments.Length)].Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal)}\"",
        3 => $"[{Value(rng, depth - 1)}]",
        _ => $"{{\"x\": {Value(rng, depth - 1)}}}",
    };

    private static byte[] RandomBytes(Random rng)
    {
        byte[] bytes = new byte[rng.Next(0, MaxLength + 1)];
        rng.NextBytes(bytes);
        return bytes;
    }

    // Returns how many inputs were read, so a generator can show it still reaches past the refusals.
    private static int AssertAllReadOrRefused(Func<Random, byte[]> make)
    {
        int read = 0;
        var failures = new List<string>();
        for (int seed = 0; seed < Seeds; seed++)
        {
            byte[] bytes = make(new Random(seed));
            try
            {
                var content = DumpReader.Read(bytes, Captured);
                Assert.NotEmpty(content.Documents);
                read++;
            }
            catch (DumpFormatException e) when (!string.IsNullOrWhiteSpace(e.Message))
            {
                // The refusal the reader promises.
            }
#pragma warning disable CA1031 // Any other exception is the finding; it is recorded with its seed, not rethrown.
            catch (Exception e)
#pragma warning restore CA1031
            {
                failures.Add($"seed {seed} ({bytes.Length} bytes): {e.GetType().Name}: {e.Message}");
            }
        }

        Assert.True(failures.Count == 0, $"{failures.Count} of {Seeds} seeds escaped the reader:\n{string.Join('\n', failures)}");
        return read;
    }
}
