namespace TimelineApp.Core.Entities;

/// <summary>Finds the actors, countries and locations a document's text names.</summary>
public interface IEntityFinder
{
    /// <param name="text">The text to search (a headline, or a body).</param>
    /// <param name="known">Actors already found in the same document, so that later surname mentions join them.</param>
    DocumentEntities Find(string text, IReadOnlyList<Actor> known);
}
