using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using NodaTime;
using NodaTime.Text;
using TimelineApp.Core.Documents;
using TimelineApp.Core.Entities;
using TimelineApp.Core.Pipeline;
using TimelineApp.Core.Samples;
using TimelineApp.Core.Tests.Acceptance;

namespace TimelineApp.Core.Tests.Events;

/// <summary>
/// Event titles beside their evidence, for checking titles by hand on news the rules were not written for: the
/// news-set's TimeML articles (tests/news-set/dev/*.tml, or the folder TITLES_DEV names) become one JSON articles dump, the way a scraper would hand
/// them over, and go through the default pipeline unmerged. Set TITLES_OUT to a file path to write the list
/// (title, then the evidence sentence); without it the test only checks the conversion.
/// </summary>
public sealed partial class TitleSample
{
    /// <summary>One JSON article per TimeML file: its TITLE, its DCT as the publication day, its TEXT without tags.</summary>
    public static string ArticlesDump(IEnumerable<string> tmlFiles)
    {
        var articles = tmlFiles.Select(path =>
        {
            string xml = File.ReadAllText(path);
            string title = Inner(xml, "TITLE") ?? Path.GetFileNameWithoutExtension(path);
            string dct = DctValue().Match(xml) is { Success: true } m ? m.Groups[1].Value : "2025-01-01";
            string text = WebUtility.HtmlDecode(Tag().Replace(Inner(xml, "TEXT") ?? string.Empty, string.Empty)).Trim();
            return new Dictionary<string, string>(StringComparer.Ordinal)
            {
                ["title"] = WebUtility.HtmlDecode(Tag().Replace(title, string.Empty)).Trim(),
                ["source"] = Path.GetFileNameWithoutExtension(path),
                ["published"] = dct[..Math.Min(10, dct.Length)],
                ["text"] = text,
            };
        }).ToList();
        return JsonSerializer.Serialize(articles, JsonSerializerOptions.Web);
    }

    /// <summary>Every event of a dump, unmerged, as "title" then its evidence sentence.</summary>
    public static string Listing(TimelineResult result)
    {
        var sb = new StringBuilder();
        foreach (var a in result.Actors.Where(a => a.Kind == ActorKind.Person))
        {
            sb.Append(CultureInfo.InvariantCulture, $"  actor {a.Name} = {string.Join(" | ", a.Aliases)}\n");
        }

        foreach (var e in result.Events.Where(e => e.Evidence[0].Phrase is not null))
        {
            sb.Append(CultureInfo.InvariantCulture, $"[{e.Id} {e.TimexValue}] {e.Title}\n    phrase: {e.Evidence[0].Phrase}\n    {e.Evidence[0].Sentence}\n");
        }

        return sb.ToString();
    }

    private static string? Inner(string xml, string tag)
    {
        int open = xml.IndexOf($"<{tag}>", StringComparison.Ordinal);
        int close = xml.IndexOf($"</{tag}>", StringComparison.Ordinal);
        return open >= 0 && close > open ? xml[(open + tag.Length + 2)..close] : null;
    }

    private static string? RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "TimelineApp.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName;
    }

    [Fact]
    public void TimeMlBecomesAnArticleWithoutTags()
    {
        string path = Path.Combine(Path.GetTempPath(), $"ts-{Guid.NewGuid():N}.tml");
        File.WriteAllText(path, "<TimeML><DCT><TIMEX3 tid=\"t0\" type=\"DATE\" value=\"2024-12-04\">2024-12-04</TIMEX3></DCT><TITLE>Vote held</TITLE><TEXT>\nThe vote was held <TIMEX3 tid=\"t1\" type=\"DATE\" value=\"2024-12-03\">on Tuesday</TIMEX3> &amp; counted.\n</TEXT></TimeML>");
        try
        {
            using var json = JsonDocument.Parse(ArticlesDump([path]));
            var article = json.RootElement[0];
            Assert.Equal("Vote held", article.GetProperty("title").GetString());
            Assert.Equal("2024-12-04", article.GetProperty("published").GetString());
            Assert.Equal("The vote was held on Tuesday & counted.", article.GetProperty("text").GetString());
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void WritesTitlesWhenAsked()
    {
        string? output = Environment.GetEnvironmentVariable("TITLES_OUT");
        if (string.IsNullOrEmpty(output))
        {
            Assert.Skip("set TITLES_OUT=/path/file.txt to write the titles of the news-set and the dumps");
        }

        string root = RepositoryRoot() ?? throw new InvalidOperationException("no repository root");
        string devFolder = Environment.GetEnvironmentVariable("TITLES_DEV") ?? Path.Combine(root, "tests", "news-set", "dev");
        var sb = new StringBuilder();
        if (Directory.Exists(devFolder))
        {
            var files = Directory.EnumerateFiles(devFolder, "*.tml").Order(StringComparer.Ordinal).ToList();
            var capture = new TimelineApp.Core.Documents.Capture(InstantPattern.ExtendedIso.Parse("2025-12-31T12:00:00Z").GetValueOrThrow(), DateTimeZone.Utc);
            sb.Append(CultureInfo.InvariantCulture, $"# news-set dev: {files.Count} articles\n");
            sb.Append(Listing(Unmerged().Process(ArticlesDump(files), capture, cancellationToken: TestContext.Current.CancellationToken)));
        }

        sb.Append("# bundled sample\n");
        sb.Append(Listing(DumpRun.Pipeline.Process(SampleDump.ReadBytes(), SampleDump.Capture, cancellationToken: TestContext.Current.CancellationToken)));
        foreach (var expected in DumpRun.ExpectedFiles(DumpRun.SeedsFolder).Concat(DumpRun.ExpectedFiles(DumpRun.OwnDumpsFolder)))
        {
            sb.Append(CultureInfo.InvariantCulture, $"# {Path.GetFileName(expected)}\n");
            sb.Append(Listing(DumpRun.Run(expected).Result));
        }

        File.WriteAllText(output, sb.ToString());
    }

    // The events as built, not merged: a merged title is one of several, and the sample is of titles as made.
    private static TimelinePipeline Unmerged() => new(DumpRun.Pipeline.Resolver, EntityFinderFactory.CreateDefault(), CountryCatalog.Default, maxParallelism: 2)
    {
        Merger = (events, sources, progress) => events,
    };

    [GeneratedRegex(@"<[^>]+>", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Tag();

    [GeneratedRegex(@"<DCT>.*?value=""([^""]+)""", RegexOptions.Singleline, matchTimeoutMilliseconds: 1000)]
    private static partial Regex DctValue();
}
