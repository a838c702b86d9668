using System.Text.RegularExpressions;
using TimelineApp.Core.Text;

namespace TimelineApp.Core.Entities.Actors;

/// <summary>
/// Reads the runs of capitalised words in a sentence ("U.S. President Donald Trump", "Secretary of State
/// Marco Rubio", "Lindsey Graham of South Carolina") and splits each into country, titles and name. A run ends at
/// punctuation and after a possessive. A sentence's first word is dropped when it is an ordinary word
/// written with a capital only because it opens the sentence (it occurs in lower case elsewhere).
/// </summary>
internal sealed partial class NameRunReader(RoleLexicon roles)
{
    private static readonly HashSet<string> Connectors = new(StringComparer.Ordinal) { "of", "bin", "ibn", "al", "de", "da", "van", "von", "der", "del", "la", "le", "di", "dos", "du", "arap" };
    // Days and months that open a run of capitals; April, May, June and August are also given names or surnames.
    private static readonly HashSet<string> CalendarWords = new(StringComparer.Ordinal)
    {
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January", "February", "March", "July", "September",
        "October", "November", "December",
    };

    private static readonly HashSet<string> MonthAbbreviations = new(StringComparer.Ordinal) { "Jan", "Feb", "Mar", "Apr", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec" };

    private static readonly HashSet<string> Honorifics = new(StringComparer.Ordinal) { "Mr.", "Mrs.", "Ms.", "Dr.", "Prof.", "Sir", "Dame", "Lord", "Lady", "Mr", "Mrs", "Ms", "Dr" };

    public IEnumerable<NameRun> Read(SentenceWords words, ISet<string> lowerCaseWords)
    {
        int i = 0;
        while (i < words.Count)
        {
            if (!StartsRun(words, i))
            {
                i++;
                continue;
            }

            int end = i;
            while (!words[end].IsPossessive)
            {
                int k = end + 1;
                if (k < words.Count && words[k].JoinsPrevious && IsCapitalWord(words[k]))
                {
                    end = k;
                    continue;
                }

                // "Ramon de la Peña", "Pieter van der Merwe": up to three particles, then the rest of the name.
                int c = k;
                while (c < words.Count && c - k < 3 && Connectors.Contains(words[c].Text) && words[c].JoinsPrevious && (c == k || words[c].Text != "of"))
                {
                    c++;
                }

                if (c > k && c < words.Count && words[c].JoinsPrevious && IsCapitalWord(words[c]) && (c == k + 1 || words[k].Text != "of"))
                {
                    end = c;
                    continue;
                }

                break;
            }

            int start = i;

            // "On Saturday Emmanuel Macron spoke": a day or month opening the run is not part of the name.
            while (start < end && CalendarWords.Contains(words[start].Text))
            {
                start++;
            }
            // "will succeed Daniel P. Davison Feb. 1": a day or month closing the run is a date after the name.
            int runEnd = end;
            while (end > start && (CalendarWords.Contains(words[end].Text) || MonthAbbreviations.Contains(words[end].Text)))
            {
                end--;
            }

            // A capitalised particle opening a name stays ("Van der Merwe said").
            bool particle = start < end && Connectors.Contains(words[start].Text.ToLowerInvariant()) && Connectors.Contains(words[start + 1].Text);
            // A title opening a sentence stays a title ("President Sheinbaum held ...", though "the president" occurs too).
            bool title = start < end && TitleLength(words, start, end + 1) > 0;
            if (!particle && !title && IsSentenceOpening(words, start) && (roles.IsSentenceWord(words[start].Text) || lowerCaseWords.Contains(words[start].Text.ToLowerInvariant()) || IsAdverbOrParticiple(words[start].Text)))
            {
                start++;
            }

            if (start <= end && Analyze(words, start, end + 1) is { } run)
            {
                yield return run;
            }

            i = runEnd + 1;
        }
    }

    // "Certainly Saddam Hussein ...", "Chanting, Helmut Kohl ...": an -ly or -ing word opening a sentence.
    private static bool IsAdverbOrParticiple(string word) =>
        word.Length > 5 && (word.EndsWith("ly", StringComparison.Ordinal) || word.EndsWith("ing", StringComparison.Ordinal));

    private static bool StartsRun(SentenceWords words, int i) => IsCapitalWord(words[i]);

    private static bool IsCapitalWord(WordToken t) => t.IsCapitalized || ArabicArticle().IsMatch(t.Text);

    /// <summary>True for the first word of a sentence or of a quotation inside it.</summary>
    public static bool IsSentenceOpening(SentenceWords words, int i) =>
        i == 0 || words[i].GapBefore.Contains('"', StringComparison.Ordinal) || words[i].GapBefore.Contains('\u201C', StringComparison.Ordinal)
        || words[i].GapBefore.Contains(": ", StringComparison.Ordinal) || (words[i].GapBefore.Contains('\'', StringComparison.Ordinal) && !words[i].GapBefore.StartsWith('\''));

    private NameRun? Analyze(SentenceWords words, int start, int end)
    {
        // "European Commission President Annelie Vos": an organization's name, then a title, then the person.
        int titleAt = Enumerable.Range(start + 1, Math.Max(0, end - start - 2)).LastOrDefault(k => TitleLength(words, k, end) > 0 && !roles.IsTitle(words[k - 1].Text) && !roles.IsTitleModifier(words[k - 1].Text) && words.Countries[k - 1] is null, -1);
        if (titleAt > start && Enumerable.Range(start, titleAt - start).Any(k => roles.IsNonNameWord(words[k].Text)))
        {
            var inner = Strip(words, titleAt, end);
            return inner with { Start = start, OrganizationStart = start, OrganizationEnd = titleAt, TitleCountry = inner.TitleCountry ?? Enumerable.Range(start, titleAt - start).Select(k => words.Countries[k]).FirstOrDefault(c => c is not null) };
        }

        return Strip(words, start, end);
    }

    private NameRun Strip(SentenceWords words, int start, int end)
    {
        int p = start;
        string? country = null;
        int acronymAt = -1;
        var title = new List<string>();
        bool honorific = false;
        while (p < end)
        {
            var t = words[p];
            if (words.Countries[p] is { } code)
            {
                country ??= code;
                p++;
                continue;
            }

            int len = TitleLength(words, p, end);
            if (len > 0)
            {
                string phrase = string.Join(' ', words.Tokens.Skip(p).Take(len).Select(w => w.Text));
                if (!Honorifics.Contains(phrase))
                {
                    title.Add(phrase);
                }
                else
                {
                    honorific = true;
                }

                p += len;
                continue;
            }

            if (p + 1 < end && (roles.IsTitleModifier(t.Text) || roles.IsRoleModifier(t.Text) || roles.IsRoleModifier(t.Text.ToLowerInvariant())))
            {
                if (roles.IsTitleModifier(t.Text))
                {
                    title.Add(t.Text);
                }

                p++;
                continue;
            }

            // A department before a title: "Water Minister", "Tourism Secretary".
            if (p + 2 < end && t.IsCapitalized && !t.IsAllCaps && words.Countries[p] is null && TitleLength(words, p + 1, end) > 0 && !roles.IsNonNameWord(t.Text))
            {
                title.Add(t.Text);
                p++;
                continue;
            }

            if (p + 1 < end && t.IsAllCaps && !t.Text.Contains('.', StringComparison.Ordinal))
            {
                acronymAt = acronymAt < 0 ? p : acronymAt;
                p++;
                continue;
            }

            break;
        }

        int nameEnd = p;
        while (nameEnd < end && words[nameEnd].Text != "of")
        {
            nameEnd++;
        }

        bool hasTitle = title.Any(roles.IsTitle);
        return new NameRun(words, start, p, nameEnd, end, hasTitle ? string.Join(' ', title) : null, country, honorific)
        {
            OrganizationStart = acronymAt,
            OrganizationEnd = acronymAt < 0 ? -1 : acronymAt + 1,
        };
    }

    private int TitleLength(SentenceWords words, int p, int end)
    {
        for (int len = Math.Min(roles.MaxTitleWords, end - p - 1); len >= 1; len--)
        {
            if (roles.IsTitle(string.Join(' ', words.Tokens.Skip(p).Take(len).Select(w => w.Text))))
            {
                return len;
            }
        }

        return 0;
    }

    [GeneratedRegex(@"^(?:al|el|bin|ibn)-\p{Lu}", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex ArabicArticle();
}
