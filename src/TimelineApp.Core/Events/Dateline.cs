using System.Text.RegularExpressions;
using TimelineApp.Core.Text;

namespace TimelineApp.Core.Events;

/// <summary>
/// The dateline that opens a wire story: "SEOUL, Dec 4 (Wire) - ", "TOKYO - ", "LAGOS, Oct 21 (Reuters) - ",
/// "Nagpur, Aug 17 (Agency) ". It says where the story was filed and, often, the day it was published: that day is
/// already the headline's event, so a date inside the dateline makes no event of its own, and the title leaves the
/// dateline out.
/// </summary>
public static partial class Dateline
{
    /// <summary>The length of the dateline <paramref name="text"/> opens with, or 0.</summary>
    public static int Length(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var m = CapitalPlace().Match(text);
        if (!m.Success)
        {
            m = PlaceWithSource().Match(text);
        }

        return m.Success ? m.Length : 0;
    }

    // A place in capitals ("US-led" is no dateline: the dash needs a space before it, or is doubled), optionally ", <region or date>", optionally "(Source)", then a dash.
    [GeneratedRegex(@"^\p{Lu}[\p{Lu}\p{M}.'’ ]{1,30}?(?:,[^\-–—()\n]{0,40}?)?(?:\s*\([^)\n]{1,40}\))?(?:--|—|\s+(?:-|–|—))\s*", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex CapitalPlace();

    // Any place, ", <date>" and "(Source)", with or without a dash: "Nagpur, Aug 17 (Agency) Police said".
    [GeneratedRegex(@"^\p{Lu}[\p{L}\p{M}.'’ -]{1,30},\s*[\p{L}.]{3,9}\s+\d{1,2}\s*\([^)\n]{1,40}\)\s*(?:(?:--|-|–|—)\s*)?", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex PlaceWithSource();
}
