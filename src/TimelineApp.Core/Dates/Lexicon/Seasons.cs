namespace TimelineApp.Core.Dates.Lexicon;

/// <summary>A season: its TimeML code, its names and the month it starts.</summary>
public sealed record SeasonName(string Code, IReadOnlyList<string> Names, int StartMonth);

/// <summary>The seasons of <c>Lexicon/Data/seasons.json</c>.</summary>
public static class Seasons
{
    /// <summary>The four seasons, spring first.</summary>
    public static IReadOnlyList<SeasonName> All { get; } = LexiconData.Read<List<SeasonName>>("seasons.json");

    /// <summary>"spring|summer|fall|autumn|winter".</summary>
    public static string NamePattern { get; } = LexiconData.Alternation(All.SelectMany(s => s.Names));

    private static readonly Dictionary<string, int> StartByCode = All.ToDictionary(s => s.Code, s => s.StartMonth, StringComparer.Ordinal);

    /// <summary>The month the season with TimeML code <paramref name="code"/> (SP, SU, FA, WI) starts.</summary>
    public static int StartMonth(string code) => StartByCode[code];
}
