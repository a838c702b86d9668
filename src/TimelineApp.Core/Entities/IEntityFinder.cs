using TimelineApp.Core.Text;

namespace TimelineApp.Core.Entities;

/// <summary>Finds the actors, countries and locations a document's text names.</summary>
public interface IEntityFinder
{
    /// <param name="text">The text to search (a headline, or a body).</param>
    /// <param name="known">Actors already found in the same document, so that later surname mentions join them.</param>
    DocumentEntities Find(string text, IReadOnlyList<Actor> known);

    /// <summary>The same, reading the sentences the pipeline split once (<see cref="AnnotatedText"/>) instead of splitting again.</summary>
    /// <param name="text">The annotated text.</param>
    /// <param name="known">Actors already found in the same document.</param>
    DocumentEntities Find(AnnotatedText text, IReadOnlyList<Actor> known) => Find(text?.Text ?? throw new ArgumentNullException(nameof(text)), known);
}
