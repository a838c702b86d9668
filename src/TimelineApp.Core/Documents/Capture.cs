using NodaTime;
using NodaTime.TimeZones;

namespace TimelineApp.Core.Documents;

/// <summary>
/// The moment a dump was taken and the uploader's time zone. Every relative age in the dump
/// ("3 hours ago") is anchored to <see cref="At"/>, and local phrases ("late Sunday") are read in <see cref="Zone"/>.
/// </summary>
public sealed record Capture(Instant At, DateTimeZone Zone)
{
    public ZonedDateTime Local => At.InZone(Zone);

    /// <summary>
    /// A capture from its instant and a tzdb zone id, as stored. An unknown id is an error, never a silent UTC: every
    /// date of the dataset would move without anyone being told.
    /// </summary>
    /// <exception cref="DateTimeZoneNotFoundException">The id is not in the tzdb build this app carries.</exception>
    public static Capture FromZoneId(Instant at, string zoneId)
    {
        ArgumentNullException.ThrowIfNull(zoneId);
        var zone = DateTimeZoneProviders.Tzdb.GetZoneOrNull(zoneId)
            ?? throw new DateTimeZoneNotFoundException($"The capture's time zone “{zoneId}” is not a tzdb zone this app knows; re-process the dataset with a valid zone.");
        return new Capture(at, zone);
    }
}
