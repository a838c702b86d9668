using System.Diagnostics;
using System.Net;
using System.Text.RegularExpressions;
using NodaTime;
using TimelineApp.Core.Entities;

namespace TimelineApp.Core.Tests.Acceptance;

/// <summary>
/// Finding actors and countries must cost no more than resolving dates on the same texts: measured on the
/// TBAQ news texts beside the repository when present, and on our own dumps.
/// </summary>
public sealed partial class SpeedTests
{
    [Fact]
    public void EntitiesCostNoMoreThanDates()
    {
        var texts = TbaqTexts(40).Concat(DumpRun.ExpectedFiles(DumpRun.OwnDumpsFolder).Select(f => File.ReadAllText(f.Replace(".expected.json", ".txt", StringComparison.Ordinal)))).ToList();
        var resolver = DumpRun.Pipeline.Resolver;
        var finder = EntityFinderFactory.CreateDefault();
        var anchor = new LocalDateTime(2025, 7, 14, 12, 0).InUtc();
        resolver.Resolve(texts[0], anchor);
        finder.Find(texts[0], []);

        var sw = Stopwatch.StartNew();
        foreach (string t in texts)
        {
            resolver.Resolve(t, anchor);
        }

        var dates = sw.Elapsed;
        sw.Restart();
        foreach (string t in texts)
        {
            finder.Find(t, []);
        }

        var entities = sw.Elapsed;
        TestContext.Current.TestOutputHelper?.WriteLine($"{texts.Count} texts, {texts.Sum(t => t.Length)} chars: dates {dates.TotalMilliseconds:F0} ms, entities {entities.TotalMilliseconds:F0} ms");
        Assert.True(entities <= dates, $"entities {entities.TotalMilliseconds:F0} ms > dates {dates.TotalMilliseconds:F0} ms");
    }

    private static IEnumerable<string> TbaqTexts(int count)
    {
        string? seeds = DumpRun.SeedsFolder;
        string folder = seeds is null ? string.Empty : Path.Combine(seeds, "..", "corpora", "tbaq", "TimeBank");
        if (!Directory.Exists(folder))
        {
            return [];
        }

        return Directory.EnumerateFiles(folder, "*.tml").Order(StringComparer.Ordinal).Take(count).Select(f =>
        {
            var m = Text().Match(File.ReadAllText(f));
            return WebUtility.HtmlDecode(Tags().Replace(m.Success ? m.Groups[1].Value : string.Empty, string.Empty)).Trim();
        }).Where(t => t.Length > 0);
    }

    [GeneratedRegex("<TEXT>(.*)</TEXT>", RegexOptions.Singleline)]
    private static partial Regex Text();

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tags();
}
