using NodaTime;
using NodaTime.Text;

namespace TimelineApp.Web.Services;

/// <summary>Reads the value of a browser datetime-local input ("2025-07-14T15:00", seconds optional).</summary>
public static class CaptureInput
{
    private static readonly LocalDateTimePattern Minutes = LocalDateTimePattern.CreateWithInvariantCulture("uuuu-MM-dd'T'HH:mm");

    public static ParseResult<LocalDateTime> Parse(string? value)
    {
        string v = (value ?? string.Empty).Trim();
        var result = Minutes.Parse(v);
        return result.Success ? result : LocalDateTimePattern.ExtendedIso.Parse(v);
    }
}
