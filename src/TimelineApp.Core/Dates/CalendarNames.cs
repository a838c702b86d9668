using NodaTime;

namespace TimelineApp.Core.Dates;

/// <summary>Month and weekday names as news writes them, full or abbreviated by their first three letters ("Sept.", "Tues").</summary>
public static class CalendarNames
{
    /// <summary>The month number of "January", "Jan", "Sept", or null.</summary>
    public static int? Month(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return name.Length < 3 ? null : name[..3].ToUpperInvariant() switch
        {
            "JAN" => 1, "FEB" => 2, "MAR" => 3, "APR" => 4, "MAY" => 5, "JUN" => 6,
            "JUL" => 7, "AUG" => 8, "SEP" => 9, "OCT" => 10, "NOV" => 11, "DEC" => 12,
            _ => null,
        };
    }

    /// <summary>The weekday of "Monday", "Mon", "Tues", or null.</summary>
    public static IsoDayOfWeek? Weekday(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return name.Length < 3 ? null : name[..3].ToUpperInvariant() switch
        {
            "MON" => IsoDayOfWeek.Monday, "TUE" => IsoDayOfWeek.Tuesday, "WED" => IsoDayOfWeek.Wednesday,
            "THU" => IsoDayOfWeek.Thursday, "FRI" => IsoDayOfWeek.Friday, "SAT" => IsoDayOfWeek.Saturday,
            "SUN" => IsoDayOfWeek.Sunday, _ => null,
        };
    }
}
