using System.Text.RegularExpressions;
using TimelineApp.Core.Text;

namespace TimelineApp.Core.Entities;

/// <summary>
/// Finds country mentions by name, code form, demonym, capital or seat of government, and places inside a
/// country, longest match first ("North Korean" before "Korean", "South America" before "America"),
/// case-sensitively so "US" the country is not "us" the pronoun. A capital or one-word name that is part of
/// a longer proper name ("Denzel Washington", "Israel Katz") is not a country; a capital after a preposition of
/// place ("arrived in Kyiv") is also a location.
/// </summary>
public sealed partial class CountryFinder
{
    private static readonly HashSet<string> PlacePrepositions = new(StringComparer.OrdinalIgnoreCase)
    {
        "in", "to", "at", "from", "into", "near", "outside", "of", "visit", "visited", "visiting", "toward", "towards", "across", "around", "via",
    };

    private readonly Regex _pattern;
    private readonly Dictionary<string, Cue> _cues;
    private readonly RoleLexicon _roles;

    public CountryFinder(CountryCatalog catalog, RoleLexicon? roles = null)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        _roles = roles ?? RoleLexicon.Default;
        _cues = new Dictionary<string, Cue>(StringComparer.Ordinal);
        foreach (var e in catalog.Entries)
        {
            foreach (string name in (e.Aliases ?? []).Prepend(e.Name))
            {
                _cues.TryAdd(name, new Cue(e.Code, CueKind.Name));
            }

            foreach (string demonym in e.Demonyms ?? [])
            {
                _cues.TryAdd(demonym, new Cue(e.Code, CueKind.Demonym));
            }

            foreach (string capital in e.Capitals ?? [])
            {
                _cues.TryAdd(capital, new Cue(e.Code, CueKind.Capital));
                if (capital.StartsWith("the ", StringComparison.Ordinal))
                {
                    _cues.TryAdd("The" + capital[3..], new Cue(e.Code, CueKind.Capital)); // "The Kremlin said"
                }
            }

            foreach (string place in e.Places ?? [])
            {
                _cues.TryAdd(place, new Cue(e.Code, CueKind.Place));
            }
        }

        foreach (string region in catalog.Regions)
        {
            _cues[region] = new Cue(null, CueKind.Region);
        }

        string alternatives = string.Join('|', _cues.Keys.OrderByDescending(k => k.Length).Select(Regex.Escape));
        // Literal alternatives with fixed look-arounds: linear in the text, no backtracking blow-up. The timeout is
        // generous because the first match also pays for compiling the large alternation.
        _pattern = new Regex($@"(?<![\w.])(?:{alternatives})(?![\w]|\.\w)", RegexOptions.CultureInvariant | RegexOptions.Compiled, TimeSpan.FromSeconds(30));
    }

    public IEnumerable<EntityMention> Find(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        HashSet<string>? lower = null;
        foreach (Match m in _pattern.Matches(text))
        {
            var cue = _cues[m.Value];
            if (cue.Code is null || IsPartOfLongerName(text, m, cue, lower ??= LowerCaseWords(text)))
            {
                continue;
            }

            var span = new TextSpan(m.Index, m.Index + m.Length);
            if (cue.Kind == CueKind.Place)
            {
                yield return new EntityMention(span, EntityKind.Location, m.Value, cue.Code);
                continue;
            }

            yield return new EntityMention(span, EntityKind.Country, cue.Code, cue.Code);
            if (cue.Kind == CueKind.Capital && !m.Value.StartsWith("the ", StringComparison.OrdinalIgnoreCase) && PlacePrepositions.Contains(WordBefore(text, m.Index)))
            {
                yield return new EntityMention(span, EntityKind.Location, m.Value, cue.Code);
            }
        }
    }

    /// <summary>True when a one-word name or capital is glued to a person's or brand's name ("Israel Katz", "George Washington").</summary>
    private bool IsPartOfLongerName(string text, Match m, Cue cue, HashSet<string> lowerCaseWords)
    {
        if (cue.Kind is CueKind.Demonym or CueKind.Region || m.Value.Contains(' ', StringComparison.Ordinal) || m.Value.Any(c => c == '.') || m.Value.All(c => !char.IsLower(c)))
        {
            return false;
        }

        string after = WordAfter(text, m.Index + m.Length);
        if (LooksLikeNamePart(after))
        {
            return true;
        }

        int before = m.Index - 1;
        if (before < 1 || text[before] != ' ')
        {
            return false;
        }

        string previous = WordBefore(text, m.Index);
        int previousStart = m.Index - 1 - previous.Length;
        // The last character before the previous word, found by scanning back (not by copying the text before it,
        // which made a line of thousands of capitals cost the square of its length).
        int lead = Math.Max(0, previousStart) - 1;
        while (lead >= 0 && char.IsWhiteSpace(text[lead]))
        {
            lead--;
        }

        bool sentenceInitial = lead < 0 || text[lead] is '.' or '!' or '?' or '"' or '\'' or '\n' or '\u201C' or '\u2018' or ':';
        // A sentence's first word is a first name unless the text also uses it as an ordinary word.
        return LooksLikeNamePart(previous) && (!sentenceInitial || !lowerCaseWords.Contains(previous.ToLowerInvariant()));
    }

    private static HashSet<string> LowerCaseWords(string text) =>
        [.. WordSplit().Split(text).Where(w => w.Length > 0 && char.IsLower(w[0]))];

    private bool LooksLikeNamePart(string word) =>
        word.Length > 1 && char.IsUpper(word[0]) && word.Skip(1).All(c => char.IsLower(c) || c is '-' or '\'')
        && !_cues.ContainsKey(word) && !_roles.IsNonNameWord(word) && !_roles.IsSentenceWord(word)
        && !_roles.IsTitle(word) && !_roles.IsTitleModifier(word) && !_roles.IsRoleModifier(word);

    private static string WordBefore(string text, int index)
    {
        int end = index;
        while (end > 0 && text[end - 1] == ' ')
        {
            end--;
        }

        int start = end;
        while (start > 0 && (char.IsLetter(text[start - 1]) || text[start - 1] is '-' or '\''))
        {
            start--;
        }

        return text[start..end];
    }

    private static string WordAfter(string text, int index)
    {
        if (index >= text.Length || text[index] != ' ')
        {
            return string.Empty;
        }

        int start = index + 1;
        int end = start;
        while (end < text.Length && (char.IsLetter(text[end]) || text[end] is '-' or '\''))
        {
            end++;
        }

        return text[start..end];
    }

    [GeneratedRegex(@"[^\p{L}'-]+", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex WordSplit();

    private enum CueKind
    {
        Name,
        Demonym,
        Capital,
        Place,
        Region,
    }

    private sealed record Cue(string? Code, CueKind Kind);
}
