using TimelineApp.Core.Entities;
using TimelineApp.Core.Entities.Actors;

namespace TimelineApp.Core.Stories;

/// <summary>
/// The actors of every capture as one list: the same name in two captures is one actor (its id made from the name, so it
/// stays the same from one reading of the story to the next), then name variants across captures merge as they do
/// within one (<see cref="ActorAliasMerger"/>: "Kopp" joins "James C. Kopp").
/// </summary>
internal sealed class StoryActors
{
    private readonly Dictionary<(int Capture, string Id), string> _byName = [];
    private readonly ActorMerge _merge;

    public StoryActors(IReadOnlyList<StoryCapture> captures)
    {
        var byKey = new Dictionary<string, Actor>(StringComparer.Ordinal);
        for (int k = 0; k < captures.Count; k++)
        {
            foreach (var actor in captures[k].Actors)
            {
                string key = (actor.Kind == ActorKind.Person ? "p-" : "o-") + DocumentIdentity.Loose(actor.Name).Replace(' ', '-');
                _byName[(k, actor.Id)] = key;
                byKey[key] = byKey.TryGetValue(key, out var known)
                    ? known with
                    {
                        Role = actor.Role ?? known.Role,
                        CountryCode = actor.CountryCode ?? known.CountryCode,
                        Aliases = [.. known.Aliases.Union(actor.Aliases, StringComparer.Ordinal)],
                    }
                    : actor with { Id = key };
            }
        }

        _merge = ActorAliasMerger.Merge([.. byKey.Values.OrderBy(a => a.Id, StringComparer.Ordinal)]);
    }

    public IReadOnlyList<Actor> Actors => _merge.Actors;

    /// <summary>A capture's actor ids as the story's, each once.</summary>
    public IReadOnlyList<string> Map(int capture, IReadOnlyList<string> ids) =>
        _merge.Map([.. ids.Select(id => _byName.GetValueOrDefault((capture, id), id))]);
}
