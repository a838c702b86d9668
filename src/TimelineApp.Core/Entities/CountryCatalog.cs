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

    private CountryCatalog(IReadOnlyList<CountryEntry> entries)
    {
        Entries = entries;
        _byCode = entries.ToDictionary(e => e.Code, e => new Country(e.Code, e.Name), StringComparer.Ordinal);
    }

    private static readonly JsonSerializerOptions JsonOptions = new() { PropertyNameCaseInsensitive = true };

    public static CountryCatalog Default { get; } = Load();

    public IReadOnlyList<CountryEntry> Entries { get; }

    public Country? this[string code] => _byCode.GetValueOrDefault(code);

    private static CountryCatalog Load()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("TimelineApp.Core.Entities.Data.countries.json")
            ?? throw new InvalidOperationException("The embedded country data is missing.");
        var entries = JsonSerializer.Deserialize<List<CountryEntry>>(stream, JsonOptions)
            ?? throw new InvalidOperationException("The embedded country data is empty.");
        return new CountryCatalog(entries);
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
