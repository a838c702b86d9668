using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace TimelineApp.Core.Entities.Actors;

/// <summary>
/// A person's name read into its parts, so that two forms of one name can be compared across documents:
/// "James C. Kopp" is given "James", middle "C.", surname "Kopp". Titles in front are dropped ("President
/// Clinton" is the surname "Clinton"), particles belong to the surname ("van der Berg", "bin Salman"), a
/// generational suffix ("Jr.", "III") is kept apart, and a family-name-first name ("Kim Min-seok") keeps its
/// surname first and its whole given name. Comparison ignores case and accents.
/// </summary>
/// <param name="Given">The first given name or initial; null for a surname alone.</param>
/// <param name="Middles">Middle names and initials, in order.</param>
/// <param name="Surname">The family name with its particles ("van der Berg").</param>
/// <param name="Suffix">"Jr.", "III" and the like, or null.</param>
/// <param name="FamilyNameFirst">True when the surname is written first ("Kim Min-seok").</param>
public sealed partial record PersonName(string? Given, IReadOnlyList<string> Middles, string Surname, string? Suffix, bool FamilyNameFirst)
{
    // Lower-case words that join a surname ("de la Cruz", "bin Salman"); capitalised they open a name as often as
    // not ("Al Gore", "Van Morrison"), so a capitalised one is read as a particle only where it is not first.
    private static readonly HashSet<string> Particles = new(StringComparer.OrdinalIgnoreCase)
    {
        "van", "von", "der", "den", "de", "del", "della", "di", "da", "das", "do", "dos", "du", "la", "le", "ter", "ten",
        "bin", "ibn", "ben", "bint", "al", "el", "abu", "st.", "y", "zu", "af", "av", "arap",
    };

    private static readonly HashSet<string> Suffixes = new(StringComparer.OrdinalIgnoreCase)
    {
        "Jr", "Jr.", "Sr", "Sr.", "II", "III", "IV", "V",
    };

    /// <summary>True when a title stood in front of the name ("President-elect Donald Trump"): never the form to show.</summary>
    public bool Titled { get; init; }

    /// <summary>True for a name of one part: a surname alone ("Kopp", "President Clinton").</summary>
    public bool IsSurnameOnly => Given is null;

    /// <summary>True for a "Jr." name (see <see cref="NameShape.IsJunior"/>).</summary>
    private bool IsJunior => Suffix is not null && Suffix.StartsWith('J');

    /// <summary>The surname as compared: lower case, no accents.</summary>
    public string SurnameKey => Key(Surname);

    /// <summary>A surname as compared: lower case, no accents ("Bin Laden" and "bin Laden" are one).</summary>
    public static string SurnameKeyOf(string surname) => Key(surname ?? throw new ArgumentNullException(nameof(surname)));

    /// <summary>How much the name says: its parts, and how many of them are written out rather than initials.</summary>
    public int Specificity => (Given is null ? 0 : 2 + (IsInitial(Given) ? 0 : 1)) + Middles.Sum(m => IsInitial(m) ? 2 : 3);

    /// <summary>Reads a name (an actor's canonical name) into its parts; null when nothing of a name is left.</summary>
    /// <param name="name">The name, perhaps with titles in front.</param>
    /// <param name="familyNameFirst">True when the name is known to be written surname first.</param>
    /// <param name="roles">Titles to drop in front of the name.</param>
    public static PersonName? Parse(string name, bool familyNameFirst, RoleLexicon roles)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(roles);
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(w => w.TrimEnd(','))
            .SelectMany(SplitInitials)
            .ToList();
        bool titled = DropTitles(words, roles);
        string? suffix = null;
        if (words.Count > 1 && Suffixes.Contains(words[^1]))
        {
            suffix = words[^1].TrimEnd('.');
            words.RemoveAt(words.Count - 1);
        }

        if (words.Count == 0)
        {
            return null;
        }

        if (words.Count == 1)
        {
            return new PersonName(null, [], words[0], suffix, false) { Titled = titled };
        }

        if (familyNameFirst || LooksFamilyNameFirst(words))
        {
            return new PersonName(string.Join(' ', words.Skip(1)), [], words[0], suffix, true) { Titled = titled };
        }

        int surnameStart = words.Count - 1;
        while (surnameStart > 1 && Particles.Contains(words[surnameStart - 1]))
        {
            surnameStart--;
        }

        return new PersonName(words[0], [.. words.Skip(1).Take(surnameStart - 1)], string.Join(' ', words.Skip(surnameStart)), suffix, false) { Titled = titled };
    }

    /// <summary>
    /// The name read as a surname alone when every word before its last is a particle ("Bin Laden"), else null:
    /// such a name may be a surname ("Bin Laden") or a given name and surname ("Al Gore"), so both are tried.
    /// </summary>
    public static string? ParticleSurname(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length >= 2 && words[..^1].All(Particles.Contains) ? name : null;
    }

    /// <summary>
    /// True when both names can be one person's: the same surname, the same given name (or its initial), middle
    /// parts that agree where both have them ("C." and "Charles"; never "Charles" and "Carl"), no two suffixes and "Jr." on both or neither;
    /// or the same given name with the first of two surnames ("Claudia Sheinbaum" of "Claudia Sheinbaum Pardo").
    /// </summary>
    public bool IsCompatibleWith(PersonName other)
    {
        ArgumentNullException.ThrowIfNull(other);
        if (IsSurnameOnly || other.IsSurnameOnly)
        {
            return false;
        }

        if (Suffix is not null && other.Suffix is not null && !string.Equals(Suffix, other.Suffix, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        // "Raila Odinga Jr." beside "Raila Odinga", "Donald Trump Jr." beside "Donald Trump": news writes "Jr." to tell
        // a son from his father, so a "Jr." name is one person only with names that carry it too.
        if (IsJunior != other.IsJunior)
        {
            return false;
        }

        // The same words, spaced or hyphenated differently ("Kim Jong Un", "Kim Jong-un"), whichever order they are read in.
        if (WholeKey == other.WholeKey)
        {
            return true;
        }

        if (FamilyNameFirst != other.FamilyNameFirst)
        {
            return false;
        }

        if (SurnameKey != other.SurnameKey)
        {
            return !FamilyNameFirst && PartsAgree(Given!, other.Given!) && (IsFirstSurnameOf(other) || other.IsFirstSurnameOf(this));
        }

        if (FamilyNameFirst)
        {
            // A family-name-first given name is one unit ("Min-seok", "Jong Un"): it must agree, hyphens aside.
            return Key(Given!).Replace("-", "", StringComparison.Ordinal).Replace(" ", "", StringComparison.Ordinal)
                == Key(other.Given!).Replace("-", "", StringComparison.Ordinal).Replace(" ", "", StringComparison.Ordinal);
        }

        return PartsAgree(Given!, other.Given!)
            && Middles.Zip(other.Middles).All(pair => PartsAgree(pair.First, pair.Second));
    }

    /// <summary>
    /// True when this name is the other without its last surname: "Claudia Sheinbaum" of "Claudia Sheinbaum
    /// Pardo", where a name with two surnames is often written with the first alone.
    /// </summary>
    private bool IsFirstSurnameOf(PersonName longer) =>
        Middles.Count == 0 && Suffix is null && longer.Middles.Count >= 1 && !IsInitial(longer.Middles[^1]) && Key(longer.Middles[^1]) == SurnameKey;

    /// <summary>The last two parts of a name of three or more ("lópez obrador" of "Andrés Manuel López Obrador"), or null.</summary>
    public string? LastTwoKey => IsSurnameOnly || FamilyNameFirst ? null
        : Middles.Count > 0 ? Key(Middles[^1]) + " " + SurnameKey
        : null;

    /// <summary>The first given name as compared, or null.</summary>
    public string? GivenKey => Given is null ? null : Key(Given);

    private string WholeKey => string.Concat(Key(string.Join(' ', FamilyNameFirst ? [Surname, Given, .. Middles] : [Given, .. Middles, Surname])).Where(char.IsLetterOrDigit));

    /// <summary>The last middle name, which may be a first surname ("uribe" of "Miguel Uribe Turbay"), or null.</summary>
    public string? FirstSurnameKey => !FamilyNameFirst && Middles.Count > 0 && !IsInitial(Middles[^1]) ? Key(Middles[^1]) : null;

    /// <summary>A name of two parts read as a double surname alone ("López Obrador"), or null.</summary>
    public string? AsDoubleSurnameKey => !IsSurnameOnly && !FamilyNameFirst && Middles.Count == 0 && Suffix is null ? Key(Given!) + " " + SurnameKey : null;

    private static bool PartsAgree(string a, string b)
    {
        string ka = Key(a).TrimEnd('.');
        string kb = Key(b).TrimEnd('.');
        if (ka == kb)
        {
            return true;
        }

        return (IsInitial(a) && kb.StartsWith(ka, StringComparison.Ordinal)) || (IsInitial(b) && ka.StartsWith(kb, StringComparison.Ordinal));
    }

    private static bool IsInitial(string part) => part.TrimEnd('.').Length == 1;

    // "President Clinton", "Foreign Minister Sergey Lavrov", "President-elect Donald Trump" (a title with a suffix).
    private static bool DropTitles(List<string> words, RoleLexicon roles)
    {
        bool any = false;
        bool dropped = true;
        while (dropped && words.Count > 1)
        {
            dropped = false;
            for (int n = Math.Min(roles.MaxTitleWords, words.Count - 1); n >= 1; n--)
            {
                string title = string.Join(' ', words.Take(n));
                int hyphen = title.LastIndexOf('-');
                if (roles.IsTitle(title) || (hyphen > 0 && TitleSuffixes.Contains(title[(hyphen + 1)..]) && roles.IsTitle(title[..hyphen])))
                {
                    words.RemoveRange(0, n);
                    dropped = true;
                    any = true;
                    break;
                }
            }
        }

        return any;
    }

    private static readonly HashSet<string> TitleSuffixes = new(StringComparer.OrdinalIgnoreCase) { "elect", "designate", "nominee" };

    // "J.R." is two initials, "J." and "R.".
    private static IEnumerable<string> SplitInitials(string word) =>
        InitialsPattern().IsMatch(word) ? word.Split('.', StringSplitOptions.RemoveEmptyEntries).Select(i => i + ".") : [word];

    // "Kim Min-seok", "Tsai Ing-wen": a last word hyphenated into a lower-case syllable is a romanized East Asian
    // given name, written after the family name. ("Jean-Luc" keeps its capital after the hyphen.)
    private static bool LooksFamilyNameFirst(List<string> words) => words.Count == 2 && RomanizedGivenPattern().IsMatch(words[1]);

    private static string Key(string s)
    {
        var sb = new StringBuilder(s.Length);
        foreach (char c in s.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                sb.Append(char.ToLowerInvariant(c));
            }
        }

        return sb.ToString();
    }

    [GeneratedRegex(@"^(\p{Lu}\.){2,}$", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex InitialsPattern();

    [GeneratedRegex(@"^\p{Lu}\p{Ll}+-\p{Ll}+$", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex RomanizedGivenPattern();
}
