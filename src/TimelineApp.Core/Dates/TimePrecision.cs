namespace TimelineApp.Core.Dates;

/// <summary>How precisely a resolved time is known, from an instant to a century. Ordered finest first.</summary>
public enum TimePrecision
{
    Instant,
    PartOfDay,
    Day,
    Week,
    Month,
    Quarter,
    Season,
    Year,
    Decade,
    Century,
}
