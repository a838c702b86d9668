using System.Text.RegularExpressions;
using NodaTime;
using TimelineApp.Core.Text;
using TimelineApp.Core.Dates.Lexicon;

namespace TimelineApp.Core.Dates.Placing;

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

        return WrittenZones.Zone(m.Value);
    }

    /// <summary>
    /// <paramref name="local"/>, a wall-clock time in <paramref name="written"/>, as the wall-clock time of
    /// <paramref name="documentZone"/> at the same instant (the earlier reading when the clocks go back, the later
    /// one when they skip it).
    /// </summary>
    public static LocalDateTime InDocumentZone(LocalDateTime local, DateTimeZone written, DateTimeZone documentZone) =>
        local.InZoneLeniently(written).WithZone(documentZone).LocalDateTime;

    private static readonly Regex AbbreviationRegex = LexiconData.Regex($@"\b(?:{WrittenZones.PlacedPattern})\b", RegexOptions.None);

    private static Regex Abbreviation() => AbbreviationRegex;
}
