using NodaTime;
using NodaTime.Text;
using TimelineApp.Core.Documents;
using TimelineApp.Core.Entities;
using TimelineApp.Core.Pipeline;

namespace TimelineApp.Core.Tests.Acceptance.NewsSet;

/// <summary>
/// The people of one document as the timeline shows them: the person actors on that document's events (a person
/// found but on no event cannot be filtered for), scored against the gold people. A found person is right when its
/// name or an alias equals a gold person's canonical name or one of its forms, titles stripped; "may" names count
/// neither way.
/// </summary>
public sealed record DocumentPeopleScore(string Doc, int Correct, int Found, int Recalled, int Required, IReadOnlyList<string> Extra, IReadOnlyList<string> Missed)
{
    public override string ToString() =>
        $"{Doc} P {Correct}/{Found} R {Recalled}/{Required}"
        + (Missed.Count > 0 ? $" missed [{string.Join(", ", Missed)}]" : string.Empty)
        + (Extra.Count > 0 ? $" extra [{string.Join(", ", Extra)}]" : string.Empty);
}

/// <summary>Totals over documents (micro: every person counts once per document).</summary>
public sealed record PeopleTotals(IReadOnlyList<DocumentPeopleScore> Documents)
{
    public int Correct => Documents.Sum(d => d.Correct);

    public int Found => Documents.Sum(d => d.Found);

    public int Recalled => Documents.Sum(d => d.Recalled);

    public int Required => Documents.Sum(d => d.Required);

    public double Precision => Found == 0 ? 1 : (double)Correct / Found;

    public double Recall => Required == 0 ? 1 : (double)Recalled / Required;

    public string Report(string label) =>
        string.Join('\n', Documents.Select(d => d.ToString()))
        + $"\n{label}: {Documents.Count} documents, people per document precision {Precision:P1} ({Correct}/{Found}) recall {Recall:P1} ({Recalled}/{Required})";
}

/// <summary>Runs news-set articles and dumps through the default pipeline and scores the people on their events.</summary>
public static class NewsSetScorer
{
    /// <summary>
    /// A part of the news set (dev, heldout): NEWS_SET_DIR when set (the folder holding the parts), else
    /// tests/news-set beside the test project's repository root. Null when the folder is missing.
    /// </summary>
    public static string? PartFolder(string part)
    {
        string? root = Environment.GetEnvironmentVariable("NEWS_SET_DIR");
        if (string.IsNullOrEmpty(root))
        {
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "TimelineApp.sln")))
            {
                dir = dir.Parent;
            }

            root = dir is null ? null : Path.Combine(dir.FullName, "tests", "news-set");
        }

        string? folder = root is null ? null : Path.IsPathRooted(part) ? part : Path.Combine(root, part);
        return folder is not null && Directory.Exists(folder) ? folder : null;
    }

    public static PeopleTotals ScoreFolder(string folder) =>
        new([.. NewsSetArticle.LoadFolder(folder).AsParallel().AsOrdered().WithDegreeOfParallelism(2).Select(Score)]);

    public static DocumentPeopleScore Score(NewsSetArticle article)
    {
        var published = InstantPattern.ExtendedIso.Parse(article.Dct[..10] + "T12:00:00Z").GetValueOrThrow();
        var result = DumpRun.Pipeline.Process(article.ToJsonDump(), new Capture(published + Duration.FromHours(6), DateTimeZone.Utc));
        var gold = article.Gold.People.Select(p => (p.Name, Keys: p.Forms.Append(p.Name).Select(Strip).ToHashSet(StringComparer.Ordinal))).ToList();
        var may = (article.Gold.May ?? []).Select(Strip).ToHashSet(StringComparer.Ordinal);
        return Score(article.Id, result, gold, may);
    }

    /// <summary>A multi-document dump with its expected file, scored the same way over the whole dump.</summary>
    public static DocumentPeopleScore ScoreDump(string expectedPath)
    {
        var (expected, result) = DumpRun.Run(expectedPath);
        var gold = expected.Actors.Must.Select(n => (Name: n, Keys: new HashSet<string>([Strip(n)], StringComparer.Ordinal))).ToList();
        var may = (expected.Actors.May ?? []).Select(Strip).ToHashSet(StringComparer.Ordinal);
        return Score(Path.GetFileName(expectedPath).Replace(".expected.json", string.Empty, StringComparison.Ordinal), result, gold, may);
    }

    private static DocumentPeopleScore Score(string doc, TimelineResult result, List<(string Name, HashSet<string> Keys)> gold, HashSet<string> may)
    {
        var onEvents = result.Events.SelectMany(e => e.ActorIds).ToHashSet(StringComparer.Ordinal);
        var found = result.Actors.Where(a => a.Kind == ActorKind.Person && onEvents.Contains(a.Id))
            .Select(a => (a.Name, Keys: a.Aliases.Append(a.Name).Select(Strip).ToHashSet(StringComparer.Ordinal)))
            .ToList();
        bool Matches(HashSet<string> actorKeys, HashSet<string> goldKeys) => actorKeys.Overlaps(goldKeys);
        var extra = found.Where(f => !gold.Any(g => Matches(f.Keys, g.Keys)) && !f.Keys.Overlaps(may)).Select(f => f.Name).ToList();
        // A missed person the finder did find, but on no event, is marked: the cause is then reaching events, not finding.
        var all = result.Actors.Where(a => a.Kind == ActorKind.Person).Select(a => a.Aliases.Append(a.Name).Select(Strip).ToHashSet(StringComparer.Ordinal)).ToList();
        var missed = gold.Where(g => !found.Any(f => Matches(f.Keys, g.Keys)))
            .Select(g => all.Any(k => Matches(k, g.Keys)) ? g.Name + " (no event)" : g.Name).ToList();
        return new DocumentPeopleScore(doc, found.Count - extra.Count, found.Count, gold.Count - missed.Count, gold.Count, extra, missed);
    }

    /// <summary>A name without the titles and honorifics in front of it ("Speaker Woo Won-shik" is "Woo Won-shik").</summary>
    internal static string Strip(string name)
    {
        var words = name.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        bool stripped = true;
        while (stripped && words.Count > 1)
        {
            stripped = false;
            for (int len = Math.Min(4, words.Count - 1); len >= 1; len--)
            {
                string head = string.Join(' ', words.Take(len));
                if (RoleLexicon.Default.IsTitle(head) || RoleLexicon.Default.IsTitleModifier(head) || head is "Mr" or "Mrs" or "Ms" or "Dr" or "Sir" or "Dame" or "Lord" or "Lady")
                {
                    words.RemoveRange(0, len);
                    stripped = true;
                    break;
                }
            }
        }

        return string.Join(' ', words);
    }
}
