using TimelineApp.Core.Text;

namespace TimelineApp.Core.Entities;

/// <summary>What an entity mention refers to.</summary>
public enum EntityKind
{
    Actor,
    Country,
    Location,
}

/// <summary>
/// A place in a text that names an actor, a country or a location. <see cref="Id"/> is an actor's id, a
/// country's alpha-3 code, or a location's name; <see cref="CountryCode"/> is the country a location or
/// actor belongs to, when known.
/// </summary>
public sealed record EntityMention(TextSpan Span, EntityKind Kind, string Id, string? CountryCode = null);

/// <summary>The actors and mentions found in one document's text.</summary>
public sealed record DocumentEntities(IReadOnlyList<Actor> Actors, IReadOnlyList<EntityMention> Mentions)
{
    public static DocumentEntities None { get; } = new([], []);
}
