namespace TimelineApp.Core.Entities;

/// <summary>Whether an actor is a person or an organization that acts (an alliance, an agency quoted as a source).</summary>
public enum ActorKind
{
    Person,
    Organization,
}

/// <summary>
/// Someone who acts in the story: a canonical name ("Sergey Lavrov"), the other names the text uses for
/// them ("Lavrov"), a role stripped from the titles ("Foreign Minister") and a country read from the text.
/// </summary>
public sealed record Actor(string Id, string Name, ActorKind Kind, string? Role, string? CountryCode, IReadOnlyList<string> Aliases);
