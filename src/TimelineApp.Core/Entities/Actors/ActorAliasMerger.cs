namespace TimelineApp.Core.Entities.Actors;

/// <summary>
/// One actor per person in a dataset. The entity finder works a document at a time, so one person can reach
/// the dataset as several actors ("James Kopp", "James C. Kopp", "James Charles Kopp", "Kopp"). This stage
/// merges them by the parts of their names (<see cref="PersonName"/>):
/// <list type="bullet">
/// <item>full names merge when their given names agree and their middle parts are compatible; a name that fits
/// two people who do not fit each other ("James Kopp" beside "James Charles Kopp" and "James Carl Kopp") joins
/// neither;</item>
/// <item>a surname alone ("Kopp", "President Clinton") joins the one person of the dataset who bears it, and
/// no one when two do (Bill and Hillary Clinton);</item>
/// <item>a monarch named by one name ("King Hussein") is never a surname, and organizations are never merged.</item>
/// </list>
/// The merged actor keeps the id and name of its fullest form and every alias of every form.
/// </summary>
public static class ActorAliasMerger
{
    /// <summary>Merges the actors of a dataset; the result lists the merged actors and where each old id went.</summary>
    public static ActorMerge Merge(IReadOnlyList<Actor> actors) => Merge(actors, RoleLexicon.Default);

    /// <inheritdoc cref="Merge(IReadOnlyList{Actor})"/>
    public static ActorMerge Merge(IReadOnlyList<Actor> actors, RoleLexicon roles)
    {
        ArgumentNullException.ThrowIfNull(actors);
        ArgumentNullException.ThrowIfNull(roles);

        var people = actors
            .Where(a => a.Kind == ActorKind.Person && !IsRegnal(a, roles))
            .Select(a => (Actor: a, Name: PersonName.Parse(a.Name, false, roles)))
            .Where(p => p.Name is not null)
            .Select(p => (p.Actor, Name: p.Name!))
            .ToList();

        // Fullest names first, so that each shorter form meets every person it could belong to before choosing.
        var persons = new List<List<(Actor Actor, PersonName Name)>>();
        foreach (var person in people.Where(p => !p.Name.IsSurnameOnly && PersonName.ParticleSurname(p.Actor.Name) is null)
                     .OrderByDescending(p => p.Name.Specificity).ThenBy(p => p.Actor.Id, StringComparer.Ordinal))
        {
            var fits = persons.Where(members => members.All(m => m.Name.IsCompatibleWith(person.Name))).Take(2).ToList();
            if (fits.Count == 1)
            {
                fits[0].Add(person);
            }
            else
            {
                // No one, or two people it could be: a person of its own (ambiguous forms are never guessed).
                persons.Add([person]);
            }
        }

        // Two words that end the name of exactly one person ("López Obrador", "Uribe Turbay") are that person's
        // double surname, not a given name and a surname of someone else; unless a text called that name by its last
        // word alone ("Kopp" for "Charles Kopp"), which reads the first word as a given name.
        foreach (var single in persons.Where(members => members.Count == 1 && members[0].Name.AsDoubleSurnameKey is not null
                     && !members[0].Actor.Aliases.Contains(members[0].Name.Surname, StringComparer.Ordinal)).ToList())
        {
            string key = single[0].Name.AsDoubleSurnameKey!;
            var bearers = persons.Where(members => members != single && members.Any(m => m.Name.LastTwoKey == key)).Take(2).ToList();
            if (bearers.Count == 1)
            {
                bearers[0].Add(single[0]);
                persons.Remove(single);
            }
        }

        // A surname alone joins the one person who bears it; "Bin Laden" is tried as a surname, then as a name.
        // A person who may bear it as a first surname ("Uribe" of "Miguel Uribe Turbay") or, written family name
        // first, as the first word ("Kim" of "Kim Jong Un", which no shape of the name tells) makes it ambiguous too.
        var bySurname = persons
            .SelectMany(members => members.Where(m => !m.Name.IsSurnameOnly).SelectMany(m => (string?[])[m.Name.SurnameKey, m.Name.FirstSurnameKey, m.Name.GivenKey]).OfType<string>()
                .Distinct(StringComparer.Ordinal).Select(surname => (Surname: surname, Members: members)))
            .ToLookup(p => p.Surname, p => p.Members, StringComparer.Ordinal);
        foreach (var person in people.Where(p => p.Name.IsSurnameOnly || PersonName.ParticleSurname(p.Actor.Name) is not null)
                     .OrderBy(p => p.Actor.Id, StringComparer.Ordinal))
        {
            string surname = PersonName.ParticleSurname(person.Actor.Name) is { } particle
                ? PersonName.SurnameKeyOf(particle)
                : person.Name.SurnameKey;
            var bearers = bySurname[surname].Take(2).ToList();
            if (bearers.Count == 1 && bearers[0].Any(m => m.Name.SurnameKey == surname))
            {
                bearers[0].Add(person);
            }
            else
            {
                persons.Add([person]);
            }
        }

        var ids = new Dictionary<string, string>(StringComparer.Ordinal);
        var merged = new List<Actor>();
        foreach (var members in persons.Where(m => m.Count > 1))
        {
            var actor = Combine([.. members.Select(m => m.Actor)], Fullest(members).Actor);
            merged.Add(actor);
            foreach (var m in members)
            {
                ids[m.Actor.Id] = actor.Id;
            }
        }

        var result = actors.Where(a => !ids.ContainsKey(a.Id)).Concat(merged).OrderBy(a => a.Name, StringComparer.Ordinal).ThenBy(a => a.Id, StringComparer.Ordinal).ToList();
        return new ActorMerge(result, ids);
    }

    // The form that says most ("James Charles Kopp" over "James C. Kopp"), then the one written most fully.
    private static (Actor Actor, PersonName Name) Fullest(List<(Actor Actor, PersonName Name)> members) =>
        members.OrderBy(m => m.Name.Titled)
            .ThenByDescending(m => m.Name.Specificity)
            .ThenByDescending(m => m.Actor.Name.Length)
            .ThenBy(m => m.Actor.Id, StringComparer.Ordinal)
            .First();

    private static Actor Combine(IReadOnlyList<Actor> members, Actor fullest)
    {
        var others = members.Where(m => m != fullest).OrderBy(m => m.Id, StringComparer.Ordinal).ToList();
        var all = others.Prepend(fullest).ToList();
        return fullest with
        {
            // A title ("Trade Minister") says more than a role noun ("counterpart"), as when one actor meets itself across documents.
            Role = all.Select(a => a.Role).FirstOrDefault(r => r is { Length: > 0 } && char.IsUpper(r[0])) ?? all.Select(a => a.Role).FirstOrDefault(r => r is not null),
            CountryCode = all.Select(a => a.CountryCode).OfType<string>()
                .GroupBy(c => c, StringComparer.Ordinal)
                .OrderByDescending(g => g.Count())
                .Select(g => g.Key)
                .FirstOrDefault(),
            Aliases = [.. all.Select(a => a.Name).Concat(all.SelectMany(a => a.Aliases)).Distinct(StringComparer.Ordinal)],
        };
    }

    // "King Hussein", "Pope Francis": one name under a regnal title is the whole name, not a surname.
    private static bool IsRegnal(Actor actor, RoleLexicon roles) =>
        !actor.Name.Contains(' ', StringComparison.Ordinal) && actor.Role is { } role && roles.IsRegnalTitle(role);
}

/// <summary>The actors of a dataset after merging, and for each merged actor's old id, its new one.</summary>
public sealed record ActorMerge(IReadOnlyList<Actor> Actors, IReadOnlyDictionary<string, string> MergedIds)
{
    /// <summary>The id an actor has after merging.</summary>
    public string Map(string id) => MergedIds.GetValueOrDefault(id, id);

    /// <summary>An event's actor ids after merging: each once, in their first order.</summary>
    public IReadOnlyList<string> Map(IReadOnlyList<string> ids)
    {
        ArgumentNullException.ThrowIfNull(ids);
        return [.. ids.Select(Map).Distinct(StringComparer.Ordinal)];
    }
}
