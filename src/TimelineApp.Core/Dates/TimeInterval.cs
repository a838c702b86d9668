using NodaTime;

namespace TimelineApp.Core.Dates;

/// <summary>
/// A half-open range of local date-times <c>[Start, End)</c> in the zone of the document it was resolved for.
/// Calendar phrases stay calendar phrases: "Saturday" is the whole local day, whatever zone a viewer uses later.
/// </summary>
public sealed record TimeInterval(LocalDateTime Start, LocalDateTime End)
{
    public static TimeInterval ForDays(LocalDate first, LocalDate last) => new(first.AtMidnight(), last.PlusDays(1).AtMidnight());

    public static TimeInterval ForDay(LocalDate day) => ForDays(day, day);

    public static TimeInterval ForInstant(LocalDateTime at) => new(at, at);

    /// <summary>The local days the interval touches, inclusive at both ends.</summary>
    public DateInterval Days => new(Start.Date, End > Start && End.TimeOfDay == LocalTime.Midnight ? End.Date.PlusDays(-1) : End.Date);

    public Interval ToInstants(DateTimeZone zone) => new(Start.InZoneLeniently(zone).ToInstant(), End.InZoneLeniently(zone).ToInstant());
}
