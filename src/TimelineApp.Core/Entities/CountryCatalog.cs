using System.Reflection;
using System.Text.Json;

namespace TimelineApp.Core.Entities;

/// <summary>
/// Country reference data: ISO 3166-1 alpha-3 codes, names, short names and code forms, demonyms, capitals
/// and seats of government used as metonyms, and well-known places inside each country. Loaded once from
/// the embedded <c>Entities/Data/countries.json</c>; immutable and shared.
/// </summary>
public sealed class CountryCatalog
{
    private readonly Dictionary<string, Country> _byCode;

    private CountryCatalog(IReadOnlyList<CountryEntry> entries, IReadOnlyList<string> regions)
    {
        Entries = entries;
        Regions = regions;
        _byCode = entries.ToDictionary(e => e.Code, e => new Country(e.Code, e.Name), StringComparer.Ordinal);
    }

    private static readonly JsonSerializerOptions JsonOptions = new() { PropertyNameCaseInsensitive = true };

    public static CountryCatalog Default { get; } = Load();

    public IReadOnlyList<CountryEntry> Entries { get; }

    /// <summary>
    /// Names that contain a country cue but do not name a country ("South America", "Korean Peninsula",
    /// "Washington state"); a finder matches them first so that their inner cue is not taken.
    /// </summary>
    public IReadOnlyList<string> Regions { get; }

    public Country? this[string code] => _byCode.GetValueOrDefault(code);

    private static CountryCatalog Load() => new(Read<List<CountryEntry>>("countries.json"), Read<List<string>>("regions.json"));

    private static T Read<T>(string name)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("TimelineApp.Core.Entities.Data." + name)
            ?? throw new InvalidOperationException($"The embedded data {name} is missing.");
        return JsonSerializer.Deserialize<T>(stream, JsonOptions)
            ?? throw new InvalidOperationException($"The embedded data {name} is empty.");
    }
}

/// <summary>One country's names as they appear in news text.</summary>
public sealed record CountryEntry(
    string Code,
    string Name,
    IReadOnlyList<string>? Aliases,
    IReadOnlyList<string>? Demonyms,
    IReadOnlyList<string>? Capitals,
    IReadOnlyList<string>? Places);
