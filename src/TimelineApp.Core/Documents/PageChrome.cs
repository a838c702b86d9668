using System.Text.RegularExpressions;

namespace TimelineApp.Core.Documents;

/// <summary>
/// Recognises site chrome in a scraped page: short navigation, call-to-action and widget lines such as
/// "Comments", "Related Articles", "No comments yet..." or "Sign up for our newsletter:". Prose has
/// several words and ends like a sentence; chrome is short and ends with nothing, a colon or an ellipsis.
/// </summary>
public static partial class PageChrome
{
    public static bool IsChrome(string line)
    {
        string text = line.Trim();
        if (text.Length == 0)
        {
            return true;
        }

        int words = WordCount(text);
        if (text.EndsWith(':') || text.EndsWith("...", StringComparison.Ordinal) || text.EndsWith('…'))
        {
            return words <= 10;
        }

        bool endsLikeSentence = SentenceEnd().IsMatch(text);
        return !endsLikeSentence && words <= 6;
    }

    public static int WordCount(string text) => Words().Count(text);

    [GeneratedRegex(@"[.!?]['""\u201D\u2019)]?$")]
    private static partial Regex SentenceEnd();

    [GeneratedRegex(@"\S+")]
    private static partial Regex Words();
}
