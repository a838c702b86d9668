using NodaTime;
using NodaTime.Text;

namespace TimelineApp.Cli;

/// <summary>A command-line value that could not be used; its message is printed on one line, never a stack trace.</summary>
internal sealed class CliInputException(string message) : Exception(message);

/// <summary>Parses the time and zone options the commands share.</summary>
internal static class CliInput
{
    private static readonly LocalDateTimePattern MinutePrecision = LocalDateTimePattern.CreateWithInvariantCulture("uuuu-MM-dd'T'HH:mm");

    public static DateTimeZone Zone(string? id)
    {
        if (string.IsNullOrWhiteSpace(id))
        {
            return DateTimeZone.Utc;
        }

        return DateTimeZoneProviders.Tzdb.GetZoneOrNull(id)
            ?? throw new CliInputException($"unknown time zone '{id}': expected a tzdb id such as Europe/Berlin or UTC");
    }

    /// <summary>An ISO date ("2025-07-14", read as local midnight in the zone) or an ISO date-time with or without offset.</summary>
    public static ZonedDateTime Moment(string? value, DateTimeZone zone, string option)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            throw new CliInputException($"{option} is required");
        }

        string v = value.Trim();
        if (OffsetDateTimePattern.ExtendedIso.Parse(v) is { Success: true } offset)
        {
            return offset.Value.ToInstant().InZone(zone);
        }

        if (InstantPattern.ExtendedIso.Parse(v) is { Success: true } instant)
        {
            return instant.Value.InZone(zone);
        }

        if (LocalDateTimePattern.ExtendedIso.Parse(v) is { Success: true } local)
        {
            return local.Value.InZoneLeniently(zone);
        }

        if (MinutePrecision.Parse(v) is { Success: true } minutes)
        {
            return minutes.Value.InZoneLeniently(zone);
        }

        if (LocalDatePattern.Iso.Parse(v) is { Success: true } date)
        {
            return date.Value.AtStartOfDayInZone(zone);
        }

        throw new CliInputException($"{option}: '{v}' is not an ISO date (2025-07-14) or date-time (2025-07-14T15:00:00Z)");
    }

    public static byte[] ReadInput(string path)
    {
        if (path == "-")
        {
            using var stdin = Console.OpenStandardInput();
            using var buffer = new MemoryStream();
            stdin.CopyTo(buffer);
            return buffer.ToArray();
        }

        if (!File.Exists(path))
        {
            throw new CliInputException($"no such file: {path}");
        }

        try
        {
            return File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new CliInputException($"cannot read {path}: {e.Message}");
        }
    }
}
