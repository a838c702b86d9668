using TimelineApp.Core.Text;

namespace TimelineApp.Core.Events;

/// <summary>
/// The evidence an event shows: its sentence, or, when the sentence is longer than <see cref="MaxLength"/>, a
/// window of about that length around the time phrase, cut at word boundaries and marked with "…". Every event of
/// a long sentence otherwise carries the whole sentence, and a run-on line of dates multiplies its own length by
/// its number of dates: output and memory grow with the square of the line.
/// </summary>
public static class EvidenceWindow
{
    /// <summary>
    /// Longest evidence kept whole. Above the longest real news sentence in our dumps and seeds (559 characters), so
    /// real sentences are shown whole; only the pieces of run-on lines are windowed.
    /// </summary>
    public const int MaxLength = 600;

    private const string Ellipsis = "\u2026";

    /// <summary>The text to show and where the phrase sits in it.</summary>
    public static (string Text, TextSpan Phrase) Around(string sentence, TextSpan phrase)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        if (sentence.Length <= MaxLength)
        {
            return (sentence, phrase);
        }

        // Centre the window on the phrase, then pull each side in to a word boundary so no word is cut.
        int width = Math.Max(MaxLength, phrase.Length);
        int start = Math.Clamp(phrase.Start - ((width - phrase.Length) / 2), 0, sentence.Length - width);
        int end = start + width;
        if (start > 0 && !char.IsWhiteSpace(sentence[start - 1]) && sentence.IndexOf(' ', start, phrase.Start - start) is int space and >= 0)
        {
            start = space + 1;
        }

        if (end < sentence.Length && !char.IsWhiteSpace(sentence[end]) && end > phrase.End && sentence.LastIndexOf(' ', end - 1, end - phrase.End) is int last and >= 0)
        {
            end = last;
        }

        string lead = start > 0 ? Ellipsis : string.Empty;
        string text = lead + sentence[start..end] + (end < sentence.Length ? Ellipsis : string.Empty);
        return (text, phrase.Shift(lead.Length - start));
    }

    /// <summary>A sentence without a phrase (one that continues an event), shortened from its end when long.</summary>
    public static string Of(string sentence)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        if (sentence.Length <= MaxLength)
        {
            return sentence;
        }

        int end = sentence.LastIndexOf(' ', MaxLength - 1, MaxLength);
        return sentence[..(end > 0 ? end : MaxLength)] + Ellipsis;
    }
}
