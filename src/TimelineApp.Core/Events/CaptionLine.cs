using System.Text.RegularExpressions;
using TimelineApp.Core.Text;

namespace TimelineApp.Core.Events;

/// <summary>
/// Tells a photo caption or a credit line from news: "FILE PHOTO: Smoke rises from the cathedral on April 15, 2019.
/// REUTERS/Jane Doe", "Photo: Jane Doe", "(Reporting by Jane Doe; Editing by John Roe)". A caption describes a
/// picture, often with the day it was taken; its date is not a happening the article reports, and a credit is
/// not one at all, so neither becomes an event.
/// </summary>
public static partial class CaptionLine
{
    public static bool IsCaptionOrCredit(string sentence)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        return CaptionLabel().IsMatch(sentence) || Credit().IsMatch(sentence) || AgencySlashName().IsMatch(sentence);
    }

    // "FILE PHOTO:", "FILE:", "PHOTO:", "Photo:", "Pictured:", "Caption:", "In pictures:" at the start of the line.
    [GeneratedRegex(@"^\s*(?:FILE\s+PHOTO|FILE|PHOTO|PICTURE|Photo|Pictured|Caption|Image|Picture)\s*:", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex CaptionLabel();

    // "(Reporting by ...; Editing by ...)", "Writing by ...", "Additional reporting by ...", "Photo by ...".
    [GeneratedRegex(@"^\s*\(?\s*(?:Additional\s+)?(?:Reporting|Editing|Writing|Compiled|Photo|Photos|Photographs?|Video)\s+by\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, matchTimeoutMilliseconds: RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex Credit();

    // A picture agency and the photographer closing the line: "REUTERS/Jane Doe", "AP Photo/John Roe", "AFP via Getty Images".
    [GeneratedRegex(@"\b(?:[A-Z]{2,}|[A-Z][a-z]+\s+Photo)/\p{Lu}\p{Ll}+(?:\s+\p{Lu}[\p{L}.'-]+){0,3}\)?\.?\s*$|\bvia\s+Getty\s+Images\b|\((?:Photo|Picture|Image)s?\s*:", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex AgencySlashName();
}
