using System.Globalization;
using NodaTime;

namespace TimelineApp.Core.Dates.Lexicon;

/// <summary>A part of the day: its TimeML code, its names and the hours it covers ("to" 00:00 is the midnight that ends the day).</summary>
public sealed record PartOfDayName(string Code, IReadOnlyList<string> Names, string From, string To);

/// <summary>The parts of the day of <c>Lexicon/Data/parts-of-day.json</c>.</summary>
public static class PartsOfDay
{
    /// <summary>Every part, in file order.</summary>
    public static IReadOnlyList<PartOfDayName> All { get; } = LexiconData.Read<List<PartOfDayName>>("parts-of-day.json");

    /// <summary>"morning|afternoon|evening|night".</summary>
    public static string NamePattern { get; } = LexiconData.Alternation(All.SelectMany(p => p.Names));

    private static readonly Dictionary<string, (LocalTime From, LocalTime To)> HoursByCode =
        All.ToDictionary(p => p.Code, p => (Time(p.From), Time(p.To)), StringComparer.Ordinal);

    /// <summary>The hours of the part with TimeML code <paramref name="code"/>; <c>To</c> is midnight for the part that runs to the end of the day.</summary>
    public static (LocalTime From, LocalTime To) Hours(string code) => HoursByCode[code];

    /// <summary>The TimeML time of the first part whose name <paramref name="lowercase"/> holds ("this evening" → "TEV"), or null.</summary>
    public static string? TimeOf(string lowercase)
    {
        ArgumentNullException.ThrowIfNull(lowercase);
        foreach (var part in All)
        {
            if (part.Names.Any(n => lowercase.Contains(n, StringComparison.Ordinal)))
            {
                return "T" + part.Code;
            }
        }

        return null;
    }

    private static LocalTime Time(string hhmm) => NodaTime.Text.LocalTimePattern.CreateWithInvariantCulture("HH:mm").Parse(hhmm).GetValueOrThrow();
}
