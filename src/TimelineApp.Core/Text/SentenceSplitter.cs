using System.Text.RegularExpressions;

namespace TimelineApp.Core.Text;

/// <summary>
/// Splits news prose into sentences. A period ends a sentence unless it belongs to an abbreviation
/// ("U.S.", "Lt. Gen.", "No. 2"), an initial ("J. Smith") or a number ("3.5"); quotes and brackets
/// that close a sentence stay with it. Paragraph breaks (new lines) always end a sentence.
/// </summary>
public static partial class SentenceSplitter
{
    // Titles and abbreviations that are followed by a capitalised word without ending the sentence.
    private static readonly HashSet<string> Abbreviations = new(Text.Abbreviations.WithCalendar, StringComparer.OrdinalIgnoreCase);

    // Abbreviations that can end a sentence when the next word starts one ("... in the U.S. The next day").
    private static readonly HashSet<string> SentenceFinalAbbreviations = new(Text.Abbreviations.SentenceFinal, StringComparer.OrdinalIgnoreCase);

    public static IReadOnlyList<Sentence> Split(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var sentences = new List<Sentence>();
        int start = 0;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (c is '\n' or '\r')
            {
                Add(sentences, text, start, i);
                start = i + 1;
                continue;
            }

            if (c is not ('.' or '!' or '?'))
            {
                continue;
            }

            int end = i + 1;
            while (end < text.Length && text[end] is '.' or '!' or '?' or '"' or '\'' or ')' or ']' or '\u201D' or '\u2019')
            {
                end++;
            }

            if (end < text.Length && !char.IsWhiteSpace(text[end]))
            {
                continue; // "3.5", "U.S.-led", "example.com"
            }

            if (c == '.' && !EndsSentence(text, i, end))
            {
                continue;
            }

            Add(sentences, text, start, end);
            start = end;
            i = end - 1;
        }

        Add(sentences, text, start, text.Length);
        return sentences;
    }

    private static bool EndsSentence(string text, int period, int end)
    {
        string word = WordBefore(text, period);
        string next = WordAfter(text, end);
        bool nextStartsSentence = next.Length > 0 && (char.IsUpper(next[0]) || char.IsDigit(next[0]) || next[0] is '"' or '\'' or '\u201C' or '\u2018' or '(');
        if (!nextStartsSentence)
        {
            return next.Length == 0;
        }

        if (word.Length == 0)
        {
            return true;
        }

        // "U.S." / "U.N." / "a.m.": dotted initialisms end a sentence only before a typical sentence opener.
        if (DottedInitialism().IsMatch(word))
        {
            return SentenceOpeners.Contains(next.TrimStart('"', '\'', '\u201C', '\u2018', '('));
        }

        // A single capital letter is an initial ("Donald J. Trump").
        if (word.Length == 1 && char.IsUpper(word[0]))
        {
            return false;
        }

        // "No. 2" is a number sign; "no." before a capital ends a sentence ("He said no. The talks ...").
        if (word is "No" or "no" or "Nos")
        {
            return !char.IsDigit(next[0]) && word[0] == 'n';
        }

        if (Abbreviations.Contains(word))
        {
            return SentenceFinalAbbreviations.Contains(word) && SentenceOpeners.Contains(next);
        }

        return true;
    }

    // Words that open a new sentence after an abbreviation such as "U.S." far more often than they continue one.
    private static readonly HashSet<string> SentenceOpeners = new(StringComparer.Ordinal)
    {
        "The", "A", "An", "He", "She", "It", "They", "We", "I", "But", "And", "In", "On", "At", "This", "That",
        "These", "Those", "His", "Her", "Their", "Its", "There", "Meanwhile", "However", "Also", "After", "Before",
        "When", "While", "As", "If", "Some", "Many", "Officials", "Last", "Earlier", "Later",
    };

    private static string WordBefore(string text, int period)
    {
        int s = period;
        while (s > 0 && (char.IsLetterOrDigit(text[s - 1]) || text[s - 1] == '.'))
        {
            s--;
        }

        return text[s..period];
    }

    private static string WordAfter(string text, int end)
    {
        int s = end;
        while (s < text.Length && char.IsWhiteSpace(text[s]) && text[s] is not ('\n' or '\r'))
        {
            s++;
        }

        int e = s;
        while (e < text.Length && !char.IsWhiteSpace(text[e]))
        {
            e++;
        }

        return text[s..e];
    }

    private static void Add(List<Sentence> sentences, string text, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        if (end > start)
        {
            sentences.Add(new Sentence(sentences.Count, new TextSpan(start, end), text[start..end]));
        }
    }

    [GeneratedRegex(@"^(?:[A-Za-z]\.)+[A-Za-z]?$", RegexOptions.None, matchTimeoutMilliseconds: RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex DottedInitialism();
}
