using System.Globalization;
using System.Text.RegularExpressions;
using NodaTime;
using NodaTime.Text;
using TimelineApp.Core.Text;
using TimelineApp.Core.Dates.Lexicon;
using TimelineApp.Core.Dates.Placing;

namespace TimelineApp.Core.Documents;

/// <summary>
/// Reads the line that says when a piece was published, as news sites and aggregators print it, and turns it into a
/// publication time anchored to the capture:
/// <list type="bullet">
/// <item>ages: "3 hours ago", "3h", "1d ago", "45 mins ago", "just now", "yesterday", "Yesterday at 4:15 PM", "today";</item>
/// <item>dates and date-times: "Jul 12, 2025", "12 July 2025", "2025-07-12", "12/07/2025", "Mon 14 Jul 2025 09.30 BST",
/// "9:40 AM EDT, Sun July 13, 2025", "2025-07-12T10:00:00Z"; a weekday or a date without a year is the most recent
/// one not after the capture;</item>
/// <item>with a label or among other page facts: "Updated 2 hours ago", "Published 10:32 BST, 14 July 2025",
/// "By Sam Hill | July 10, 2025 | 3 min read".</item>
/// </list>
/// A time with a zone ("BST", "ET", "GMT") is read in that zone, otherwise in the uploader's; a date alone is
/// placed at local noon. A year written out makes the time explicit; one inferred from the capture makes it relative.
/// </summary>
public static partial class RelativeAge
{
    private static readonly OffsetDateTimePattern[] IsoPatterns =
    [
        OffsetDateTimePattern.ExtendedIso,
        OffsetDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd'T'HH':'mmo<G>"),
    ];

    private static readonly Capture ProbeCapture = new(Instant.FromUtc(2000, 1, 1, 0, 0), DateTimeZone.Utc);

    /// <summary>True when the line is nothing but a publication age or date ("3 hours ago", "Jul 12, 2025").</summary>
    public static bool IsAgeLine(string line) => TryParse(line, ProbeCapture, out _);

    /// <summary>Reads <paramref name="line"/> as a publication line; false when it is anything else.</summary>
    public static bool TryParse(string line, Capture capture, out PublicationTime published)
    {
        ArgumentNullException.ThrowIfNull(line);
        ArgumentNullException.ThrowIfNull(capture);
        published = null!;
        string text = line.Trim().Replace('\u00A0', ' ');
        if (text.Length is 0 or > 80)
        {
            return false;
        }

        // "By Sam Hill | July 10, 2025 | 3 min read": one part is the date, the others are short page facts.
        string[] parts = text.Split(['|', '·', '•'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        foreach (string part in parts)
        {
            if (parts.All(p => ReferenceEquals(p, part) || PageChrome.WordCount(p) <= 6)
                && TryParsePart(Label().Replace(part, string.Empty), capture, text, out published))
            {
                return true;
            }
        }

        return false;
    }

    private static bool TryParsePart(string text, Capture capture, string evidence, out PublicationTime published)
    {
        published = null!;
        var local = capture.At.InZone(capture.Zone);
        var ago = AgoLine().Match(text);
        ago = ago.Success ? ago : CompactAge().Match(text);
        if (ago.Success && Back(ago, capture) is { } at)
        {
            string unit = UnitOf(ago.Groups["unit"].Value);
            published = new PublicationTime(at, PublicationBasis.RelativeToCapture, evidence, IsDateOnly: unit is "DAY" or "WEEK" or "MONTH" or "YEAR");
            return true;
        }

        if (JustNow().IsMatch(text))
        {
            published = new PublicationTime(capture.At, PublicationBasis.RelativeToCapture, evidence);
            return true;
        }

        if (DayWord().Match(text) is { Success: true } dayWord)
        {
            var day = local.Date.PlusDays(dayWord.Groups["w"].Value.Equals("yesterday", StringComparison.OrdinalIgnoreCase) ? -1 : 0);
            published = TimeOf(dayWord) is { } time
                ? new PublicationTime(day.At(time).InZoneLeniently(capture.Zone).ToInstant(), PublicationBasis.RelativeToCapture, evidence)
                : new PublicationTime(day == local.Date ? capture.At : NoonOf(day, capture.Zone), PublicationBasis.RelativeToCapture, evidence, IsDateOnly: true);
            return true;
        }

        if (WeekdayOnly().Match(text) is { Success: true } weekday && CalendarNames.Weekday(weekday.Groups["wd"].Value) is { } wd)
        {
            int back = ((int)local.DayOfWeek - (int)wd + 7) % 7;
            published = new PublicationTime(NoonOf(local.Date.PlusDays(-back), capture.Zone), PublicationBasis.RelativeToCapture, evidence, IsDateOnly: true);
            return true;
        }

        if (IsoInstant().IsMatch(text) && IsoPatterns.Select(p => p.Parse(text.Replace(' ', 'T'))).FirstOrDefault(r => r.Success) is { } iso)
        {
            published = new PublicationTime(iso.Value.ToInstant(), PublicationBasis.Explicit, evidence);
            return true;
        }

        if (DateAndTime().Match(text) is { Success: true } dt && DateOf(dt, local.Date) is { } date)
        {
            bool yearWritten = dt.Groups["y"].Success;
            var basis = yearWritten ? PublicationBasis.Explicit : PublicationBasis.RelativeToCapture;
            if (TimeOf(dt) is { } time)
            {
                var zone = dt.Groups["off"].Success ? DateTimeZone.ForOffset(OffsetOf(dt.Groups["off"].Value))
                    : dt.Groups["z"].Success && WrittenZone.Of(dt.Groups["z"].Value) is { } written ? written : capture.Zone;
                published = new PublicationTime(date.At(time).InZoneLeniently(zone).ToInstant(), basis, evidence);
            }
            else
            {
                published = new PublicationTime(NoonOf(date, capture.Zone), basis, evidence, IsDateOnly: true);
            }

            return true;
        }

        return false;
    }

    // A date-only age is placed at local noon, so the day survives any later display in a nearby zone.
    internal static Instant NoonOf(LocalDate date, DateTimeZone zone) => date.At(new LocalTime(12, 0)).InZoneLeniently(zone).ToInstant();

    private static Instant? Back(Match ago, Capture capture)
    {
        string count = ago.Groups["count"].Value;
        int n = count.ToUpperInvariant() switch
        {
            "A" or "AN" or "ONE" => 1,
            _ => int.TryParse(count, NumberStyles.None, CultureInfo.InvariantCulture, out int parsed) && parsed < 100_000 ? parsed : -1,
        };
        if (n < 0)
        {
            return null;
        }

        var local = capture.At.InZone(capture.Zone).LocalDateTime;
        Instant InZone(LocalDateTime t) => t.InZoneLeniently(capture.Zone).ToInstant();
        return UnitOf(ago.Groups["unit"].Value) switch
        {
            "SECOND" => capture.At - Duration.FromSeconds(n),
            "MINUTE" => capture.At - Duration.FromMinutes(n),
            "HOUR" => capture.At - Duration.FromHours(n),
            "DAY" => InZone(local - Period.FromDays(n)),
            "WEEK" => InZone(local - Period.FromWeeks(n)),
            "MONTH" => InZone(local - Period.FromMonths(n)),
            _ => InZone(local - Period.FromYears(n)),
        };
    }

    // "m" is minutes, as sites that write "45m" mean; months are "mo".
    private static string UnitOf(string unit) => unit.ToUpperInvariant().TrimEnd('S') switch
    {
        "SECOND" or "SEC" or "" => "SECOND",
        "MINUTE" or "MIN" or "M" => "MINUTE",
        "HOUR" or "HR" or "H" => "HOUR",
        "DAY" or "D" => "DAY",
        "WEEK" or "WK" or "W" => "WEEK",
        "MONTH" or "MO" => "MONTH",
        _ => "YEAR",
    };

    // "+0200", "-05:00" (RFC 1123 and feed dates).
    private static Offset OffsetOf(string written)
    {
        string digits = written.Replace(":", string.Empty, StringComparison.Ordinal);
        int hours = int.Parse(digits.AsSpan(1, 2), CultureInfo.InvariantCulture);
        int minutes = int.Parse(digits.AsSpan(3, 2), CultureInfo.InvariantCulture);
        var offset = Offset.FromHoursAndMinutes(hours, minutes);
        return digits[0] == '-' ? -offset : offset;
    }

    private static LocalTime? TimeOf(Match m)
    {
        if (!m.Groups["h"].Success)
        {
            return null;
        }

        int hour = int.Parse(m.Groups["h"].Value, CultureInfo.InvariantCulture);
        int minute = m.Groups["min"].Success ? int.Parse(m.Groups["min"].Value, CultureInfo.InvariantCulture) : 0;
        string ampm = m.Groups["ap"].Value.Replace(".", string.Empty, StringComparison.Ordinal).ToUpperInvariant();
        hour = ampm switch
        {
            "PM" when hour < 12 => hour + 12,
            "AM" when hour == 12 => 0,
            _ => hour,
        };
        return hour < 24 && minute < 60 ? new LocalTime(hour, minute) : null;
    }

    // The date a line names; without a year, the most recent such date not after the capture. "12/07/2025" is
    // read day-first or month-first, whichever is not after the capture and nearer to it.
    private static LocalDate? DateOf(Match m, LocalDate captured)
    {
        if (m.Groups["n1"].Success)
        {
            int a = int.Parse(m.Groups["n1"].Value, CultureInfo.InvariantCulture);
            int b = int.Parse(m.Groups["n2"].Value, CultureInfo.InvariantCulture);
            int y = int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture);
            return new[] { Make(y, b, a), Make(y, a, b) }
                .Where(d => d is { } day && day <= captured)
                .OrderByDescending(d => d)
                .FirstOrDefault();
        }

        int month = m.Groups["m"].Success ? int.Parse(m.Groups["m"].Value, CultureInfo.InvariantCulture) : CalendarNames.Month(m.Groups["mon"].Value) ?? 0;
        int dayOfMonth = int.Parse(m.Groups["d"].Value, CultureInfo.InvariantCulture);
        if (m.Groups["y"].Success)
        {
            return Make(int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture), month, dayOfMonth);
        }

        return Make(captured.Year, month, dayOfMonth) is { } thisYear && thisYear <= captured ? thisYear : Make(captured.Year - 1, month, dayOfMonth);
    }

    private static LocalDate? Make(int year, int month, int day) =>
        year is >= 1 and <= 9999 && month is >= 1 and <= 12 && day >= 1 && day <= CalendarSystem.Iso.GetDaysInMonth(year, month) ? new LocalDate(year, month, day) : null;

    private const string Time = @"(?<h>[01]?\d|2[0-3])(?:(?:[:.](?<min>[0-5]\d)(?::[0-5]\d)?)\s*(?<ap>[AaPp]\.?[Mm]\.?)?|\s*(?<ap>[AaPp]\.?[Mm]\.?))(?:\s*(?<off>[+-]\d{2}:?\d{2})|\s+(?<z>[A-Z]{2,4}))?";

    // Month and weekday names come from the date lexicon (Dates/Lexicon/Data).
    private static readonly string Months = CalendarNames.MonthFormPattern;

    private static readonly string Date = $@"(?:(?:{CalendarNames.WeekdayPrefixPattern})[a-z]*\.?,?\s+)?(?:(?<d>\d{{1,2}})(?:st|nd|rd|th)?\s+(?<mon>{Months})\.?,?(?:\s+(?<y>\d{{4}}))?|(?<mon>{Months})\.?\s+(?<d>\d{{1,2}})(?:st|nd|rd|th)?(?:,?\s+(?<y>\d{{4}}))?|(?<n1>\d{{1,2}})[/.](?<n2>\d{{1,2}})[/.](?<y>\d{{4}})|(?<y>\d{{4}})-(?<m>\d{{2}})-(?<d>\d{{2}}))";

    private static readonly Regex DateAndTimeRegex = LexiconData.Regex($@"^(?:{Time}\s*,?\s+)?{Date}(?:\s*,?\s*(?:at\s+)?{Time})?$", RegexOptions.IgnoreCase);

    private static Regex DateAndTime() => DateAndTimeRegex;

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex IsoInstant();

    [GeneratedRegex(@"^(?<count>\d{1,5}|an?|one)\s*(?<unit>seconds?|secs?|minutes?|mins?|hours?|hrs?|h|days?|weeks?|wks?|months?|years?|yrs?)\s+ago\.?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex AgoLine();

    // "3h", "1d ago", "45m", "2mo": the compact ages of social and aggregator sites, "ago" optional.
    [GeneratedRegex(@"^(?<count>\d{1,5})(?<unit>s|m|h|d|w|mo|y)(?:\s+ago)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex CompactAge();

    [GeneratedRegex(@"^(just now|moments? ago|now)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex JustNow();

    [GeneratedRegex($@"^(?<w>yesterday|today)(?:\s*(?:,|at)\s*{Time})?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex DayWord();

    private static readonly Regex WeekdayOnlyRegex = LexiconData.Regex($@"^(?<wd>{CalendarNames.WeekdayNamePattern})$", RegexOptions.IgnoreCase);

    private static Regex WeekdayOnly() => WeekdayOnlyRegex;

    // "Updated", "Published on", "Last updated:", "Posted" before the age or date.
    [GeneratedRegex(@"^(?:(?:last\s+)?updated|first\s+published|published|posted|modified)(?:\s+on)?\s*:?\s*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex Label();
}
