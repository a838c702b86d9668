using System.Text.RegularExpressions;
using TimelineApp.Core.Text;

namespace TimelineApp.Core.Documents;

/// <summary>
/// Separates metadata that scrapes glue into article text — bylines ("By Jane Doe and John Roe"),
/// photo credits ("REUTERS/Jane Doe/File Photo", "(AP Photo/John Roe)") and copyright lines
/// ("© Thomson Reuters 2025.") — from the prose used for dates and events.
/// </summary>
public static partial class CreditStripper
{
    public static (string Text, IReadOnlyList<string> Credits) Strip(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var credits = new List<string>();
        string result = text;
        foreach (var pattern in new[] { PhotoCredit(), Copyright(), Byline() })
        {
            result = pattern.Replace(result, m =>
            {
                credits.Add(m.Value.Trim());
                return " ";
            });
        }

        result = MultipleSpaces().Replace(result, " ");
        result = string.Join('\n', result.Split('\n').Select(l => l.Trim()));
        return (result.Trim(), credits);
    }

    // An agency in capitals or "<Agency> Photo", then one to three slash-separated name parts.
    [GeneratedRegex(@"\(?\b(?:[A-Z]{2,}(?: Photo)?|[A-Z][a-z]+ Photo)(?:/[A-Z][\w.'-]*(?: (?!By\b)[A-Z][\w.'-]*){0,2}){1,3}\)?", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex PhotoCredit();

    // "© Thomson Reuters 2025." takes everything up to the year, "Copyright 2025 Northgate Press. All rights reserved."
    // the holder after it; without a year only the holder's first word goes.
    [GeneratedRegex(@"(?:©|\(c\)|Copyright)\s*(?:(?:[A-Z][\w&.-]*\s){1,4}\d{4}\.?|\d{4}\s+(?:[A-Z][\w&.-]*\s?){1,5}\.?|[A-Z][\w&.-]*(?:\s(?:Images|Press|Photo|News|Media))?)(?:\s*All\s+rights\s+reserved\.?)?", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex Copyright();

    // "By First Last", optionally "and"/"," more names. Names are taken as short as possible, because the
    // sentence after a byline also starts with a capital ("By Jane Roe The talks...").
    [GeneratedRegex(@"(?<=^|[.!?""']\s|\s{2}|\n)By (?:[A-Z][a-z'.-]+ ){1,2}?[A-Z][a-z'-]+(?:(?:,| and|, and) (?:[A-Z][a-z'.-]+ ){1,2}?[A-Z][a-z'-]+)*", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex Byline();

    [GeneratedRegex(@"[ \t]{2,}", RegexOptions.None, matchTimeoutMilliseconds: RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex MultipleSpaces();
}
