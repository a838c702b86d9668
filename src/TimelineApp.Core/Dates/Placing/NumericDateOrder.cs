using System.Globalization;
using System.Text.RegularExpressions;
using NodaTime;
using NodaTime.TimeZones;
using TimelineApp.Core.Dates.Lexicon;
using TimelineApp.Core.Text;

namespace TimelineApp.Core.Dates.Placing;

/// <summary>
/// "01/08/2025" is 8 January in the United States and 1 August nearly everywhere else. The recognizer reads
/// month-first; a document is read day-first unless its zone's country writes month first
/// (<c>Lexicon/Data/date-order.json</c>; the country comes from tzdb's zone locations, so America/Sao_Paulo is Brazil,
/// day first, and America/New_York the United States, month first). A zone without a country (UTC) is read day
/// first, as most of the world writes.
/// </summary>
public static partial class NumericDateOrder
{
    private sealed record DateOrderList(IReadOnlyList<string> MonthFirst);

    private static readonly HashSet<string> MonthFirstCountries = new(LexiconData.Read<DateOrderList>("date-order.json").MonthFirst, StringComparer.Ordinal);

    private static readonly Dictionary<string, string> CountryByZone = CountriesByZone();

    /// <summary>The ISO 3166-1 alpha-2 country of <paramref name="zone"/> in tzdb, or null (UTC, Etc/*, zones without a location).</summary>
    public static string? CountryOf(DateTimeZone zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        return CountryByZone.GetValueOrDefault(zone.Id);
    }

    /// <summary>True when documents read in <paramref name="zone"/> write numeric dates month first.</summary>
    public static bool IsMonthFirst(DateTimeZone zone) => CountryOf(zone) is { } country && MonthFirstCountries.Contains(country);

    /// <summary>The reading of <paramref name="mention"/> with day and month in the order the document's zone writes them.</summary>
    public static TimeReading InZone(TimeMention mention, TimeReading reading, DateTimeZone zone)
    {
        ArgumentNullException.ThrowIfNull(mention);
        ArgumentNullException.ThrowIfNull(reading);
        ArgumentNullException.ThrowIfNull(zone);
        if (IsMonthFirst(zone) || reading.Type != TimexType.Date
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
        string where = CountryOf(zone) is { } country ? $"as in {country} ({zone.Id})" : $"as most of the world does ({zone.Id}: no country)";
        return reading with { Value = TimexValues.Day(dayFirst), Rule = $"{reading.Rule}; written day-first, {where}" };
    }

    // Every tzdb zone id, canonical or alias, with the country of its canonical zone.
    private static Dictionary<string, string> CountriesByZone()
    {
        var source = TzdbDateTimeZoneSource.Default;
        var byCanonical = (source.ZoneLocations ?? []).ToDictionary(l => l.ZoneId, l => l.CountryCode, StringComparer.Ordinal);
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (id, canonical) in source.CanonicalIdMap)
        {
            if (byCanonical.TryGetValue(canonical, out string? country))
            {
                result[id] = country;
            }
        }

        return result;
    }

    [GeneratedRegex(@"^(?<a>\d{1,2})[/-](?<b>\d{1,2})[/-](?:\d{4}|\d{2})$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex SlashDate();
}
