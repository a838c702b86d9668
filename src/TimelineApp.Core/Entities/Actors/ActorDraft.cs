namespace TimelineApp.Core.Entities.Actors;

/// <summary>
/// An actor while a document is being read: its name words, every alias the text used, the best role and
/// country seen so far (a title's country outranks an apposition's, which outranks "of Place"), and the
/// surname of a possessor to inherit a country from.
/// </summary>
internal sealed class ActorDraft(ActorKind kind, IReadOnlyList<string> nameWords)
{
    public ActorKind Kind { get; } = kind;

    public IReadOnlyList<string> NameWords { get; } = nameWords;

    public string Name => string.Join(' ', NameWords);

    public string First => NameWords[0];

    public string Last => NameShape.Surname(NameWords);

    public string? Role { get; private set; }

    public string? Country { get; private set; }

    public int CountryStrength { get; private set; }

    public string? Possessor { get; private set; }

    public HashSet<string> Aliases { get; } = new(StringComparer.Ordinal);

    public string Id => (Kind == ActorKind.Person ? "person:" : "org:") + ActorIds.Slug(Name);

    private bool _roleIsTitle;

    public void Learn(string? role, string? country, int strength, string? possessor, bool roleIsTitle = false)
    {
        if (role is not null && (Role is null || (roleIsTitle && !_roleIsTitle)))
        {
            Role = role;
            _roleIsTitle = roleIsTitle;
        }

        if (country is not null && strength > CountryStrength)
        {
            Country = country;
            CountryStrength = strength;
        }

        Possessor ??= possessor;
    }

    public void InheritCountry(string country)
    {
        if (Country is null)
        {
            Country = country;
            CountryStrength = 1;
        }
    }

    public Actor ToActor() => new(Id, Name, Kind, Role, Country, [.. Aliases.Where(a => a != Name).Prepend(Name)]);
}
