using System.Text;
using NodaTime;
using TimelineApp.Core.Documents;

namespace TimelineApp.Core.Tests.Documents;

/// <summary>
/// Fault-matrix row 7: JSON that parses badly or has the wrong shape is refused as a whole, with a message that
/// says where (file line and byte, or the article) — never a crash, never the articles before the fault.
/// </summary>
public sealed class MalformedJsonTests
{
    private static readonly Capture Captured = new(Instant.FromUtc(2025, 7, 14, 15, 0), DateTimeZone.Utc);

    private static DumpFormatException Refused(string json)
    {
        // Through the bytes entry point, as an upload arrives; Assert.Throws also proves nothing was returned.
        var error = Assert.Throws<DumpFormatException>(() => DumpReader.Read(Encoding.UTF8.GetBytes(json), Captured));
        Assert.Equal(DumpProblem.InvalidJson, error.Problem);
        Assert.Contains("expected a JSON array of articles", error.Message, StringComparison.OrdinalIgnoreCase);
        return error;
    }

    [Fact]
    public void DuplicateKeyInAnArticle_IsRefused_NamingTheKeyAndItsLine()
    {
        // Two "published" values: which one the scraper meant cannot be known, so neither is guessed.
        const string json = """
            [
              { "title": "Ferry terminal approved", "text": "The harbour authority approved it on Tuesday.", "published": "2025-07-08" },
              { "title": "Operators react", "text": "Operators welcomed it.", "published": "2025-07-09", "published": "2025-06-01" }
            ]
            """;

        var error = Refused(json);

        Assert.Contains("'published'", error.Message, StringComparison.Ordinal);
        Assert.Contains("line 3,", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void DuplicateKeyInANestedObject_IsRefusedToo()
    {
        const string json = """{"title": "Ferry terminal approved", "text": "Approved on Tuesday.", "meta": {"tag": "port", "tag": "city"}}""";

        var error = Refused(json);

        Assert.Contains("'tag'", error.Message, StringComparison.Ordinal);
        Assert.Contains("line 1,", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void DuplicateKeyOnALaterJsonLine_RefusesTheWholeDump_NotJustThatLine()
    {
        const string jsonl = """
            {"title": "Ferry terminal approved", "text": "Approved on Tuesday."}
            {"title": "Operators react", "text": "Operators welcomed it."}
            {"title": "Residents ask for a study", "title": "Residents object", "text": "Residents asked on Monday."}
            """;

        var error = Refused(jsonl);

        Assert.Contains("'title'", error.Message, StringComparison.Ordinal);
        Assert.Contains("line 3,", error.Message, StringComparison.Ordinal);
    }

    public static TheoryData<string, string> DeepNesting => new()
    {
        { new string('[', 10_000) + new string(']', 10_000), "line 1," },
        { "[\n" + """{"title": "A", "text": "B", "x": """ + new string('[', 10_000) + new string(']', 10_000) + "}\n]", "line 2," },
        { "{\"title\": \"A\", \"text\": \"B\"}\n" + string.Concat(Enumerable.Repeat("{\"a\":", 10_000)) + "1" + new string('}', 10_000), "line 2," },
    };

    [Theory]
    [MemberData(nameof(DeepNesting))]
    public void TenThousandLevelsOfNesting_AreRefusedAtTheDepthLimit_NotAStackOverflow(string json, string where)
    {
        var error = Refused(json);

        Assert.Contains("depth", error.Message, StringComparison.Ordinal);
        Assert.Contains(where, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("[{\"title\": \"A\", \"text\": \"B\"}]\nThanks for reading!", "line 2, byte 1:")]
    [InlineData("[{\"title\": \"A\", \"text\": \"B\"}]]", "line 1, byte 30:")]
    [InlineData("{\"title\": \"A\", \"text\": \"B\"} {\"title\": \"C\", \"text\": \"D\"}", "line 1, byte 29:")]
    // Leading blank lines count: the line is the file's, not the line within the JSON after trimming.
    [InlineData("\n\n[{\"title\": \"A\", \"text\": \"B\"}] <!-- saved by the scraper -->", "line 3, byte 31:")]
    public void TrailingGarbage_IsRefused_SayingWhereItStarts(string json, string where)
    {
        var error = Refused(json);

        Assert.Contains("after a single JSON value", error.Message, StringComparison.Ordinal);
        Assert.Contains(where, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""[{"title": "Ferry \ud800 terminal", "text": "B"}]""", "Article 1: \"title\"")]
    [InlineData("""{"title": "A", "text": "B"}""" + "\n" + """{"title": "C", "text": "D \udc00"}""", "Line 2: \"text\"")]
    public void HalfASurrogatePairEscape_IsRefused_NotAnInvalidOperationException(string json, string where)
    {
        // Syntactically valid JSON whose string cannot become .NET text; JsonElement.GetString throws for it.
        var error = Refused(json);

        Assert.Contains(where, error.Message, StringComparison.Ordinal);
    }
}
