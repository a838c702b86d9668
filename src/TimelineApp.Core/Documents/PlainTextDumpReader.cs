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

    // A block starts at a short source line directly followed by an age line, or by any short line and then the
    // "- Source" echo (an age this reader does not understand still leaves the block's shape). The main article's
    // header (headline, byline, "Updated …" and "Published …" lines) comes before its prose: without the echo, no
    // block starts before the first sentence of prose, and a block's age line is never the source of another.
    private static List<int> FindRelatedBlocks(string[] lines)
    {
        var starts = new List<int>();
        bool proseSeen = false;
        for (int i = 1; i < lines.Length; i++)
        {
            string source = lines[i - 1].Trim();
            proseSeen |= PageChrome.IsProse(source);
            if (source.Length is 0 or > 80 || PageChrome.WordCount(source) > 8 || (starts.Count > 0 && starts[^1] == i - 2))
            {
                continue;
            }

            bool echoed = EchoFollows(lines, i, source);
            bool aged = RelativeAge.IsAgeLine(lines[i]) || (echoed && lines[i].Trim().Length is > 0 and <= 40);
            if (aged && (proseSeen || echoed))
            {
                starts.Add(i - 1);
            }
        }

        return starts;
    }

    private static bool EchoFollows(string[] lines, int ageLine, string source)
    {
        int next = Array.FindIndex(lines, ageLine + 1, l => l.Trim().Length > 0);
        return next > 0 && SourceEcho().Match(lines[next].Trim()) is { Success: true } echo
            && string.Equals(echo.Groups["name"].Value.Trim(), source, StringComparison.OrdinalIgnoreCase);
    }

    private static NewsDocument? ReadMainArticle(string[] lines, Capture capture, int index)
    {
        // Navigation and consent notices above the headline ("Skip to main content", a cookie banner, a menu of
        // one- or two-word links such as "Accept", "World", "Sport") are not it.
        var content = lines.Select(l => l.Trim()).Where(l => l.Length > 0).ToList();
        int header = 0;
        while (header < content.Count && (PageChrome.IsSiteNotice(content[header]) || IsMenu(content, header)))
        {
            header++;
        }

        content = content[header..];
        if (content.Count == 0)
        {
            return null;
        }

        string title = content[0];
        var rest = content.Skip(1).ToList();
        var published = PublishedLine(rest, capture) ?? DatelineDate(rest, capture)
            ?? new PublicationTime(capture.At, PublicationBasis.Assumed, "no publication time in the text; the capture time stands in");
        var paragraphs = rest.Where(l => !PageChrome.IsChrome(l)).ToList();
        if (PageChrome.IsChrome(title) && paragraphs.Count == 0)
        {
            return null;
        }

        return Build(index, source: null, title, paragraphs, published);
    }

    // A link of a menu: a line of at most two words next to another such line. A two-word headline alone is kept.
    private static bool IsMenu(List<string> content, int i)
    {
        static bool Short(string line) => PageChrome.WordCount(line) <= 2 && !RelativeAge.IsAgeLine(line);
        return Short(content[i]) && ((i + 1 < content.Count && Short(content[i + 1])) || (i > 0 && Short(content[i - 1])));
    }

    // "Published 10:32 BST, 8 July 2025", "Mon 14 Jul 2025 09.30 BST", "By Sam Hill | July 10, 2025 | 3 min read":
    // a line under the headline that says when the article was published. A "Published" line wins over an
    // "Updated" one; all of them are taken out of the text.
    private static PublicationTime? PublishedLine(List<string> lines, Capture capture)
    {
        var found = new List<(int Index, PublicationTime Time)>();
        for (int i = 0; i < Math.Min(4, lines.Count); i++)
        {
            if (RelativeAge.TryParse(lines[i], capture, out var published))
            {
                found.Add((i, published));
            }
        }

        foreach (var (index, _) in found.OrderByDescending(f => f.Index))
        {
            lines.RemoveAt(index);
        }

        return found.Count == 0 ? null
            : found.Where(f => !UpdatedLabel().IsMatch(f.Time.Evidence)).Select(f => f.Time).FirstOrDefault() ?? found[0].Time;
    }

    // "ROTTERDAM, July 10 (Reuters) -", "NEW YORK (AP) — July 9, 2025 —": the date in the first paragraph's dateline.
    private static PublicationTime? DatelineDate(List<string> lines, Capture capture)
    {
        var paragraph = lines.FirstOrDefault(l => !PageChrome.IsChrome(l));
        return paragraph is not null && Dateline().Match(paragraph) is { Success: true } d && d.Groups["date"].Success
            && RelativeAge.TryParse(d.Groups["date"].Value, capture, out var published)
            ? published with { Evidence = $"dateline: {d.Value.Trim()}" }
            : null;
    }

    private static NewsDocument? ReadRelatedBlock(string[] lines, Capture capture, int index)
    {
        string source = lines[0].Trim();
        if (lines.Length < 2)
        {
            return null; // cannot happen: a block holds at least its source and age lines
        }

        if (!RelativeAge.TryParse(lines[1], capture, out var published))
        {
            published = new PublicationTime(capture.At, PublicationBasis.Assumed, $"age line \"{lines[1].Trim()}\" not understood; the capture time stands in");
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

    [GeneratedRegex(@"^\s*(?:last\s+)?updated\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex UpdatedLabel();

    [GeneratedRegex(@"^[-–—]\s*(?<name>.+)$", RegexOptions.None, matchTimeoutMilliseconds: RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex SourceEcho();

    // "SEOUL--", "KYIV, Ukraine (AP) -- ", "WASHINGTON (Reuters) - ", "ROTTERDAM, July 10 (Reuters) - ", "NEW YORK (AP) —
    // July 9, 2025 — ": a place in capitals, an optional region, date and agency, a dash, and a date set off by dashes.
    [GeneratedRegex(@"^(?<place>[A-Z][A-Z .'-]{1,40}(?:,\s*(?![A-Z][a-z]{2,8}\.?\s+\d)[A-Z][A-Za-z .]{1,30})?)(?:,\s*(?<date>[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s*\d{4})?|\d{1,2}\s+[A-Z][a-z]{2,8}(?:\s+\d{4})?))?\s*(?:\((?<agency>[A-Za-z .]{1,20})\))?\s*(?:--|—|–|-\s)\s*(?:(?<date>[A-Z][a-z]{2,8}\.?\s+\d{1,2},\s*\d{4})\s*(?:--|—|–|-)\s*)?", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex Dateline();
}
