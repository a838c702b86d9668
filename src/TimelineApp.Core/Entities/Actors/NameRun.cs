namespace TimelineApp.Core.Entities.Actors;

/// <summary>
/// A run of capitalised words in a sentence read as "[country] [titles] Name [of Place]":
/// "Russian Foreign Minister Sergey Lavrov" has country RUS, title "Foreign Minister" and name "Sergey Lavrov".
/// Indices are word positions in <see cref="Words"/>; <see cref="Start"/> includes the titles, the name is
/// <c>[NameStart, NameEnd)</c>. <see cref="HasHonorific"/> is set by "Mr.", "Ms.", "Sir": a person, but no role.
/// </summary>
internal sealed record NameRun(
    SentenceWords Words,
    int Start,
    int NameStart,
    int NameEnd,
    int End,
    string? Title,
    string? TitleCountry,
    bool HasHonorific = false)
{
    /// <summary>Words <c>[OrganizationStart, OrganizationEnd)</c> name the organization of a titled person ("NATO", "European Commission"); -1 when none.</summary>
    public int OrganizationStart { get; init; } = -1;

    public int OrganizationEnd { get; init; } = -1;

    public int NameLength => NameEnd - NameStart;

    public IEnumerable<string> NameWords => Words.Tokens.Skip(NameStart).Take(NameLength).Select(t => t.Text);

    public string Name => string.Join(' ', NameWords);

    public string First => Words[NameStart].Text;

    public string Last => NameLength > 1 && NameShape.IsSuffix(Words[NameEnd - 1].Text) ? Words[NameEnd - 2].Text : Words[NameEnd - 1].Text;
}
