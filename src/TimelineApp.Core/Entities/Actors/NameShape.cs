namespace TimelineApp.Core.Entities.Actors;

/// <summary>
/// The shapes of name words that hold in any news: initials ("R.K.", "J."), generational suffixes ("Jr.", "III")
/// that end a name without being its surname ("Ferdinand Marcos Jr." is Mr. Marcos).
/// </summary>
internal static class NameShape
{
    public static bool IsSuffix(string word) => word is "Jr." or "Sr." or "Jr" or "Sr" or "II" or "III" or "IV";

    /// <summary>
    /// True when a name ends in "Jr.": news writes it to tell a son from his father ("Raila Odinga Jr.", "Donald
    /// Trump Jr."), so such a name and the same name without it are two people.
    /// </summary>
    public static bool IsJunior(IEnumerable<string> words) => words.LastOrDefault() is "Jr." or "Jr" or "Jnr" or "Jnr.";

    /// <summary>"J.", "R.K.", "T.K.": capitals each followed by a period.</summary>
    public static bool IsInitials(string word)
    {
        if (word.Length < 2 || word.Length % 2 != 0)
        {
            return false;
        }

        for (int i = 0; i < word.Length; i += 2)
        {
            if (!char.IsUpper(word[i]) || word[i + 1] != '.')
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The surname of name words: the last word that is not a suffix ("Marcos" of "Ferdinand Marcos Jr.").</summary>
    public static string Surname(IReadOnlyList<string> words) =>
        words.Count > 1 && IsSuffix(words[^1]) ? words[^2] : words[^1];
}
