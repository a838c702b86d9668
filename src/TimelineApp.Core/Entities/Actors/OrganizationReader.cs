namespace TimelineApp.Core.Entities.Actors;

/// <summary>
/// Finds organizations that act: cited as a source ("according to Russia's state Tass news agency",
/// "according to the Russian Foreign Ministry"), reporting ("KCNA reported", "Axios reported"), or through a
/// named official ("NATO Secretary-General Mark Rutte"). An acronym that spells a found organization's initials
/// ("KCNA" for Korean Central News Agency) is an alias of it. Their country comes from the text too.
/// </summary>
internal sealed class OrganizationReader(RoleLexicon roles)
{
    private static readonly HashSet<string> ReportVerbs = new(StringComparer.Ordinal) { "reported", "reports", "said", "says", "announced", "stated", "quoted", "cited", "confirmed", "warned", "published" };
    private static readonly HashSet<string> Skippable = new(StringComparer.Ordinal) { "the", "a", "an", "state", "official", "state-run", "state-owned", "news", "agency", "broadcaster", "newspaper", "daily", "media", "outlet", "its", "their" };

    public (IReadOnlyList<ActorDraft> Actors, IReadOnlyList<EntityMention> Mentions) Read(IReadOnlyList<SentenceWords> sentences, IReadOnlyList<NameRun> runs, IReadOnlyList<ActorDraft> people)
    {
        var orgs = new List<ActorDraft>();
        var mentions = new List<(SentenceWords Words, int Start, int End, ActorDraft Org)>();

        void Add(SentenceWords w, int start, int end, string? country)
        {
            var words = w.Tokens.Skip(start).Take(end - start).Select(t => t.Text).ToList();
            if (words.Count == 0 || words.All(x => x.Length == 0) || (end - start == 1 && w.Countries[start] is not null))
            {
                return;
            }

            if (roles.IsTitle(words[0]) || words[0] is "Mr." or "Mrs." or "Ms." or "Dr.")
            {
                return;
            }

            string name = string.Join(' ', words);
            if (people.Any(p => p.Name == name || p.Last == name || p.Aliases.Contains(name)))
            {
                return;
            }

            var org = orgs.FirstOrDefault(o => o.Name == name || o.Aliases.Contains(name));
            if (org is null)
            {
                org = new ActorDraft(ActorKind.Organization, words);
                orgs.Add(org);
            }

            org.Aliases.Add(name);
            org.Learn(null, country ?? Enumerable.Range(start, end - start).Select(i => w.Countries[i]).FirstOrDefault(c => c is not null), 2, null);
            mentions.Add((w, start, end, org));
        }

        // An organization whose official is named: "NATO Secretary-General Mark Rutte".
        foreach (var run in runs.Where(r => r.OrganizationStart >= 0 && r.Title is not null))
        {
            Add(run.Words, run.OrganizationStart, run.OrganizationEnd, null);
        }

        foreach (var w in sentences)
        {
            for (int i = 0; i < w.Count; i++)
            {
                // "according to [Russia's] [state] X"
                if (w[i].Text is "according" && i + 1 < w.Count && w[i + 1].Text == "to")
                {
                    int j = i + 2;
                    string? country = null;
                    while (j < w.Count && (Skippable.Contains(w[j].Text) || (w.Countries[j] is not null && (w[j].IsPossessive || !w[j].IsCapitalized || j + 1 < w.Count && w.Countries[j + 1] is not null && w[j + 1].IsPossessive))))
                    {
                        country = w.Countries[j] ?? country;
                        j++;
                    }

                    int end = CapitalRunEnd(w, j);
                    if (end > j)
                    {
                        Add(w, j, end, country);
                    }
                }

                // "KCNA reported", "Axios reported": a capitalised word or acronym directly before a reporting verb.
                if (w[i].IsCapitalized && w.Countries[i] is null && i + 1 < w.Count && w[i + 1].JoinsPrevious
                    && (w[i + 1].Text is "reported" || (w[i].IsAllCaps && ReportVerbs.Contains(w[i + 1].Text)))
                    && (i == 0 || !w[i].JoinsPrevious || !w[i - 1].IsCapitalized)
                    && !roles.IsSentenceWord(w[i].Text) && !roles.IsNonNameWord(w[i].Text))
                {
                    Add(w, i, i + 1, null);
                }
            }
        }

        // "KCNA" spells Korean Central News Agency: one organization.
        foreach (var acronym in orgs.Where(o => o.NameWords.Count == 1 && o.Name.All(char.IsUpper)).ToList())
        {
            var full = orgs.FirstOrDefault(o => o != acronym && Initials(o) == acronym.Name);
            if (full is null)
            {
                continue;
            }

            full.Aliases.Add(acronym.Name);
            full.Learn(null, acronym.Country, acronym.CountryStrength, null);
            orgs.Remove(acronym);
            for (int k = 0; k < mentions.Count; k++)
            {
                if (mentions[k].Org == acronym)
                {
                    mentions[k] = mentions[k] with { Org = full };
                }
            }
        }

        var result = mentions.Select(m => new EntityMention(ActorFinder.Span(m.Words, m.Start, m.End), EntityKind.Actor, m.Org.Id, m.Org.Country)).ToList();
        return (orgs, result);
    }

    private int CapitalRunEnd(SentenceWords w, int j)
    {
        int end = j;
        while (end < w.Count && ((w[end].IsCapitalized && !roles.IsSentenceWord(w[end].Text)) || (end > j && w[end].Text is "of" or "for" && end + 1 < w.Count && w[end + 1].IsCapitalized)) && (end == j || w[end].JoinsPrevious))
        {
            end++;
            if (w[end - 1].IsPossessive)
            {
                break;
            }
        }

        return end;
    }

    private static string Initials(ActorDraft org) =>
        string.Concat(org.NameWords.Where(x => x.Length > 0 && char.IsUpper(x[0])).Select(x => x[0]));
}
