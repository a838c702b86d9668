namespace TimelineApp.Core.Documents;

/// <summary>The formats a dump may come in, detected from its content, never from its file name.</summary>
public enum DumpFormat
{
    PlainText,
    JsonArticles,
}

/// <summary>The documents read from a dump, and the format they were read as.</summary>
public sealed record DumpContent(DumpFormat Format, IReadOnlyList<NewsDocument> Documents);

/// <summary>
/// The first stage of the pipeline: bytes in, documents with publication times out. Detects the format by
/// content (a JSON array or JSON Lines of articles, or a plain-text page scrape) and refuses anything else
/// with a <see cref="DumpFormatException"/> that says what was expected.
/// </summary>
public static class DumpReader
{
    public const int DefaultMaxDocuments = 5_000;

    public static DumpContent Read(ReadOnlySpan<byte> bytes, Capture capture, int maxDocuments = DefaultMaxDocuments) =>
        Read(DumpText.Decode(bytes), capture, maxDocuments);

    public static DumpContent Read(string text, Capture capture, int maxDocuments = DefaultMaxDocuments)
    {
        ArgumentNullException.ThrowIfNull(text);
        string start = text.TrimStart();
        if (start.Length == 0)
        {
            throw new DumpFormatException(DumpProblem.Empty, "The dump is empty: expected a text dump or JSON articles.");
        }

        if (start[0] is '[' or '{')
        {
            var documents = JsonArticlesReader.Read(text, capture, maxDocuments);
            return documents.Count > 0
                ? new DumpContent(DumpFormat.JsonArticles, documents)
                : throw new DumpFormatException(DumpProblem.NoDocuments, "The JSON holds no articles.");
        }

        if (LooksLikeMarkup(start))
        {
            throw new DumpFormatException(DumpProblem.UnknownFormat, "This looks like HTML or XML. Expected a plain-text page scrape (headline, paragraphs, related articles with their ages) or JSON articles.");
        }

        var plain = PlainTextDumpReader.Read(text, capture);
        if (plain.Count == 0 || plain.All(d => d.Body.Length == 0 && PageChrome.WordCount(d.Title) < 3))
        {
            throw new DumpFormatException(DumpProblem.UnknownFormat, "No article found. Expected a plain-text page scrape (headline, paragraphs, related articles with their ages) or JSON articles.");
        }

        if (plain.Count > maxDocuments)
        {
            throw new DumpFormatException(DumpProblem.TooManyDocuments, $"The dump has {plain.Count} articles; one upload may hold at most {maxDocuments}.");
        }

        return new DumpContent(DumpFormat.PlainText, plain);
    }

    // A saved web page or feed, not a text scrape. Text that merely contains tags (a headline quoting
    // "<script>") is still text, and is shown literally.
    private static bool LooksLikeMarkup(string start)
    {
        string[] openers = ["<?xml", "<!doctype", "<html", "<head", "<body", "<rss", "<feed", "<div", "<article"];
        return openers.Any(o => start.StartsWith(o, StringComparison.OrdinalIgnoreCase));
    }
}
