namespace TimelineApp.Core.Tests.Conventions;

/// <summary>Every regex in <c>src/</c> is bounded by a match timeout (see <see cref="RegexTimeoutCheck"/>).</summary>
public sealed class RegexTimeoutTests
{
    [Fact]
    public void EveryRegexInTheSourceTree_HasAMatchTimeout()
    {
        string src = Path.Combine(RepositoryRoot(), "src");

        var findings = RegexTimeoutCheck.CheckFolder(src);

        Assert.True(findings.Count == 0, "Regexes without a match timeout (add matchTimeoutMilliseconds: RegexLimits.MatchTimeoutMilliseconds):\n" + string.Join('\n', findings));
    }

    [Fact]
    public void TheCheck_FindsEachWayOfWritingAnUnboundedRegex()
    {
        const string planted = """
            using System.Text.RegularExpressions;
            partial class Planted
            {
                [GeneratedRegex(@"a+b")] private static partial Regex Bare();
                [GeneratedRegex(@"a+b", RegexOptions.IgnoreCase)] private static partial Regex WithOptions();
                [GeneratedRegex(@"a+b", RegexOptions.IgnoreCase, "en-US")] private static partial Regex WithCulture();
                private static readonly Regex Made = new Regex("a+b", RegexOptions.None);
                private static readonly Regex Implicit = new("a+b");
                static bool Static(string s) => Regex.IsMatch(s, "a+b");
                static string Replaced(string s) => System.Text.RegularExpressions.Regex.Replace(s, "a", "b");
            }
            """;

        var findings = RegexTimeoutCheck.Check(planted, "Planted.cs");

        Assert.Equal([4, 5, 6, 7, 8, 9, 10], findings.Select(f => f.Line));
    }

    [Fact]
    public void TheCheck_AcceptsEachWayOfSayingTheTimeout()
    {
        const string bounded = """
            using System.Text.RegularExpressions;
            partial class Bounded
            {
                [GeneratedRegex(@"a+b", RegexOptions.None, matchTimeoutMilliseconds: RegexLimits.MatchTimeoutMilliseconds)] private static partial Regex Named();
                [GeneratedRegex(@"a+b", RegexOptions.None, 1000)] private static partial Regex Positional();
                [GeneratedRegex(@"a+b", RegexOptions.None, 1000, "en-US")] private static partial Regex WithCulture();
                private static readonly Regex Made = new Regex("a+b", RegexOptions.None, TimeSpan.FromSeconds(1));
                private static readonly Regex Implicit = new("a+b", RegexOptions.None, Timeout);
                static bool Static(string s) => Regex.IsMatch(s, "a+b", RegexOptions.None, TimeSpan.FromSeconds(1));
                static bool Instance(string s) => Made.IsMatch(s);
            }
            """;

        Assert.Empty(RegexTimeoutCheck.Check(bounded, "Bounded.cs"));
    }

    private static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "TimelineApp.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException($"No TimelineApp.sln above {AppContext.BaseDirectory}");
    }
}
