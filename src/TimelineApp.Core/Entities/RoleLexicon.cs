using System.Reflection;
using System.Text.Json;

namespace TimelineApp.Core.Entities;

/// <summary>
/// The words that surround names in news prose, as data (<c>Entities/Data/roles.json</c>): capitalised titles
/// ("Foreign Minister", "Lt. Gen."), lower-case role nouns ("leader", "counterpart"), their modifiers, verbs of
/// saying and acting, words that never belong to a person's name ("Agency", "Base") and words that open
/// sentences. No person names: people are recognised by these cues, never from a list of who is famous.
/// </summary>
public sealed class RoleLexicon
{
    private readonly HashSet<string> _titles;
    private readonly HashSet<string> _titleModifiers;
    private readonly HashSet<string> _roleNouns;
    private readonly HashSet<string> _roleModifiers;
    private readonly HashSet<string> _speechVerbs;
    private readonly HashSet<string> _nonNameWords;
    private readonly HashSet<string> _sentenceWords;
    private readonly HashSet<string> _abbreviations;
    private readonly HashSet<string> _regnalTitles;

    private RoleLexicon(RoleData data)
    {
        _titles = new(data.Titles, StringComparer.Ordinal);
        _titleModifiers = new(data.TitleModifiers, StringComparer.Ordinal);
        _roleNouns = new(data.RoleNouns, StringComparer.Ordinal);
        _roleModifiers = new(data.RoleModifiers, StringComparer.Ordinal);
        _speechVerbs = new(data.SpeechVerbs, StringComparer.Ordinal);
        _nonNameWords = new(data.NonNameWords, StringComparer.Ordinal);
        _sentenceWords = new(data.SentenceWords, StringComparer.Ordinal);
        _regnalTitles = new(data.RegnalTitles ?? [], StringComparer.Ordinal);
        _abbreviations = new(data.Titles.SelectMany(t => t.Split(' ')).Where(w => w.EndsWith('.')), StringComparer.Ordinal);
        MaxTitleWords = data.Titles.Max(t => t.Split(' ').Length);
    }

    private static readonly JsonSerializerOptions JsonOptions = new() { PropertyNameCaseInsensitive = true };

    public static RoleLexicon Default { get; } = Load();

    /// <summary>The longest title in words ("National Security Adviser" is three).</summary>
    public int MaxTitleWords { get; }

    public bool IsTitle(string words) => _titles.Contains(words);

    public bool IsTitleModifier(string word) => _titleModifiers.Contains(word);

    /// <summary>True for an abbreviated title such as "Lt." or "Sen." (used to keep the period with the word).</summary>
    public bool IsAbbreviation(string word) => _abbreviations.Contains(word);

    /// <summary>
    /// True for titles used with a given name that is the whole name ("King Hussein", "Crown Prince Hassan"):
    /// such a mention is its own person, never a surname joining someone else.
    /// </summary>
    public bool IsRegnalTitle(string title) => _regnalTitles.Contains(title);

    public bool IsRoleNoun(string word) => _roleNouns.Contains(word);

    public bool IsRoleModifier(string word) => _roleModifiers.Contains(word);

    public bool IsSpeechVerb(string word) => _speechVerbs.Contains(word);

    public bool IsNonNameWord(string word) => _nonNameWords.Contains(word);

    public bool IsSentenceWord(string word) => _sentenceWords.Contains(word);

    private static RoleLexicon Load()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("TimelineApp.Core.Entities.Data.roles.json")
            ?? throw new InvalidOperationException("The embedded role data is missing.");
        var data = JsonSerializer.Deserialize<RoleData>(stream, JsonOptions)
            ?? throw new InvalidOperationException("The embedded role data is empty.");
        return new RoleLexicon(data);
    }

    private sealed record RoleData(
        IReadOnlyList<string> Titles,
        IReadOnlyList<string> TitleModifiers,
        IReadOnlyList<string> RoleNouns,
        IReadOnlyList<string> RoleModifiers,
        IReadOnlyList<string> SpeechVerbs,
        IReadOnlyList<string> NonNameWords,
        IReadOnlyList<string> SentenceWords,
        IReadOnlyList<string>? RegnalTitles);
}
