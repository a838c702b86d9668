namespace TimelineApp.Core.Entities.Actors;

/// <summary>
/// What the words around a name say about it: whether anything marks it as a person (a title, a role noun,
/// an apposition, a verb of saying), the role and country read from those words, and the surname of a
/// possessor whose country it inherits ("Trump's special envoy, Keith Kellogg").
/// </summary>
internal sealed record NameContext(bool IsPerson, string? Role, string? Country, int CountryStrength, string? Possessor, int ExtentStart);

/// <summary>Reads the cues around a <see cref="NameRun"/>.</summary>
internal sealed class NameContextReader(RoleLexicon roles)
{
    private static readonly HashSet<string> Adverbs = new(StringComparer.Ordinal) { "also", "later", "then", "previously", "earlier", "had", "has", "have", "was", "is", "will", "would", "could", "did", "further", "again", "reportedly", "recently", "quickly", "first", "once", "still" };
    private static readonly HashSet<string> Determiners = new(StringComparer.Ordinal) { "the", "a", "an", "his", "her", "its", "their", "The", "A", "An", "His", "Her", "Its", "Their" };

    public NameContext Read(NameRun run)
    {
        var w = run.Words;
        string? role = run.Title;
        string? country = run.TitleCountry;
        int strength = country is null ? 0 : 3;
        bool person = run.Title is not null || run.HasHonorific;

        // Lower-case role words and country words right before the run: "North Korean leader Kim Jong Un".
        int extent = run.Start;
        string? lowerRole = null;
        for (int i = run.Start - 1; i >= 0 && w[i + 1].JoinsPrevious; i--)
        {
            var t = w[i];
            if (w.Countries[i] is { } code)
            {
                if (country is null || strength < 3)
                {
                    country = code;
                    strength = 3;
                }

                extent = i;
                continue;
            }

            // A sentence's first word is capitalised for the sentence: "Opposition candidate Lee Soo-jin".
            string word = NameRunReader.IsSentenceOpening(w, i) ? t.Text.ToLowerInvariant() : t.Text;
            if (roles.IsRoleNoun(word) || roles.IsRoleModifier(word) || roles.IsTitle(t.Text) || roles.IsTitleModifier(t.Text))
            {
                lowerRole = lowerRole is null ? t.Text : t.Text + " " + lowerRole;
                person |= roles.IsRoleNoun(word) || roles.IsTitle(t.Text);
                extent = i;
                continue;
            }

            break;
        }

        role ??= lowerRole is not null && lowerRole.Split(' ').Any(roles.IsRoleNoun) ? lowerRole : null;

        // A verb of saying or acting right after the name ("Lavrov said", "Kim also reaffirmed"), or "said" right before it.
        person |= VerbAfter(w, run.End) || (extent > 0 && w[extent].JoinsPrevious && roles.IsSpeechVerb(w[extent - 1].Text));

        // Appositions: "the head of Ukraine's presidential office, Andrii Yermak" and "Andrii Yermak, the head of ...".
        string? possessor = null;
        var before = extent > 0 && w[extent].GapBefore.Trim() == "," ? Apposition(w, PhraseStart(w, extent - 1), extent) : null;
        var after = run.End < w.Count && w[run.End].GapBefore.Trim() == "," && OpensApposition(w, run.End)
            ? Apposition(w, run.End, PhraseEnd(w, run.End))
            : null;
        foreach (var a in new[] { before, after }.OfType<AppositionInfo>())
        {
            person = true;
            role ??= a.Role;
            if (a.Country is not null && strength < 2)
            {
                country = a.Country;
                strength = 2;
            }

            possessor ??= a.Possessor;
        }

        // "Lindsey Graham of South Carolina".
        if (run.NameEnd < run.End && country is null)
        {
            for (int i = run.NameEnd; i < run.End; i++)
            {
                if (w.Countries[i] is { } code)
                {
                    country = code;
                    strength = 1;
                    break;
                }
            }
        }

        // "Jane Roe, who ...": organizations take "which".
        if (run.End + 1 < w.Count && w[run.End].GapBefore.Trim() == "," && w[run.End].Text is "who" or "whose")
        {
            person = true;
        }

        // A participle clause in commas, then a verb: "Jane Roe, appearing for the families, had argued".
        if (run.End < w.Count && w[run.End].GapBefore.Trim() == "," && w[run.End].Text.Length > 5 && w[run.End].Text.EndsWith("ing", StringComparison.Ordinal)
            && PhraseEnd(w, run.End) is var close && close < w.Count && w[close].GapBefore.Trim() == ","
            && (VerbAfter(w, close) || (close + 1 < w.Count && NameCues.IsAuxiliary(w[close].Text) && w[close + 1].JoinsPrevious && w[close + 1].Text.All(char.IsLower))))
        {
            person = true;
        }

        // An age in commas: "Jane Roe, 45, said".
        if (run.End + 1 < w.Count && w[run.End].GapBefore.Trim() == "," && w[run.End].Text.All(char.IsDigit) && w[run.End + 1].GapBefore.Trim() == ",")
        {
            person = true;
        }

        return new NameContext(person, role, country, strength, possessor, extent);
    }

    /// <summary>True when a verb of saying or acting follows the word at <paramref name="index"/> ("said", "also said").</summary>
    public bool VerbAfter(SentenceWords w, int index)
    {
        for (int i = index; i < w.Count && i < index + 3; i++)
        {
            if (i > index && !w[i].JoinsPrevious)
            {
                return false;
            }

            if (i == index && w[i].GapBefore.Trim().Length > 0)
            {
                return false;
            }

            if (roles.IsSpeechVerb(w[i].Text) && !Adverbs.Contains(w[i].Text) && (i == index || Adverbs.Contains(w[i - 1].Text)))
            {
                return true;
            }

            if (!Adverbs.Contains(w[i].Text))
            {
                return false;
            }
        }

        return false;
    }

    private static int PhraseStart(SentenceWords w, int from)
    {
        int i = from;
        while (i > 0 && w[i].GapBefore.Trim().Length == 0 && from - i < 12)
        {
            i--;
        }

        return i;
    }

    private static int PhraseEnd(SentenceWords w, int from)
    {
        int i = from + 1;
        while (i < w.Count && w[i].GapBefore.Trim().Length == 0 && i - from < 12)
        {
            i++;
        }

        return i;
    }

    // What may open an apposition after a name and its comma: "the"/"a" ("X, the company's chairman"), a bare
    // role noun ("X, spokesman for the party", "X, party spokesman"), or a possessive and its role ("X, Yoon's wife",
    // "X, Germany's finance minister").
    private bool OpensApposition(SentenceWords w, int at) =>
        Determiners.Contains(w[at].Text)
        || (w[at].IsPossessive && RoleNounWithin(w, at + 1, 3))
        || (w[at].Text.All(char.IsLower) && RoleNounWithin(w, at, 2)); // not a clause: "the Straits, should be reunited with his father"

    private bool RoleNounWithin(SentenceWords w, int from, int count)
    {
        for (int i = from; i < w.Count && i < from + count && (i == from || w[i].JoinsPrevious); i++)
        {
            if (roles.IsRoleNoun(w[i].Text))
            {
                return true;
            }
        }

        return false;
    }

    private AppositionInfo? Apposition(SentenceWords w, int start, int end)
    {
        int roleAt = -1;
        for (int i = start; i < end; i++)
        {
            // "Rishi Sunak, the Prime Minister,": a capitalised role after a determiner.
            if ((roles.IsRoleNoun(w[i].Text) && !w[i].IsCapitalized) || (roles.IsRoleNoun(w[i].Text.ToLowerInvariant()) && Determiners.Contains(w[start].Text)))
            {
                roleAt = i;
                break;
            }
        }

        if (roleAt < 0)
        {
            return null;
        }

        int roleStart = roleAt;
        while (roleStart > start && roles.IsRoleModifier(w[roleStart - 1].Text))
        {
            roleStart--;
        }

        // The role runs to the end of the apposition, but stops before a relative clause and after eight words.
        var roleWords = w.Tokens.Skip(roleStart).Take(end - roleStart).TakeWhile(t => t.Text is not ("who" or "which" or "that" or "whose")).Take(8);
        string role = string.Join(' ', roleWords.Select(t => t.IsPossessive ? t.Text + "'s" : t.Text));
        string? country = null;
        string? possessor = null;
        for (int i = start; i < end; i++)
        {
            if (!w[i].IsPossessive)
            {
                continue;
            }

            if (w.Countries[i] is { } code)
            {
                country = code;
                break;
            }

            if (w[i].Text is "country" or "nation")
            {
                country = w.CountryBefore(start);
                break;
            }

            if (w[i].IsCapitalized && i < roleAt)
            {
                possessor = w[i].Text;
            }
        }

        // "his Pakistani counterpart, Sadia Qureshi": a country word right before the role noun.
        if (country is null && roleAt > start && w.Countries[roleAt - 1] is { } adjective && !w[roleAt - 1].IsPossessive)
        {
            country = adjective;
        }

        return new AppositionInfo(role, country, possessor);
    }

    private sealed record AppositionInfo(string Role, string? Country, string? Possessor);
}
