using NodaTime;

namespace TimelineApp.Core.Documents;

/// <summary>
/// The moment a dump was taken and the uploader's time zone. Every relative age in the dump
/// ("3 hours ago") is anchored to <see cref="At"/>, and local phrases ("late Sunday") are read in <see cref="Zone"/>.
/// </summary>
public sealed record Capture(Instant At, DateTimeZone Zone)
{
    public ZonedDateTime Local => At.InZone(Zone);
}
