using System.Text.RegularExpressions;
using TimelineApp.Core.Text;

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
        if (Boilerplate().IsMatch(text) && (words <= 8 || ToTheReader().IsMatch(text)))
        {
            return true; // "Skip to main content", "We use cookies … you agree to our Cookie Policy"
        }

        if (text.EndsWith(':') || text.EndsWith("...", StringComparison.Ordinal) || text.EndsWith('…'))
        {
            return words <= 10;
        }

        bool endsLikeSentence = SentenceEnd().IsMatch(text);
        return !endsLikeSentence && words <= 6;
    }

    public static int WordCount(string text) => Words().Count(text);

    /// <summary>A sentence of prose: several words ending like a sentence (not a headline, byline or label).</summary>
    public static bool IsProse(string line) => WordCount(line) >= 8 && SentenceEnd().IsMatch(line.Trim());

    /// <summary>True for the site's own navigation or notices placed before the headline ("Skip to main content", a cookie banner).</summary>
    public static bool IsSiteNotice(string line) => Boilerplate().IsMatch(line) && (WordCount(line) <= 8 || ToTheReader().IsMatch(line));

    // The vocabulary of web boilerplate (consent, navigation, accounts, advertising), on any site.
    [GeneratedRegex(@"\b(?:cookies?|privacy\s+(?:policy|notice|settings)|terms\s+(?:of\s+(?:use|service)|and\s+conditions)|all\s+rights\s+reserved|skip\s+to\s+(?:main\s+)?content|sign\s+(?:up|in)|log\s?in|subscribe|newsletter|advertisement|sponsored(?:\s+content)?|paid\s+(?:content|partner)|accept\s+all|manage\s+(?:preferences|settings|consent))\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex Boilerplate();

    // A notice speaks to the reader; a news sentence about cookies or privacy rules speaks about others.
    [GeneratedRegex(@"\b(?:you|your|we|our|us)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex ToTheReader();

    [GeneratedRegex(@"[.!?]['""\u201D\u2019)]?$", RegexOptions.None, matchTimeoutMilliseconds: RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex SentenceEnd();

    [GeneratedRegex(@"\S+", RegexOptions.None, matchTimeoutMilliseconds: RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex Words();
}
