namespace TimelineApp.Core.Entities;

/// <summary>Finds countries and locations only; people are left to a richer finder.</summary>
public sealed class SimpleEntityFinder(CountryFinder countries) : IEntityFinder
{
    public DocumentEntities Find(string text, IReadOnlyList<Actor> known) => new([], countries.Find(text).ToList());
}
