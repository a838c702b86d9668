using System.Globalization;
using NodaTime;
using NodaTime.Text;
using TimelineApp.Core.Dates;
using TimelineApp.Core.Events;

namespace TimelineApp.Web.Services;

/// <summary>
/// The viewer's time zone (per circuit; the browser's zone once known, UTC until then) and how times are
/// shown in it. Dates without a time of day are shown as the calendar days they were resolved to, never
/// shifted by a zone conversion.
/// </summary>
public sealed class ViewerClock(IClock clock)
{
    private static readonly ZonedDateTimePattern InstantPattern = ZonedDateTimePattern.CreateWithInvariantCulture("ddd uuuu-MM-dd HH:mm x", null);
    private static readonly LocalDatePattern DayPattern = LocalDatePattern.CreateWithInvariantCulture("ddd uuuu-MM-dd");

    public DateTimeZone Zone { get; private set; } = DateTimeZone.Utc;

    public event Action? ZoneChanged;

    public Instant Now => clock.GetCurrentInstant();

    public bool TrySetZone(string? tzdbId)
    {
        if (tzdbId is null || DateTimeZoneProviders.Tzdb.GetZoneOrNull(tzdbId) is not { } zone)
        {
            return false;
        }

        if (zone != Zone)
        {
            Zone = zone;
            ZoneChanged?.Invoke();
        }

        return true;
    }

    public string Format(Instant instant) => InstantPattern.Format(instant.InZone(Zone));

    public static string FormatDay(LocalDate day) => DayPattern.Format(day);

    /// <summary>An event's time in words: "Sat 2025-07-12 (day)", "Mon 2025-07-14 – Tue 2025-07-15 (range of days)".</summary>
    public string Describe(TimelineEvent e)
    {
        ArgumentNullException.ThrowIfNull(e);
        string when = e.Precision switch
        {
            TimePrecision.Instant => Format(e.Start),
            TimePrecision.PartOfDay => $"{FormatDay(e.FirstDay)}, {PartOfDay(e.TimexValue)}",
            _ when e.FirstDay == e.LastDay => FormatDay(e.FirstDay),
            _ => $"{FormatDay(e.FirstDay)} – {FormatDay(e.LastDay)}",
        };
        return $"{when} ({PrecisionInWords(e.Precision, e.IsVague)})";
    }

    // TimeML writes parts of days as suffixes: 2025-07-13TNI is Sunday night.
    private static string PartOfDay(string timex) => timex.Length >= 3 ? timex[^3..] switch
    {
        "TMO" => "morning",
        "TAF" => "afternoon",
        "TEV" => "evening",
        "TNI" => "night",
        "TDT" => "daytime",
        _ => "part of the day",
    } : "part of the day";

    public static string PrecisionInWords(TimePrecision precision, bool vague)
    {
        string word = precision switch
        {
            TimePrecision.Instant => "exact time",
            TimePrecision.PartOfDay => "part of a day",
            TimePrecision.Day => "day",
            TimePrecision.Week => "week",
            TimePrecision.Month => "month",
            TimePrecision.Quarter => "quarter",
            TimePrecision.Season => "season",
            TimePrecision.Year => "year",
            TimePrecision.Decade => "decade",
            TimePrecision.Century => "century",
            _ => precision.ToString().ToLower(CultureInfo.InvariantCulture),
        };
        return vague ? $"vague, about a {word}" : word;
    }
}
