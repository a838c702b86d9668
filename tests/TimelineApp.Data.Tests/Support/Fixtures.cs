using NodaTime;
using TimelineApp.Core.Documents;

namespace TimelineApp.Data.Tests.Support;

/// <summary>Small dumps written for these tests.</summary>
internal static class Fixtures
{
    public static readonly Capture Capture = new(Instant.FromUtc(2025, 7, 14, 15, 0), DateTimeZone.Utc);

    public const string Dump = """

        Ministers agree on river clean-up fund after summit in Vienna
        VIENNA--Austrian and Hungarian ministers agreed on a joint river clean-up fund on Saturday after two days of talks.
        Hungary said it would host the next round of talks in Budapest next month.
        Officials in Austria said the fund was first proposed in June 2019.

        River Report
        3 hours ago
        - River Report
        Clean-up fund welcomed by fishing groups
        Fishing groups in Hungary welcomed the fund on Sunday and asked for quick payments.
        """;

    /// <summary><see cref="Dump"/> with a named person, so its events have actor links as well as country links.</summary>
    public static readonly string DumpWithActor = Dump.Replace(
        "Hungary said it would host", "Hungarian Foreign Minister Peter Szijjarto said Hungary would host", StringComparison.Ordinal);

    /// <summary>One article with <paramref name="count"/> dated sentences, each a different happening: more than one article may turn into events.</summary>
    public static string DumpWithManyDatedSentences(int count) =>
        "Diary of a long month\n" + string.Concat(Enumerable.Range(1, count).Select(i => $"Delegation {i} visited harbour {i} in Vienna on Saturday and signed the maritime cooperation accord there. "));

    public const string HostileDump = """

        <script>alert('headline')</script> talks end
        Officials said on Saturday that <img src=x onerror=alert(1)> was a test of the system.
        """;
}
