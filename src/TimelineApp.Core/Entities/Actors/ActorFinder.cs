using TimelineApp.Core.Text;

namespace TimelineApp.Core.Entities.Actors;

/// <summary>
/// Finds the people and organizations that act in a text, from linguistic cues only: a full name is a person
/// when a title, role noun, apposition or verb of saying marks it ("Russian Foreign Minister Sergey Lavrov",
/// "the head of ..., Andrii Yermak", "Derek Roe said"), or when its surname alone is so marked elsewhere. Later
/// one-word mentions join a person by surname ("Lavrov said") or, for family-name-first names, by the first
/// word ("Kim" for Kim Jong Un) within the document. Organizations act when quoted or cited ("according to
/// Tass", "KCNA reported") or when their officials are named ("NATO Secretary-General Mark Rutte").
/// </summary>
public sealed class ActorFinder
{
    private readonly RoleLexicon _roles;
    private readonly NameRunReader _runs;
    private readonly NameContextReader _context;
    private readonly OrganizationReader _organizations;

    public ActorFinder(RoleLexicon roles)
    {
        _roles = roles ?? throw new ArgumentNullException(nameof(roles));
        _runs = new NameRunReader(roles);
        _context = new NameContextReader(roles);
        _organizations = new OrganizationReader(roles);
    }

    /// <param name="text">The text.</param>
    /// <param name="places">Country and location mentions in the text (words that are never part of a person's name).</param>
    /// <param name="known">Actors found earlier (the document's body, other documents): surnames join them.</param>
    public DocumentEntities Find(string text, IReadOnlyList<EntityMention> places, IReadOnlyList<Actor> known) =>
        Find(AnnotatedText.Of(text ?? throw new ArgumentNullException(nameof(text))), places, known);

    /// <param name="annotated">The text with its sentences, split once for every stage.</param>
    /// <param name="places">Country and location mentions in the text (words that are never part of a person's name).</param>
    /// <param name="known">Actors found earlier (the document's body, other documents): surnames join them.</param>
    public DocumentEntities Find(AnnotatedText annotated, IReadOnlyList<EntityMention> places, IReadOnlyList<Actor> known)
    {
        ArgumentNullException.ThrowIfNull(annotated);
        ArgumentNullException.ThrowIfNull(places);
        ArgumentNullException.ThrowIfNull(known);
        string text = annotated.Text;
        var lower = LowerCaseWords(text);
        var placesBySentence = annotated.Group(places, p => p.Span);
        var sentences = annotated.Sentences.Select(s => SentenceWords.Create(text, s, placesBySentence[s.Index])).ToList();
        var runs = sentences.SelectMany(s => _runs.Read(s, lower)).Select(r => (Run: r, Context: _context.Read(r))).ToList();

        var people = new List<ActorDraft>();
        var found = new List<(NameRun Run, NameContext Context, ActorDraft Actor)>();

        // Surnames marked as a person somewhere ("Lavrov said", "Kellogg's visit", "President Trump").
        var markedSurnames = runs.Where(r => r.Run.NameLength == 1 && (r.Context.IsPerson || r.Run.Words[r.Run.NameEnd - 1].IsPossessive))
            .Select(r => r.Run.Last).ToHashSet(StringComparer.Ordinal);

        // One-word names the text uses on their own ("Marsh" after "Tom Marsh"): a repeated name is a person's.
        var standalone = runs.Where(r => r.Run.NameLength == 1 && r.Run.Title is null && IsPersonName(r.Run)).Select(r => r.Run.Last).ToHashSet(StringComparer.Ordinal);

        // Full names first, so that surname mentions before and after them can join. A full name is a person when
        // its context says so, when its surname (or, family name first, its first word) is marked or used alone
        // elsewhere, or when its shape and the words around it do (NameCues).
        var fullNames = runs.Where(r => r.Run.NameLength is >= 2 and <= 5 && IsPersonName(r.Run)).ToList();
        var accepted = new HashSet<NameRun>();
        foreach (var (run, context) in fullNames)
        {
            if (context.IsPerson || markedSurnames.Contains(run.Last) || markedSurnames.Contains(run.First)
                || ((standalone.Contains(run.Last) || standalone.Contains(run.First)) && !NameCues.LooksLikePlace(run, lower))
                || NameCues.ActsOrIsActedOn(run, lower, _roles)
                || NameCues.IsReferredToAsAPerson(run, lower)
                || (NameShape.IsInitials(run.First) && !NameCues.LooksLikePlace(run, lower)))
            {
                accepted.Add(run);
            }
        }

        // Names listed with a person are people too ("followed by Flávio Dino, Luiz Fux and Cristiano Zanin").
        bool grew = true;
        while (grew)
        {
            grew = false;
            foreach (var (run, _) in fullNames.Where(r => !accepted.Contains(r.Run) && !NameCues.LooksLikePlace(r.Run, lower)))
            {
                if (accepted.Any(a => NameCues.Listed(a, run) || NameCues.Listed(run, a)))
                {
                    accepted.Add(run);
                    grew = true;
                }
            }
        }

        foreach (var (run, context) in fullNames)
        {
            if (!accepted.Contains(run) && !people.Any(p => SameName(p, run)))
            {
                continue;
            }

            var person = people.FirstOrDefault(p => SameName(p, run));
            if (person is null)
            {
                person = new ActorDraft(ActorKind.Person, [.. run.NameWords]);
                people.Add(person);
            }

            person.Aliases.Add(run.Name);
            person.Learn(context.Role, context.Country, context.CountryStrength, context.Possessor, run.Title is not null);
            found.Add((run, context, person));
        }

        var knownPeople = known.Where(a => a.Kind == ActorKind.Person).ToList();
        foreach (var (run, context) in runs.Where(r => r.Run.NameLength == 1 && IsPersonName(r.Run)))
        {
            if (run.Title is not null && _roles.IsRegnalTitle(run.Title))
            {
                var royal = people.FirstOrDefault(p => p.NameWords.Count == 1 && p.Name == run.Last && p.Role == run.Title) ?? new ActorDraft(ActorKind.Person, [run.Last]);
                if (!people.Contains(royal))
                {
                    people.Add(royal);
                }

                royal.Aliases.Add(run.Title + " " + run.Last);
                royal.Learn(run.Title, context.Country, context.CountryStrength, context.Possessor, roleIsTitle: true);
                found.Add((run, context, royal));
                continue;
            }

            var person = people.FirstOrDefault(p => p.Last == run.Last)
                ?? Single(people.Where(p => p.NameWords.Count >= 2 && p.First == run.First))
                // "Uribe" of "Álvaro Uribe Vélez": the first of two surnames (Spanish, Portuguese) stands for the person.
                ?? Single(people.Where(p => p.NameWords.Count >= 3 && p.NameWords[^2] == run.Last && !NameShape.IsInitials(run.Last)))
                ?? FromKnown(knownPeople, run.Last, people);
            // "President Bush": a titled surname is a person of its own, unless it is an ordinary word ("Secretary Do").
            if (person is null && (run.Title is not null || run.HasHonorific) && !lower.Contains(run.Last.ToLowerInvariant()))
            {
                person = new ActorDraft(ActorKind.Person, [run.Last]);
                people.Add(person);
            }

            if (person is null)
            {
                continue;
            }

            person.Aliases.Add(run.Last);
            person.Learn(context.Role, context.Country, context.CountryStrength, context.Possessor, run.Title is not null);
            found.Add((run, context, person));
        }

        foreach (var p in people.Where(p => p.Country is null && p.Possessor is not null))
        {
            var owner = people.FirstOrDefault(o => o != p && o.Last == p.Possessor);
            string? country = owner?.Country ?? known.FirstOrDefault(k => k.Name.EndsWith(" " + p.Possessor, StringComparison.Ordinal))?.CountryCode;
            if (country is not null)
            {
                p.InheritCountry(country);
            }
        }

        InheritAcrossLists(text, found);
        var organizations = _organizations.Read(sentences, runs.Select(r => r.Run).ToList(), people);
        var mentions = found
            .Select(f => new EntityMention(Span(f.Run.Words, f.Run.NameStart, f.Run.NameEnd), EntityKind.Actor, f.Actor.Id, f.Actor.Country, Span(f.Run.Words, Math.Min(f.Context.ExtentStart, f.Run.Start), f.Run.NameEnd)))
            .Concat(organizations.Mentions)
            .OrderBy(m => m.Span.Start)
            .ToList();
        var actors = people.Concat(organizations.Actors).Select(a => a.ToActor()).ToList();
        return new DocumentEntities(actors, mentions);
    }

    /// <summary>
    /// Officials listed together share a government: in "talks with Trump, Secretary of State Marco Rubio and
    /// Defense Secretary Pete Hegseth", the titled people without a country of their own take the list's country.
    /// </summary>
    private static void InheritAcrossLists(string text, List<(NameRun Run, NameContext Context, ActorDraft Actor)> found)
    {
        var ordered = found.OrderBy(f => f.Run.Words[f.Run.NameStart].Span.Start).ToList();
        int i = 0;
        while (i < ordered.Count)
        {
            int j = i;
            while (j + 1 < ordered.Count && ordered[j + 1].Run.Words == ordered[j].Run.Words && IsListJoin(text, ordered[j], ordered[j + 1]))
            {
                j++;
            }

            var group = ordered.Skip(i).Take(j - i + 1).ToList();
            if (group.Select(g => g.Actor).FirstOrDefault(a => a.Country is not null)?.Country is { } country)
            {
                foreach (var g in group.Where(g => g.Run.Title is not null && g.Actor.Country is null))
                {
                    g.Actor.InheritCountry(country);
                }
            }

            i = j + 1;
        }
    }

    private static bool IsListJoin(string text, (NameRun Run, NameContext Context, ActorDraft Actor) a, (NameRun Run, NameContext Context, ActorDraft Actor) b)
    {
        int from = a.Run.Words[a.Run.End - 1].Span.End;
        int to = a.Run.Words[Math.Min(b.Context.ExtentStart, b.Run.Start)].Span.Start;
        return to > from && text[from..to].Trim() is "," or "and" or ", and";
    }

    private static ActorDraft? Single(IEnumerable<ActorDraft> candidates)
    {
        var list = candidates.Take(2).ToList();
        return list.Count == 1 ? list[0] : null;
    }

    private static ActorDraft? FromKnown(List<Actor> known, string surname, List<ActorDraft> people)
    {
        var actor = known.FirstOrDefault(a => a.Name.EndsWith(" " + surname, StringComparison.Ordinal) || a.Aliases.Contains(surname));
        if (actor is null)
        {
            return null;
        }

        var draft = people.FirstOrDefault(p => p.Name == actor.Name);
        if (draft is null)
        {
            draft = new ActorDraft(ActorKind.Person, actor.Name.Split(' '));
            draft.Learn(actor.Role, actor.CountryCode, 1, null);
            people.Add(draft);
        }

        return draft;
    }

    private static bool SameName(ActorDraft p, NameRun run) =>
        p.Last == run.Last && p.First == run.First && NameShape.IsJunior(p.NameWords) == NameShape.IsJunior(run.NameWords);

    private static readonly HashSet<string> CompanyMarks = new(StringComparer.Ordinal) { "&", "Inc", "Inc.", "Corp", "Corp.", "Co", "Co.", "Ltd", "Ltd.", "LLC", "plc", "PLC", "AG", "SA", "NV", "GmbH" };

    private bool IsPersonName(NameRun run)
    {
        // "analyst at Goldman Sachs", "Smith Barney, Harris Upham & Co.": organizations and places, not people.
        if ((run.Start > 0 && run.Words[run.Start - 1].Text == "at" && run.Title is null)
            || (run.End < run.Words.Count && CompanyMarks.Contains(run.Words[run.End].Text))
            || (run.End < run.Words.Count && run.Words[run.End].GapBefore.Contains('&', StringComparison.Ordinal)))
        {
            return false;
        }

        for (int i = run.NameStart; i < run.NameEnd; i++)
        {
            var t = run.Words[i];
            // "Joseph R. Biden Jr.", "R.K. Agarwal": initials before the surname, a suffix after it.
            if ((NameShape.IsInitials(t.Text) && i < run.NameEnd - 1) || (NameShape.IsSuffix(t.Text) && i > run.NameStart + 1 && i == run.NameEnd - 1))
            {
                continue;
            }

            if (run.Words.Countries[i] is not null || t.IsAllCaps || t.Text.Any(char.IsDigit) || t.Text.Contains('.', StringComparison.Ordinal)
                || _roles.IsNonNameWord(t.Text) || _roles.IsTitle(t.Text) || _roles.IsSentenceWord(t.Text) || _roles.IsSpeechVerb(t.Text.ToLowerInvariant()))
            {
                return false;
            }
        }

        return run.NameLength > 0;
    }

    /// <summary>The text span of words <c>[start, end)</c>, without a final possessive "'s".</summary>
    internal static TextSpan Span(SentenceWords words, int start, int end) =>
        new(words[start].Span.Start, words[end - 1].Span.End - (words[end - 1].IsPossessive ? 2 : 0));

    private static HashSet<string> LowerCaseWords(string text)
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        int i = 0;
        while (i < text.Length)
        {
            if (!char.IsLetter(text[i]))
            {
                i++;
                continue;
            }

            int s = i;
            while (i < text.Length && char.IsLetter(text[i]))
            {
                i++;
            }

            if (char.IsLower(text[s]))
            {
                set.Add(text[s..i]);
            }
        }

        return set;
    }
}
