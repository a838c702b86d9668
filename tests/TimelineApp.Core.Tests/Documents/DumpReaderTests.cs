using System.Text;
using NodaTime;
using TimelineApp.Core.Documents;

namespace TimelineApp.Core.Tests.Documents;

public sealed class DumpReaderTests
{
    private static readonly Capture Captured = new(Instant.FromUtc(2025, 7, 14, 15, 0), DateTimeZone.Utc);

    private const string PageScrape = """

        Harbour authority approves new ferry terminal after two-year review
        OSLO--The city's harbour authority approved plans for a new ferry terminal on Tuesday after a review that lasted two years.
        Harbour director Ingrid Solberg said construction would start in the spring.

        Share this article
        Sign up for updates:
        Comments
        No comments yet...
        Related Articles


        Nordic Wire
        3 hours ago
        - Nordic Wire
        Ferry operators welcome terminal decision
        Ferry operators said on Tuesday they welcomed the decision. By Per Hansen and Kari Lund The operators expect more routes. © Nordic Wire 2025.

        Coastal Times
        yesterday
        - Coastal Times
        Residents question terminal traffic plans
        Residents asked for a new traffic study on Monday.
        """;

    [Fact]
    public void PlainText_SplitsMainArticleAndRelatedBlocks()
    {
        var content = DumpReader.Read(PageScrape, Captured);

        Assert.Equal(DumpFormat.PlainText, content.Format);
        Assert.Equal(3, content.Documents.Count);
        Assert.Equal("Harbour authority approves new ferry terminal after two-year review", content.Documents[0].Title);
        Assert.Equal(["Nordic Wire", "Coastal Times"], content.Documents.Skip(1).Select(d => d.Source));
        Assert.Equal("Ferry operators welcome terminal decision", content.Documents[1].Title);
    }

    [Fact]
    public void PlainText_DropsChromeAndDateline()
    {
        var main = DumpReader.Read(PageScrape, Captured).Documents[0];

        Assert.Equal("OSLO", main.Dateline);
        Assert.StartsWith("The city's harbour authority", main.Body, StringComparison.Ordinal);
        foreach (string chrome in new[] { "Share this article", "Sign up for updates:", "Comments", "No comments yet...", "Related Articles" })
        {
            Assert.DoesNotContain(chrome, main.Body, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void PlainText_MovesBylinesAndCopyrightIntoCredits()
    {
        var related = DumpReader.Read(PageScrape, Captured).Documents[1];

        Assert.DoesNotContain("Per Hansen", related.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("©", related.Body, StringComparison.Ordinal);
        Assert.Contains(related.Credits, c => c.Contains("Per Hansen and Kari Lund", StringComparison.Ordinal));
        Assert.Contains(related.Credits, c => c.StartsWith('©'));
        Assert.Contains("The operators expect more routes.", related.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void PlainText_PublicationTimesComeFromAgesAnchoredToCapture()
    {
        var docs = DumpReader.Read(PageScrape, Captured).Documents;

        Assert.Equal(PublicationBasis.Assumed, docs[0].Published.Basis);
        Assert.Equal(Captured.At, docs[0].Published.Instant);
        Assert.Equal(PublicationBasis.RelativeToCapture, docs[1].Published.Basis);
        Assert.Equal(Instant.FromUtc(2025, 7, 14, 12, 0), docs[1].Published.Instant);
        Assert.Equal(new LocalDate(2025, 7, 13), docs[2].Published.Instant.InUtc().Date);
        Assert.True(docs[2].Published.IsDateOnly);
    }

    [Fact]
    public void PlainText_MainArticleTakesItsDatelineDate()
    {
        const string dump = """
            Dutch port strike ends after pay deal

            ROTTERDAM, July 10 (Reuters) - Dockworkers agreed a pay deal on Monday, ending the strike.
            """;

        var main = DumpReader.Read(dump, Captured).Documents[0];

        Assert.Equal(new LocalDate(2025, 7, 10), main.Published.Instant.InUtc().Date);
        Assert.NotEqual(PublicationBasis.Assumed, main.Published.Basis);
        Assert.Equal("ROTTERDAM", main.Dateline);
        Assert.StartsWith("Dockworkers", main.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void PlainText_MainArticleTakesItsPublishedLine_AndKeepsItOutOfTheText()
    {
        const string dump = """
            City council approves budget
            Published 10:32 BST, 10 July 2025
            The council voted on Wednesday to approve the budget.
            """;

        var docs = DumpReader.Read(dump, Captured).Documents;

        var main = Assert.Single(docs);
        Assert.Equal("City council approves budget", main.Title);
        Assert.Equal(Instant.FromUtc(2025, 7, 10, 9, 32), main.Published.Instant);
        Assert.Equal(PublicationBasis.Explicit, main.Published.Basis);
        Assert.DoesNotContain("10:32", main.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void PlainText_ABylineAndUpdatedAndPublishedLines_AreTheMainArticlesHeader()
    {
        const string dump = """

            Storm knocks out power across Texas
            By Jordan Reyes and Kelly Marsh, CNN
            Updated 12:05 PM EDT, Sun July 13, 2025
            Published 9:40 AM EDT, Sun July 13, 2025
            More than 300,000 customers were without power on Sunday after storms moved through.
            """;

        var main = Assert.Single(DumpReader.Read(dump, Captured).Documents);

        Assert.Equal("Storm knocks out power across Texas", main.Title);
        Assert.Equal(Instant.FromUtc(2025, 7, 13, 13, 40), main.Published.Instant);
        Assert.DoesNotContain("Updated", main.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void PlainText_ABlockWithAnAgeLineNotUnderstood_IsStillItsOwnDocument()
    {
        const string dump = """
            Harbour reopens after storm
            The harbour reopened on Monday.

            Quay Times
            sometime recently
            - Quay Times
            Crane makers expect orders
            Crane makers said orders rose in June.
            """;

        var docs = DumpReader.Read(dump, Captured).Documents;

        Assert.Equal(2, docs.Count);
        Assert.Equal("Quay Times", docs[1].Source);
        Assert.Equal("Crane makers expect orders", docs[1].Title);
        Assert.Equal(PublicationBasis.Assumed, docs[1].Published.Basis);
        Assert.Contains("sometime recently", docs[1].Published.Evidence, StringComparison.Ordinal);
        Assert.DoesNotContain("Crane", docs[0].Body, StringComparison.Ordinal);
    }

    [Fact]
    public void PlainText_SiteNoticesAreNotTheHeadlineOrTheText()
    {
        const string dump = """
            Skip to main content
            We use cookies to improve your experience. By continuing you agree to our Cookie Policy, updated 1 June 2025.
            Harbour reopens after storm
            The harbour reopened on Monday after a week of repairs. © 2025 Northgate Press Ltd.
            All rights reserved.
            """;

        var main = Assert.Single(DumpReader.Read(dump, Captured).Documents);

        Assert.Equal("Harbour reopens after storm", main.Title);
        Assert.Equal("The harbour reopened on Monday after a week of repairs.", main.Body);
        Assert.Contains(main.Credits, c => c.Contains("Northgate Press", StringComparison.Ordinal));
    }

    [Fact]
    public void PlainText_AMenuAboveTheHeadlineIsNotIt_ButATwoWordHeadlineIs()
    {
        const string menu = """
            This site uses cookies. Find out more in our privacy notice, last updated on 3 March 2025.
            Accept
            Reject
            World
            Sport

            Mining firm suspends operations after dam leak
            A mining company suspended operations at its mine on Sunday after a leak, it said in a statement.
            """;
        const string shortHeadline = """
            Strike ends
            Dockworkers at the port agreed a pay deal on Monday, ending a two-week strike.
            """;

        Assert.Equal("Mining firm suspends operations after dam leak", Assert.Single(DumpReader.Read(menu, Captured).Documents).Title);
        Assert.Equal("Strike ends", Assert.Single(DumpReader.Read(shortHeadline, Captured).Documents).Title);
    }

    [Fact]
    public void PlainText_NewsAboutCookiesOrPrivacyIsKept()
    {
        const string dump = """
            Regulator fines retailer over tracking
            The regulator said the retailer set advertising cookies without consent and must change its privacy policy by March.
            """;

        var main = Assert.Single(DumpReader.Read(dump, Captured).Documents);

        Assert.Contains("advertising cookies", main.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void JsonArray_ReadsArticlesWithExplicitTimes()
    {
        const string json = """
            [ { "title": "A", "source": "Wire", "published": "2025-07-10T08:30:00+02:00", "text": "Body A.", "url": "https://example.org/a" },
              { "title": "B", "body": "Body B." } ]
            """;

        var content = DumpReader.Read(json, Captured);

        Assert.Equal(DumpFormat.JsonArticles, content.Format);
        Assert.Equal(2, content.Documents.Count);
        Assert.Equal(Instant.FromUtc(2025, 7, 10, 6, 30), content.Documents[0].Published.Instant);
        Assert.Equal(PublicationBasis.Explicit, content.Documents[0].Published.Basis);
        Assert.Equal("https://example.org/a", content.Documents[0].Url);
        Assert.Equal(PublicationBasis.Assumed, content.Documents[1].Published.Basis);
    }

    [Theory]
    [InlineData("\"published\": \"Sat, 12 Jul 2025 10:00:00 GMT\"", "2025-07-12T10:00:00Z")]
    [InlineData("\"pubDate\": \"Sat, 12 Jul 2025 12:00:00 +0200\"", "2025-07-12T10:00:00Z")]
    [InlineData("\"datePublished\": \"2025-07-12T10:00:00Z\"", "2025-07-12T10:00:00Z")]
    [InlineData("\"published\": 1752314400", "2025-07-12T10:00:00Z")]
    [InlineData("\"publishedAt\": 1752314400000", "2025-07-12T10:00:00Z")]
    [InlineData("\"date\": \"1752314400\"", "2025-07-12T10:00:00Z")]
    public void Json_ReadsTheDateFormatsFeedsUse(string field, string expected)
    {
        string json = "[{\"title\": \"Port reopens\", \"description\": \"The port reopened on Friday.\", " + field + "}]";

        var doc = Assert.Single(DumpReader.Read(json, Captured).Documents);

        Assert.Equal(NodaTime.Text.InstantPattern.ExtendedIso.Parse(expected).Value, doc.Published.Instant);
        Assert.Equal(PublicationBasis.Explicit, doc.Published.Basis);
        Assert.Equal("The port reopened on Friday.", doc.Body);
    }

    [Fact]
    public void Json_AnArticleOverSeveralLines_AndAnApiReplyWrappingArticles_AreRead()
    {
        const string single = """
            {
              "title": "Port reopens",
              "text": "The port reopened on Friday."
            }
            """;
        const string wrapped = """
            {"status": "ok", "totalResults": 2,
             "articles": [
               {"title": "Port reopens", "content": "The port reopened on Friday.", "publishedAt": "2025-07-12T10:00:00Z"},
               {"title": "Ferries resume", "content": "Ferries resumed on Saturday.", "publishedAt": "2025-07-13T10:00:00Z"}
             ]}
            """;

        Assert.Equal("Port reopens", Assert.Single(DumpReader.Read(single, Captured).Documents).Title);
        var docs = DumpReader.Read(wrapped, Captured).Documents;
        Assert.Equal(["Port reopens", "Ferries resume"], docs.Select(d => d.Title));
        Assert.Equal(Instant.FromUtc(2025, 7, 13, 10, 0), docs[1].Published.Instant);
    }

    [Fact]
    public void Json_ASourceGivenAsAnObject_IsNamedByIt()
    {
        const string json = """[{"title": "Rail line reopens", "source": {"id": "crn", "name": "Coast Rail News"}, "body": "The line reopened on Friday."}]""";

        Assert.Equal("Coast Rail News", Assert.Single(DumpReader.Read(json, Captured).Documents).Source);
    }

    [Fact]
    public void ATwiceWrittenByteOrderMark_IsNotTheHeadline()
    {
        byte[] bytes = [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("\uFEFF\nHarbour reopens after storm\nThe harbour reopened on Monday after repairs.\n")];

        var main = Assert.Single(DumpReader.Read(bytes, Captured).Documents);

        Assert.Equal("Harbour reopens after storm", main.Title);
    }

    [Fact]
    public void JsonLines_ReadsOneArticlePerLine()
    {
        const string jsonl = "{\"title\":\"A\",\"text\":\"One.\",\"published\":\"2025-07-01\"}\n{\"title\":\"B\",\"text\":\"Two.\",\"published\":\"2 days ago\"}\n";

        var docs = DumpReader.Read(jsonl, Captured).Documents;

        Assert.Equal(2, docs.Count);
        Assert.Equal(new LocalDate(2025, 7, 1), docs[0].Published.Instant.InUtc().Date);
        Assert.Equal(PublicationBasis.RelativeToCapture, docs[1].Published.Basis);
        Assert.Equal(new LocalDate(2025, 7, 12), docs[1].Published.Instant.InUtc().Date);
    }

    [Theory]
    [InlineData("", DumpProblem.Empty)]
    [InlineData("   \n\n  ", DumpProblem.Empty)]
    [InlineData("<html><body>hi</body></html>", DumpProblem.UnknownFormat)]
    [InlineData("[ {\"title\": ", DumpProblem.InvalidJson)]
    [InlineData("[1, 2, 3]", DumpProblem.InvalidJson)]
    [InlineData("[]", DumpProblem.NoDocuments)]
    [InlineData("{\"name\": \"not an article\"}", DumpProblem.InvalidJson)]
    public void BadInput_GivesAClearProblem(string text, DumpProblem expected)
    {
        var error = Assert.Throws<DumpFormatException>(() => DumpReader.Read(Encoding.UTF8.GetBytes(text), Captured));

        Assert.Equal(expected, error.Problem);
        Assert.False(string.IsNullOrWhiteSpace(error.Message));
    }

    [Fact]
    public void BinaryBytes_AreRefused()
    {
        byte[] bytes = [0x7F, 0x45, 0x4C, 0x46, 0x02, 0x01, 0x00, 0x00, 0x00, 0x41];

        var error = Assert.Throws<DumpFormatException>(() => DumpReader.Read(bytes, Captured));

        Assert.Equal(DumpProblem.Binary, error.Problem);
    }

    [Fact]
    public void InvalidUtf8_IsRefusedNotGarbled()
    {
        byte[] latin1 = Encoding.Latin1.GetBytes("Caf\u00e9 owners met on Monday and agreed on new opening hours.");

        var error = Assert.Throws<DumpFormatException>(() => DumpReader.Read(latin1, Captured));

        Assert.Equal(DumpProblem.InvalidEncoding, error.Problem);
    }

    [Theory]
    [InlineData(new byte[] { 0xC3, 0x28 }, "offset 10")] // a lead byte without its continuation
    [InlineData(new byte[] { 0xC0, 0xAF }, "offset 10")] // an overlong "/"
    [InlineData(new byte[] { 0xED, 0xA0, 0x80 }, "offset 10")] // a UTF-16 surrogate written as UTF-8
    [InlineData(new byte[] { 0xE2, 0x82 }, "offset 10")] // a file cut in the middle of a character
    public void InvalidUtf8_IsRefused_SayingWhere(byte[] bad, string where)
    {
        byte[] bytes = [.. Encoding.UTF8.GetBytes("\nHeadline\n"), .. bad];

        var error = Assert.Throws<DumpFormatException>(() => DumpReader.Read(bytes, Captured));

        Assert.Equal(DumpProblem.InvalidEncoding, error.Problem);
        Assert.Contains(where, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Utf16WithALoneSurrogate_IsRefusedNotReplaced()
    {
        byte[] text = Encoding.Unicode.GetBytes("\nTitle of a story here\nOfficials met on Monday.\n");
        byte[] bytes = [.. Encoding.Unicode.GetPreamble(), .. text[..20], 0x00, 0xD8, .. text[20..]]; // U+D800 alone

        var error = Assert.Throws<DumpFormatException>(() => DumpReader.Read(bytes, Captured));

        Assert.Equal(DumpProblem.InvalidEncoding, error.Problem);
        Assert.Contains("UTF-16", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Utf16WithAStrayLastByte_IsRefused()
    {
        byte[] bytes = [.. Encoding.BigEndianUnicode.GetPreamble(), .. Encoding.BigEndianUnicode.GetBytes("\nTitle of a story here\nOfficials met on Monday.\n"), 0x41];

        var error = Assert.Throws<DumpFormatException>(() => DumpReader.Read(bytes, Captured));

        Assert.Equal(DumpProblem.InvalidEncoding, error.Problem);
    }

    [Fact]
    public void Utf16WithBom_IsAccepted()
    {
        byte[] bytes = [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes("\nTitle of a story here\nOfficials met on Monday to discuss the plan.\n")];

        var docs = DumpReader.Read(bytes, Captured).Documents;

        Assert.Equal("Title of a story here", docs[0].Title);
    }

    [Fact]
    public void TooManyArticles_IsRefused()
    {
        string jsonl = string.Join('\n', Enumerable.Range(0, 11).Select(i => $"{{\"title\":\"T{i}\",\"text\":\"x\"}}"));

        var error = Assert.Throws<DumpFormatException>(() => DumpReader.Read(jsonl, Captured, maxDocuments: 10));

        Assert.Equal(DumpProblem.TooManyDocuments, error.Problem);
    }
}
