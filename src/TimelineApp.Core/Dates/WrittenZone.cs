using System.Text.RegularExpressions;
using NodaTime;
using TimelineApp.Core.Text;

namespace TimelineApp.Core.Dates;

/// <summary>
/// The time zone a clock time names ("1900 GMT", "3 p.m. ET", "10 a.m. CET"), so that it is placed at the right
/// moment in the document's own zone. Abbreviations stand for the zone as people use them: "EST" in July still
/// means New York time. "local time" and ambiguous abbreviations (IST) name no zone the text makes certain.
/// </summary>
public static partial class WrittenZone
{
    /// <summary>The tzdb zone named in <paramref name="phrase"/>, or null.</summary>
    public static DateTimeZone? Of(string phrase)
    {
        ArgumentNullException.ThrowIfNull(phrase);
        var m = Abbreviation().Match(phrase);
        if (!m.Success)
        {
            return null;
        }

        string id = m.Value switch
        {
            "GMT" or "UTC" => "Etc/UTC",
            "ET" or "EST" or "EDT" => "America/New_York",
            "CT" or "CST" or "CDT" => "America/Chicago",
            "MT" or "MST" or "MDT" => "America/Denver",
            "PT" or "PST" or "PDT" => "America/Los_Angeles",
            "BST" => "Europe/London",
            "CET" or "CEST" => "Europe/Paris",
            "EET" or "EEST" => "Europe/Athens",
            "JST" => "Asia/Tokyo",
            _ => "Australia/Sydney", // AEST, AEDT
        };
        return DateTimeZoneProviders.Tzdb[id];
    }

    /// <summary>
    /// <paramref name="local"/>, a wall-clock time in <paramref name="written"/>, as the wall-clock time of
    /// <paramref name="documentZone"/> at the same instant (the earlier reading when the clocks go back, the later
    /// one when they skip it).
    /// </summary>
    public static LocalDateTime InDocumentZone(LocalDateTime local, DateTimeZone written, DateTimeZone documentZone) =>
        local.InZoneLeniently(written).WithZone(documentZone).LocalDateTime;

    [GeneratedRegex(@"\b(?:GMT|UTC|E[SD]?T|C[SD]?T|M[SD]?T|P[SD]?T|BST|CES?T|EES?T|JST|AES?T|AEDT)\b", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex Abbreviation();
}
