using System.Globalization;
using System.Text.RegularExpressions;
using NodaTime;
using TimelineApp.Core.Text;

namespace TimelineApp.Core.Dates;

/// <summary>
/// "01/08/2025" is 8 January in the United States and 1 August nearly everywhere else. The recognizer reads
/// month-first; a document read in a zone outside the Americas is read day-first, when both readings are dates.
/// </summary>
public static partial class NumericDateOrder
{
    /// <summary>The reading of <paramref name="mention"/> with day and month in the order the document's zone writes them.</summary>
    public static TimeReading InZone(TimeMention mention, TimeReading reading, DateTimeZone zone)
    {
        ArgumentNullException.ThrowIfNull(mention);
        ArgumentNullException.ThrowIfNull(reading);
        ArgumentNullException.ThrowIfNull(zone);
        if (zone.Id.StartsWith("America/", StringComparison.Ordinal) || reading.Type != TimexType.Date
            || SlashDate().Match(mention.Text.Trim()) is not { Success: true } written
            || reading.Value.Length != 10)
        {
            return reading;
        }

        int first = int.Parse(written.Groups["a"].Value, CultureInfo.InvariantCulture);
        int second = int.Parse(written.Groups["b"].Value, CultureInfo.InvariantCulture);
        int year = int.Parse(reading.Value[..4], CultureInfo.InvariantCulture);
        if (first > 12 || second > 12 || first == second)
        {
            return reading; // only one order is a date, and the recognizer found it
        }

        var dayFirst = new LocalDate(year, second, first);
        return reading with { Value = TimexValues.Day(dayFirst), Rule = $"{reading.Rule}; written day-first, as outside the Americas ({zone.Id})" };
    }

    [GeneratedRegex(@"^(?<a>\d{1,2})[/-](?<b>\d{1,2})[/-](?:\d{4}|\d{2})$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex SlashDate();
}
