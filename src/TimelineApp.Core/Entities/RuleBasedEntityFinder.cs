using TimelineApp.Core.Entities.Actors;
using TimelineApp.Core.Text;

namespace TimelineApp.Core.Entities;

/// <summary>
/// The default entity finder: countries and places first (they are never parts of a person's name), then
/// coordinated references ("the three countries"), then people and organizations from linguistic cues.
/// </summary>
public sealed class RuleBasedEntityFinder(CountryFinder countries, ActorFinder actors) : IEntityFinder
{
    public DocumentEntities Find(string text, IReadOnlyList<Actor> known) => Find(AnnotatedText.Of(text ?? throw new ArgumentNullException(nameof(text))), known);

    public DocumentEntities Find(AnnotatedText text, IReadOnlyList<Actor> known)
    {
        ArgumentNullException.ThrowIfNull(text);
        var places = countries.Find(text.Text).ToList();
        var coordinated = CoordinatedCountries.Resolve(text.Text, places).ToList();
        var people = actors.Find(text, places, known ?? []);
        var mentions = places.Concat(coordinated).Concat(people.Mentions).OrderBy(m => m.Span.Start).ToList();
        return new DocumentEntities(people.Actors, mentions);
    }
}
