using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace TimelineApp.Core.Tests.Acceptance.NewsSet;

/// <summary>A gold person of a news-set article: the canonical name and every form the article writes.</summary>
public sealed record NewsSetPerson(string Name, IReadOnlyList<string> Forms);

/// <summary>The gold people of an article (<c>NSnnn.people.json</c>): people to find, and names that count neither way.</summary>
public sealed record NewsSetPeople(string Doc, string? Story, IReadOnlyList<NewsSetPerson> People, IReadOnlyList<string>? May);

/// <summary>
/// One article of the news set (tests/news-set/&lt;part&gt;/NSnnn.tml, TimeML with a DCT): its id, headline, plain
/// text (the TEXT element with tags removed and entities decoded), publication date and gold people.
/// </summary>
public sealed partial record NewsSetArticle(string Id, string Title, string Text, string Dct, NewsSetPeople Gold)
{
    /// <summary>The articles of a folder that have both their .tml and their .people.json, in id order.</summary>
    public static IReadOnlyList<NewsSetArticle> LoadFolder(string folder) =>
        [.. Directory.EnumerateFiles(folder, "*.tml").Order(StringComparer.Ordinal)
            .Where(f => File.Exists(Path.ChangeExtension(f, ".people.json")))
            .Select(Load)];

    public static NewsSetArticle Load(string tmlPath)
    {
        string xml = File.ReadAllText(tmlPath);
        string id = Path.GetFileNameWithoutExtension(tmlPath);
        string dct = DctValue().Match(xml) is { Success: true } d ? d.Groups[1].Value : throw new InvalidDataException($"{id}: no DCT value");
        string title = Plain(Element(xml, "TITLE") ?? string.Empty).Trim();
        string text = Plain(Element(xml, "TEXT") ?? throw new InvalidDataException($"{id}: no TEXT")).Trim();
        var gold = JsonSerializer.Deserialize<NewsSetPeople>(File.ReadAllText(Path.ChangeExtension(tmlPath, ".people.json")), JsonSerializerOptions.Web)
            ?? throw new InvalidDataException($"{id}: empty people file");
        return new NewsSetArticle(id, title, text, dct, gold);
    }

    /// <summary>The article as a one-article JSON dump, published at noon UTC on its DCT (the set gives the day only).</summary>
    public string ToJsonDump() => JsonSerializer.Serialize(
        new[] { new { title = Title, source = "news-set", published = Dct[..10] + "T12:00:00Z", text = Text } },
        JsonSerializerOptions.Web);

    private static string? Element(string xml, string name)
    {
        int start = xml.IndexOf($"<{name}>", StringComparison.Ordinal);
        int end = xml.IndexOf($"</{name}>", StringComparison.Ordinal);
        return start < 0 || end < start ? null : xml[(start + name.Length + 2)..end];
    }

    private static string Plain(string xml) => WebUtility.HtmlDecode(Tag().Replace(xml, string.Empty));

    [GeneratedRegex("<[^>]+>", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Tag();

    [GeneratedRegex("<DCT>\\s*<TIMEX3[^>]*value=\"([^\"]+)\"", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex DctValue();
}
