using System.Text.RegularExpressions;
using TimelineApp.Core.Text;

namespace TimelineApp.Core.Entities;

/// <summary>
/// Finds country mentions by name, code form, demonym, capital and known place, longest match first
/// ("North Korean" before "Korean"), case-sensitively, so "US" the country is not "us" the pronoun.
/// </summary>
public sealed class CountryFinder
{
    private readonly Regex _pattern;
    private readonly Dictionary<string, (string Code, EntityKind Kind)> _cues;

    public CountryFinder(CountryCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        _cues = new Dictionary<string, (string, EntityKind)>(StringComparer.Ordinal);
        foreach (var e in catalog.Entries)
        {
            foreach (string cue in (e.Aliases ?? []).Append(e.Name).Concat(e.Demonyms ?? []).Concat(e.Capitals ?? []))
            {
                _cues.TryAdd(cue, (e.Code, EntityKind.Country));
            }

            foreach (string place in e.Places ?? [])
            {
                _cues.TryAdd(place, (e.Code, EntityKind.Location));
            }
        }

        string alternatives = string.Join('|', _cues.Keys.OrderByDescending(k => k.Length).Select(Regex.Escape));
        _pattern = new Regex($@"(?<![\w.])(?:{alternatives})(?![\w]|\.\w)", RegexOptions.CultureInvariant | RegexOptions.Compiled, TimeSpan.FromSeconds(1));
    }

    public IEnumerable<EntityMention> Find(string text)
    {
        foreach (Match m in _pattern.Matches(text))
        {
            var (code, kind) = _cues[m.Value];
            var span = new TextSpan(m.Index, m.Index + m.Length);
            yield return kind == EntityKind.Location
                ? new EntityMention(span, EntityKind.Location, m.Value, code)
                : new EntityMention(span, EntityKind.Country, code, code);
        }
    }
}
