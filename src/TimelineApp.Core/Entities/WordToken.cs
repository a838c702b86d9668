using TimelineApp.Core.Text;

namespace TimelineApp.Core.Entities;

/// <summary>
/// One word of a sentence for name finding: its text without a possessive ending, where it sits, whether it
/// carried "'s" (possessives are strong cues: "Trump's envoy", "Ukraine's president"), and the characters
/// between it and the previous word (", " marks an apposition, " " keeps a name together).
/// </summary>
public sealed record WordToken(string Text, TextSpan Span, bool IsPossessive, string GapBefore, int Index)
{
    /// <summary>True for a word that starts with a capital letter ("Lavrov", "U.S.").</summary>
    public bool IsCapitalized => Text.Length > 0 && char.IsUpper(Text[0]);

    /// <summary>True for "NATO", "KCNA", "U.S.": two or more letters, all capitals.</summary>
    public bool IsAllCaps => Text.Count(char.IsLetter) >= 2 && Text.Where(char.IsLetter).All(char.IsUpper);

    /// <summary>True when only a single space separates this word from the previous one.</summary>
    public bool JoinsPrevious => GapBefore == " ";
}
