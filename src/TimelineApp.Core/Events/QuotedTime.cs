using System.Text.RegularExpressions;
using TimelineApp.Core.Dates;
using TimelineApp.Core.Dates.Reading;
using TimelineApp.Core.Text;

namespace TimelineApp.Core.Events;

/// <summary>
/// Whether a time phrase inside a quotation dates a happening. A speaker's words carry times of every kind:
/// habits ("he bombs everybody in the evening"), hopes ("today they can say ..."), the present ("we are waiting
/// now"), questions about what comes ("what the bank does next week"). Only a quote that itself reports something
/// that happened at that time ("we were told in 2019 ...", "I ran back at 6 a.m.") makes an event; the phrase
/// is still resolved and listed by <c>resolve</c> either way.
/// </summary>
public static partial class QuotedTime
{
    /// <summary>True when <paramref name="position"/> lies inside a quotation opened earlier in its paragraph.</summary>
    public static bool IsInsideQuote(string text, int position)
    {
        ArgumentNullException.ThrowIfNull(text);
        int start = position <= 0 ? 0 : text.LastIndexOf('\n', position - 1) + 1;
        bool straight = false;
        int curly = 0;
        int single = 0;
        for (int i = start; i < position && i < text.Length; i++)
        {
            char c = text[i];
            char before = i > 0 ? text[i - 1] : ' ';
            char after = i + 1 < text.Length ? text[i + 1] : ' ';
            switch (c)
            {
                case '"':
                    straight = !straight;
                    break;
                case '\u201C':
                    curly++;
                    break;
                case '\u201D':
                    curly = Math.Max(0, curly - 1);
                    break;
                case '\'' or '\u2018' or '\u2019':
                    // An apostrophe sits between letters ("Russia's", "don't"); a quote opens after a space and
                    // closes before one.
                    if (!char.IsLetterOrDigit(before) && char.IsLetterOrDigit(after) && c != '\u2019')
                    {
                        single++;
                    }
                    else if (single > 0 && !char.IsLetterOrDigit(after) && (char.IsLetterOrDigit(before) || char.IsPunctuation(before)))
                    {
                        single--;
                    }

                    break;
            }
        }

        return straight || curly > 0 || single > 0;
    }

    /// <summary>
    /// True when the quote reports a happening at the phrase: its clause is in the past tense, or the phrase names
    /// a calendar date or year outright ("on March 3, 2021"), which a speaker uses for what happened, not for habits.
    /// </summary>
    public static bool ReportsHappening(string sentence, TextSpan phrase)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        string text = sentence[phrase.Start..phrase.End];
        return ClauseTense.Of(sentence, phrase) == Tense.Past && !Habitual().IsMatch(text) && !PresentOrModalAfter().IsMatch(sentence.AsSpan(phrase.End))
            || CalendarDate().IsMatch(text);
    }

    // "Today they can say ...", "tonight I believe him": the speaker's own present or hopes, whatever the clause
    // that follows reports.
    [GeneratedRegex(@"^,?\s+(?:\w+\s+){0,2}?(?:can|will|would|could|may|might|must|should|is|are|am|'s|'re|'m)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, matchTimeoutMilliseconds: RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex PresentOrModalAfter();

    // "the evening", "mornings", "every night": a part of the day with an article is a habit as often as a time.
    [GeneratedRegex(@"^(?:the|every|each)\s+(?:morning|afternoon|evening|night|day|week)s?$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, matchTimeoutMilliseconds: RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex Habitual();

    // A year of four digits: "2019", "March 3, 2021", "April 2019".
    [GeneratedRegex(@"\b(?:1[6-9]|20)\d\d\b", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex CalendarDate();
}
