namespace TimelineApp.Core.Entities.Actors;

/// <summary>
/// Cues that make a full name (two or more capitalised words, no title) a person in any news, from the words
/// around it: it acts ("Olaf Scholz did", "Takaichi Sanae was elected") or is acted on ("police arrested Tomasz
/// Nowak", "led by Lee Jae-myung", "the death of Jean-Louis Georgelin"), and it is listed with a person. Names
/// that read as places or things ("in Quang Ninh", "the Phong Chau bridge") take none of these cues.
/// </summary>
internal static class NameCues
{
    private static readonly HashSet<string> Determiners = new(StringComparer.Ordinal) { "the", "The", "a", "A", "an", "An", "this", "that" };

    private static readonly HashSet<string> Locatives = new(StringComparer.Ordinal)
    {
        "in", "at", "from", "near", "into", "across", "outside", "inside", "toward", "towards", "via", "around", "through", "to", "between",
        "along", "off", "onto", "within", "beyond", "across", "past", "reach", "reached",
    };

    // Verbs whose object is usually a place or a thing, never a cue for a person.
    private static readonly HashSet<string> PlaceVerbs = new(StringComparer.Ordinal)
    {
        "visited", "toured", "reached", "entered", "crossed", "left", "hit", "struck", "flooded", "attacked", "shelled", "bombed", "captured",
        "invaded", "based", "located", "headquartered", "renamed", "called", "named", "including", "included", "listed", "traded", "bought",
        "sold", "acquired", "owned", "launched", "opened", "closed", "built", "rebuilt", "restored", "played", "watched", "released", "published",
        "signed", "ratified", "passed", "approved", "joined", "landed", "evacuated", "affected", "surrounded", "occupied", "liberated",
    };

    // Auxiliaries and verbs that follow a subject: "Olaf Scholz did", "Takaichi Sanae was elected".
    private static readonly HashSet<string> Auxiliaries = new(StringComparer.Ordinal) { "was", "were", "is", "are", "has", "have", "had", "will", "would", "did", "does", "could", "can", "should", "may", "might", "must" };

    /// <summary>True for an auxiliary that follows a subject ("was", "had", "will").</summary>
    public static bool IsAuxiliary(string word) => Auxiliaries.Contains(word);

    // Nouns whose "of" takes a person: "the death of Jean-Louis Georgelin", "the family of Chidinma Eze".
    private static readonly HashSet<string> PersonOf = new(StringComparer.Ordinal)
    {
        "death", "killing", "murder", "assassination", "arrest", "detention", "trial", "funeral", "family", "wife", "husband", "son", "daughter",
        "widow", "brother", "sister", "mother", "father", "release", "resignation", "impeachment", "ouster", "lawyer", "lawyers", "aides", "supporters",
        "allies", "successor", "predecessor", "government", "cabinet", "administration", "election", "conviction", "sentencing", "memory", "wife",
        "office", "aide", "adviser", "advisers", "spokesman", "spokeswoman", "portrait", "portraits", "photo", "photos", "picture", "pictures",
        "statue", "name", "era", "reign", "tenure", "presidency", "premiership", "legacy", "biography", "speech", "remarks",
    };

    // Words before "with" or "from" whose object is a person: "talks with", "met with", "heard from".
    private static readonly HashSet<string> MetWith = new(StringComparer.Ordinal)
    {
        "talks", "met", "meet", "meeting", "meetings", "spoke", "speaking", "talked", "call", "phone", "interview", "heard", "sided", "clashed",
        "argued", "negotiated", "negotiating", "quarrelled", "feuded", "dinner", "lunch", "breakfast", "government", "coalition",
    };

    // Words two before "to" whose object is a person, not a destination: "lost the final to Luke Humphries".
    private static readonly HashSet<string> LostTo = new(StringComparer.Ordinal)
    {
        "lost", "lose", "loses", "losing", "final", "match", "game", "title", "election", "race", "bout", "married", "engaged", "defeat",
    };

    // Lower-case nouns right after a name that make it a place or a thing: "the Phong Chau bridge", "Phu Tho province".
    private static readonly HashSet<string> ThingNouns = new(StringComparer.Ordinal)
    {
        "province", "district", "city", "county", "state", "region", "bridge", "river", "lake", "airport", "port", "station", "street", "road",
        "village", "town", "company", "firm", "group", "party", "area", "valley", "mountains", "island", "coast", "border", "highway", "dam",
        "plant", "mine", "project", "programme", "program", "index", "stadium", "team", "club", "brand", "group's", "prefecture", "municipality",
        "ward", "township", "neighbourhood", "neighborhood", "camp", "base", "market", "hospital", "school", "university", "court", "model",
        "system", "network", "fund", "bank", "movement", "campaign", "trade", "administration", "government", "era", "family",
    };

    /// <summary>True when the words around a name read it as a place or a thing.</summary>
    public static bool LooksLikePlace(NameRun run, ISet<string> lowerCaseWords)
    {
        var w = run.Words;
        if (run.Start > 0 && w[run.Start].JoinsPrevious && (Determiners.Contains(w[run.Start - 1].Text)
            || (Locatives.Contains(w[run.Start - 1].Text) && !(run.Start > 1 && w[run.Start - 2].Text is "spoke" or "talked" or "wrote" or "said" or "according" or "heard")
                && !(w[run.Start - 1].Text == "to" && run.Start > 1 && LostTo.Contains(w[run.Start - 2].Text))))
            && !OwnsWhatAPersonOwns(run))
        {
            return true;
        }

        if (run.End < w.Count && w[run.End].JoinsPrevious && ThingNouns.Contains(w[run.End].Text))
        {
            return true;
        }

        // A word that the text also writes in lower case is an ordinary word ("Social", "Key"), not a name.
        return run.NameWords.Any(n => char.IsUpper(n[0]) && lowerCaseWords.Contains(n.ToLowerInvariant()));
    }

    // "from Nicolás Maduro's office": a name that owns what only a person has is no place, whatever precedes it.
    private static bool OwnsWhatAPersonOwns(NameRun run) =>
        run.NameEnd == run.End && run.Words[run.NameEnd - 1].IsPossessive && run.End < run.Words.Count && run.Words[run.End].JoinsPrevious
        && PersonOf.Contains(run.Words[run.End].Text);

    /// <summary>True when a verb right after the name has it as subject, or a verb or noun right before it has it as object.</summary>
    public static bool ActsOrIsActedOn(NameRun run, ISet<string> lowerCaseWords, RoleLexicon roles)
    {
        if (LooksLikePlace(run, lowerCaseWords))
        {
            return false;
        }

        var w = run.Words;
        if (run.End < w.Count && w[run.End].JoinsPrevious && IsLower(w[run.End].Text))
        {
            string next = w[run.End].Text;
            if (Auxiliaries.Contains(next))
            {
                return run.End + 1 < w.Count && w[run.End + 1].JoinsPrevious && IsLower(w[run.End + 1].Text);
            }

            if (roles.IsSpeechVerb(next) || (next.Length >= 5 && next.EndsWith("ed", StringComparison.Ordinal)))
            {
                return true;
            }
        }

        // "Djibouti's Mahmoud Ali Youssouf": a country's own full name, right after its possessive.
        if (run.Start > 0 && w[run.Start].JoinsPrevious && w[run.Start - 1].IsPossessive && w.Countries[run.Start - 1] is not null)
        {
            return true;
        }

        if (run.Start > 0 && w[run.Start].JoinsPrevious && IsLower(w[run.Start - 1].Text))
        {
            string before = w[run.Start - 1].Text;
            if (before == "by")
            {
                return run.Start > 1 && w[run.Start - 1].JoinsPrevious && (w[run.Start - 2].Text is "led" or "signed" or "written" or "founded" or "headed" or "chaired"
                    || (w[run.Start - 2].Text.EndsWith("ed", StringComparison.Ordinal) && !PlaceVerbs.Contains(w[run.Start - 2].Text)));
            }

            // "a protege of the late Abe Shinzo".
            if (before == "late")
            {
                return run.Start > 1 && w[run.Start - 2].Text is "the" or "The";
            }

            if (before == "of")
            {
                return run.Start > 1 && w[run.Start - 1].JoinsPrevious && PersonOf.Contains(w[run.Start - 2].Text);
            }

            // "lost the final to Luke Humphries".
            if (before == "to")
            {
                return run.Start > 1 && LostTo.Contains(w[run.Start - 2].Text);
            }

            // "held talks with Marco Rubio", "heard from Juan Monsalve": the company a person keeps or is heard from.
            if (before is "with" or "from")
            {
                return run.Start > 1 && w[run.Start - 1].JoinsPrevious && MetWith.Contains(w[run.Start - 2].Text);
            }

            // "found Álvaro Uribe guilty": a verdict or a finding on a person.
            if (before == "found")
            {
                return run.End < w.Count && w[run.End].JoinsPrevious && w[run.End].Text is "guilty" or "innocent" or "liable" or "dead" or "not";
            }

            if (PlaceVerbs.Contains(before))
            {
                return false;
            }

            return (before.Length >= 5 && before.EndsWith("ed", StringComparison.Ordinal))
                || before is "met" or "keeps" or "kept" or "told" or "beat" or "hired" or "fired" or "sued" or "elected" or "appointed" or "replaced"
                    or "thanked" or "praised" or "accused" or "charged" or "arrested" or "detained" or "questioned" or "interviewed" or "congratulated"
                    or "paid" or "chose" or "sent" or "gave" or "saw" or "shot" or "sought" or "taught" or "caught" or "fought" or "brought";
        }

        return false;
    }

    private static readonly HashSet<string> PersonPronouns = new(StringComparer.Ordinal) { "his", "her", "himself", "herself", "he", "she" };

    // Participles that open a clause about a person after a comma: "Elder Arteaga, accused of coordinating it".
    private static readonly HashSet<string> PersonParticiples = new(StringComparer.Ordinal) { "accused", "charged", "convicted", "sentenced", "born", "aged", "nicknamed", "widely", "himself", "herself" };

    /// <summary>
    /// True when the words right after the name refer back to it as a person ("Vladimir Putin, in his first
    /// comments", "Anthony Albanese saw his referendum defeated", "Elder Arteaga, accused of ...") or it owns
    /// something as a person does ("Pablo Escobar's cartel").
    /// </summary>
    public static bool IsReferredToAsAPerson(NameRun run, ISet<string> lowerCaseWords)
    {
        if (LooksLikePlace(run, lowerCaseWords))
        {
            return false;
        }

        var w = run.Words;
        if (w[run.NameEnd - 1].IsPossessive && run.NameEnd == run.End)
        {
            return true;
        }

        for (int i = run.End; i < w.Count && i < run.End + 3; i++)
        {
            string gap = w[i].GapBefore.Trim();
            if (!IsLower(w[i].Text) || (gap.Length > 0 && gap != ","))
            {
                return false;
            }

            if (PersonPronouns.Contains(w[i].Text) || (i == run.End && gap == "," && PersonParticiples.Contains(w[i].Text)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when <paramref name="b"/> follows <paramref name="a"/> in a list: "A, B", "A and B", "A, and B".</summary>
    public static bool Listed(NameRun a, NameRun b)
    {
        if (!ReferenceEquals(a.Words, b.Words))
        {
            return false;
        }

        var w = a.Words;
        if (b.Start == a.End && w[b.Start].GapBefore.Trim() == ",")
        {
            return true;
        }

        return b.Start == a.End + 1 && w[a.End].Text == "and" && w[a.End].GapBefore.Trim() is "" or "," && w[b.Start].JoinsPrevious;
    }

    private static bool IsLower(string word) => word.Length > 0 && char.IsLower(word[0]);
}
