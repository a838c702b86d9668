using NodaTime;

namespace TimelineApp.Core.Dates.Lexicon;

/// <summary>A zone as news writes it after a clock time ("EST", "GMT", "local time").</summary>
/// <param name="Written">The abbreviation or words, case as written.</param>
/// <param name="Zone">The tzdb zone it stands for, or null when the words leave it uncertain (IST, "local time").</param>
/// <param name="Offset">The UTC offset the abbreviation names, when it names one ("-05:00"); the zone wins over it.</param>
public sealed record WrittenZoneName(string Written, string? Zone, string? Offset);

/// <summary>Zone abbreviations and words, read from <c>Lexicon/Data/zones.json</c>.</summary>
public static class WrittenZones
{
    /// <summary>Every zone word, in file order.</summary>
    public static IReadOnlyList<WrittenZoneName> All { get; } = LexiconData.Read<List<WrittenZoneName>>("zones.json");

    /// <summary>Every zone word as a case-sensitive group usable inside case-insensitive patterns.</summary>
    public static string Pattern { get; } = $"(?-i:{LexiconData.Alternation(All.OrderByDescending(z => z.Written.Length).Select(z => z.Written))})";

    /// <summary>The zone words that name a tzdb zone, case-sensitive.</summary>
    public static string PlacedPattern { get; } = LexiconData.Alternation(All.Where(z => z.Zone is not null).OrderByDescending(z => z.Written.Length).Select(z => z.Written));

    private static readonly Dictionary<string, string> ZoneByWritten = All.Where(z => z.Zone is not null).ToDictionary(z => z.Written, z => z.Zone!, StringComparer.Ordinal);

    /// <summary>The tzdb zone <paramref name="written"/> stands for, or null.</summary>
    public static DateTimeZone? Zone(string written) =>
        ZoneByWritten.TryGetValue(written, out string? id) ? DateTimeZoneProviders.Tzdb[id] : null;
}
