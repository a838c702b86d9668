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
/// actor belongs to, when known. <see cref="Extent"/> is the mention with the titles and role words in front
/// of a name ("Russian Foreign Minister Sergey Lavrov" for "Sergey Lavrov"), so a title can be shortened to
/// who acted without losing the text around it.
/// </summary>
public sealed record EntityMention(TextSpan Span, EntityKind Kind, string Id, string? CountryCode = null, TextSpan? Extent = null)
{
    /// <summary>The mention with its titles, or the mention itself.</summary>
    public TextSpan FullSpan => Extent ?? Span;
}

/// <summary>The actors and mentions found in one document's text.</summary>
public sealed record DocumentEntities(IReadOnlyList<Actor> Actors, IReadOnlyList<EntityMention> Mentions)
{
    public static DocumentEntities None { get; } = new([], []);
}
