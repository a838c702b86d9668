using System.Globalization;
using System.Text.RegularExpressions;
using NodaTime.Text;
using NodaTime;
using TimelineApp.Core.Text;

namespace TimelineApp.Core.Documents;

/// <summary>
/// Reads the age line that news aggregators print under a source name ("3 hours ago", "yesterday",
/// "2 days ago", "Jul 12, 2025") and turns it into a publication time anchored to the capture.
/// </summary>
public static partial class RelativeAge
{
    private static readonly LocalDatePattern[] DatePatterns =
    [
        LocalDatePattern.Create("MMM d, uuuu", CultureInfo.InvariantCulture),
        LocalDatePattern.Create("MMMM d, uuuu", CultureInfo.InvariantCulture),
        LocalDatePattern.Create("d MMM uuuu", CultureInfo.InvariantCulture),
        LocalDatePattern.Create("d MMMM uuuu", CultureInfo.InvariantCulture),
        LocalDatePattern.Iso,
    ];

    /// <summary>True when the line is nothing but an age ("3 hours ago", "Jul 12, 2025").</summary>
    public static bool IsAgeLine(string line) => TryParse(line, ProbeCapture, out _);

    private static readonly Capture ProbeCapture = new(Instant.FromUtc(2000, 1, 1, 0, 0), DateTimeZone.Utc);

    public static bool TryParse(string line, Capture capture, out PublicationTime published)
    {
        ArgumentNullException.ThrowIfNull(capture);
        published = null!;
        string text = line.Trim();
        if (text.Length is 0 or > 40)
        {
            return false;
        }

        var ago = AgoLine().Match(text);
        if (ago.Success)
        {
            string count = ago.Groups["count"].Value;
            int n = count.ToUpperInvariant() switch
            {
                "A" or "AN" or "ONE" => 1,
                _ => int.TryParse(count, NumberStyles.None, CultureInfo.InvariantCulture, out int parsed) && parsed < 100_000 ? parsed : -1,
            };
            if (n < 0)
            {
                return false;
            }

            string unit = ago.Groups["unit"].Value.ToUpperInvariant().TrimEnd('S');
            var zoned = capture.At.InZone(capture.Zone);
            Instant at = unit switch
            {
                "SECOND" or "SEC" => capture.At - Duration.FromSeconds(n),
                "MINUTE" or "MIN" => capture.At - Duration.FromMinutes(n),
                "HOUR" or "HR" or "H" => capture.At - Duration.FromHours(n),
                "DAY" => (zoned.LocalDateTime - Period.FromDays(n)).InZoneLeniently(capture.Zone).ToInstant(),
                "WEEK" => (zoned.LocalDateTime - Period.FromWeeks(n)).InZoneLeniently(capture.Zone).ToInstant(),
                "MONTH" => (zoned.LocalDateTime - Period.FromMonths(n)).InZoneLeniently(capture.Zone).ToInstant(),
                "YEAR" => (zoned.LocalDateTime - Period.FromYears(n)).InZoneLeniently(capture.Zone).ToInstant(),
                _ => Instant.MinValue,
            };
            if (at == Instant.MinValue)
            {
                return false;
            }

            published = new PublicationTime(at, PublicationBasis.RelativeToCapture, text, IsDateOnly: unit is "DAY" or "WEEK" or "MONTH" or "YEAR");
            return true;
        }

        if (JustNow().IsMatch(text))
        {
            published = new PublicationTime(capture.At, PublicationBasis.RelativeToCapture, text);
            return true;
        }

        if (Yesterday().IsMatch(text))
        {
            var day = capture.At.InZone(capture.Zone).Date.PlusDays(-1);
            published = new PublicationTime(NoonOf(day, capture.Zone), PublicationBasis.RelativeToCapture, text, IsDateOnly: true);
            return true;
        }

        foreach (var pattern in DatePatterns)
        {
            var result = pattern.Parse(text.Replace("Sept ", "Sep ", StringComparison.Ordinal));
            if (result.Success)
            {
                published = new PublicationTime(NoonOf(result.Value, capture.Zone), PublicationBasis.Explicit, text, IsDateOnly: true);
                return true;
            }
        }

        return false;
    }

    // A date-only age is placed at local noon, so the day survives any later display in a nearby zone.
    internal static Instant NoonOf(LocalDate date, DateTimeZone zone) => date.At(new LocalTime(12, 0)).InZoneLeniently(zone).ToInstant();

    [GeneratedRegex(@"^(?<count>\d{1,5}|an?|one)\s*(?<unit>seconds?|secs?|minutes?|mins?|hours?|hrs?|h|days?|weeks?|months?|years?)\s+ago\.?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex AgoLine();

    [GeneratedRegex(@"^(just now|moments? ago|now)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex JustNow();

    [GeneratedRegex(@"^yesterday$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Yesterday();
}
