using System.Text.RegularExpressions;
using TimelineApp.Core.Text;

namespace TimelineApp.Core.Documents;

/// <summary>
/// Reads the plain-text page scrape: a main article (headline, then paragraphs, the first opening with a
/// dateline), site chrome, then "related article" blocks of the shape
/// <c>source / age ("3 hours ago") / "- source" / headline / body</c>.
/// A block is found by its age line, never by a site's wording.
/// </summary>
public static partial class PlainTextDumpReader
{
    public static IReadOnlyList<NewsDocument> Read(string text, Capture capture)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(capture);
        string[] lines = text.Split('\n');
        var blockStarts = FindRelatedBlocks(lines);
        var documents = new List<NewsDocument>();

        int mainEnd = blockStarts.Count > 0 ? blockStarts[0] : lines.Length;
        var main = ReadMainArticle(lines[..mainEnd], capture, documents.Count);
        if (main is not null)
        {
            documents.Add(main);
        }

        for (int b = 0; b < blockStarts.Count; b++)
        {
            int end = b + 1 < blockStarts.Count ? blockStarts[b + 1] : lines.Length;
            var related = ReadRelatedBlock(lines[blockStarts[b]..end], capture, documents.Count);
            if (related is not null)
            {
                documents.Add(related);
            }
        }

        return documents;
    }

    // A block starts at a short source line directly followed by an age line.
    private static List<int> FindRelatedBlocks(string[] lines)
    {
        var starts = new List<int>();
        for (int i = 1; i < lines.Length; i++)
        {
            string source = lines[i - 1].Trim();
            if (source.Length is > 0 and <= 80 && PageChrome.WordCount(source) <= 8 && RelativeAge.IsAgeLine(lines[i]))
            {
                starts.Add(i - 1);
            }
        }

        return starts;
    }

    private static NewsDocument? ReadMainArticle(string[] lines, Capture capture, int index)
    {
        var content = lines.Select(l => l.Trim()).Where(l => l.Length > 0).ToList();
        if (content.Count == 0)
        {
            return null;
        }

        string title = content[0];
        var paragraphs = content.Skip(1).Where(l => !PageChrome.IsChrome(l)).ToList();
        if (PageChrome.IsChrome(title) && paragraphs.Count == 0)
        {
            return null;
        }

        var published = new PublicationTime(capture.At, PublicationBasis.Assumed, "no publication time in the text; the capture time stands in");
        return Build(index, source: null, title, paragraphs, published);
    }

    private static NewsDocument? ReadRelatedBlock(string[] lines, Capture capture, int index)
    {
        string source = lines[0].Trim();
        if (!RelativeAge.TryParse(lines[1], capture, out var published))
        {
            return null;
        }

        var rest = lines.Skip(2).Select(l => l.Trim()).Where(l => l.Length > 0).ToList();
        // The "- Source" echo line that aggregators print under the age.
        if (rest.Count > 0 && SourceEcho().Match(rest[0]) is { Success: true } echo
            && string.Equals(echo.Groups["name"].Value.Trim(), source, StringComparison.OrdinalIgnoreCase))
        {
            rest.RemoveAt(0);
        }

        if (rest.Count == 0)
        {
            return null;
        }

        string title = rest[0];
        var paragraphs = rest.Skip(1).Where(l => !PageChrome.IsChrome(l)).ToList();
        return Build(index, source, title, paragraphs, published);
    }

    private static NewsDocument Build(int index, string? source, string title, List<string> paragraphs, PublicationTime published)
    {
        string? dateline = null;
        if (paragraphs.Count > 0 && Dateline().Match(paragraphs[0]) is { Success: true } d)
        {
            dateline = d.Groups["place"].Value.Trim();
            paragraphs[0] = paragraphs[0][d.Length..];
        }

        var (body, credits) = CreditStripper.Strip(string.Join('\n', paragraphs));
        return new NewsDocument(index, source, title.Trim(), body, published, credits, Dateline: dateline);
    }

    [GeneratedRegex(@"^[-–—]\s*(?<name>.+)$")]
    private static partial Regex SourceEcho();

    // "SEOUL--", "KYIV, Ukraine (AP) -- ", "WASHINGTON (Reuters) - ": a place in capitals, an optional region and agency, a dash.
    [GeneratedRegex(@"^(?<place>[A-Z][A-Z .'-]{1,40}(?:,\s*[A-Z][A-Za-z .]{1,30})?)\s*(?:\((?<agency>[A-Za-z .]{1,20})\))?\s*(?:--|—|–|-\s)\s*", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex Dateline();
}
