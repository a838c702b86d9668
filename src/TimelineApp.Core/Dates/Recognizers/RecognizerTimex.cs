using System.Globalization;
using Microsoft.Recognizers.Text.DataTypes.TimexExpression;

namespace TimelineApp.Core.Dates.Recognizers;

/// <summary>
/// The recognizer's TIMEX pattern of a candidate ("XXXX-WXX-5T14", "XXXX-09-30", "SP", "2025-W28-WE"), read once by
/// the recognizer's own parser (<see cref="TimexProperty"/>) instead of by regexes wherever it is read. Ranges
/// ("(XXXX-07-01,XXXX-10-01,P3M)"), fiscal years ("FY1990") and durations are not patterns it reads: for those every
/// part is null and the rules that need them read the text.
/// </summary>
public sealed record RecognizerTimex
{
    private static readonly RecognizerTimex None = new();

    /// <summary>The year, when the pattern writes one.</summary>
    public int? Year { get; private init; }

    /// <summary>The month, when the pattern writes one.</summary>
    public int? Month { get; private init; }

    /// <summary>The day of the month, when the pattern writes one.</summary>
    public int? DayOfMonth { get; private init; }

    /// <summary>The ISO day of the week (1 = Monday), when the pattern writes one.</summary>
    public int? DayOfWeek { get; private init; }

    /// <summary>The ISO week, when the pattern writes one.</summary>
    public int? WeekOfYear { get; private init; }

    /// <summary>True for a weekend ("2025-W28-WE").</summary>
    public bool Weekend { get; private init; }

    /// <summary>SP, SU, FA or WI.</summary>
    public string? Season { get; private init; }

    /// <summary>MO, AF, EV, NI, … for a part of the day.</summary>
    public string? PartOfDay { get; private init; }

    /// <summary>The clock time, when the pattern writes one (seconds are not kept: TimeML news writes none).</summary>
    public (int Hour, int Minute)? Clock { get; private init; }

    private bool HasDate => Year is not null || Month is not null || DayOfMonth is not null || DayOfWeek is not null || WeekOfYear is not null || Season is not null;

    /// <summary>A weekday with no week ("XXXX-WXX-5"), perhaps with a time.</summary>
    public bool IsWeekday => DayOfWeek is not null && Year is null && Month is null && DayOfMonth is null && WeekOfYear is null && !Weekend;

    /// <summary>A month and day with no year ("XXXX-09-30"), perhaps with a time.</summary>
    public bool IsMonthDay => Month is not null && DayOfMonth is not null && Year is null && DayOfWeek is null;

    /// <summary>A month with no year ("XXXX-06").</summary>
    public bool IsMonth => Month is not null && Year is null && DayOfMonth is null && DayOfWeek is null && WeekOfYear is null && Season is null && !HasTime;

    /// <summary>A season, with or without its year ("SP", "2019-SU").</summary>
    public bool IsSeason => Season is not null && Month is null && DayOfMonth is null && DayOfWeek is null && WeekOfYear is null && !HasTime;

    /// <summary>A weekend of a given week ("2025-W28-WE").</summary>
    public bool IsWeekend => Weekend && Year is not null && WeekOfYear is not null && Month is null && DayOfWeek is null;

    /// <summary>A time of day with no day ("T14:30", "TMO").</summary>
    public bool IsTimeOnly => !HasDate && (Clock is not null || PartOfDay is "MO" or "AF" or "EV" or "NI" or "MI" or "MD");

    /// <summary>The time of day as TimeML writes it after a date ("T14:30", "TEV"), or empty.</summary>
    public string TimeOfDay => PartOfDay is { } part ? "T" + part
        : Clock is var (hour, minute) ? string.Create(CultureInfo.InvariantCulture, $"T{hour:D2}:{minute:D2}")
        : string.Empty;

    private bool HasTime => PartOfDay is not null || Clock is not null;

    /// <summary>The pattern of <paramref name="timex"/>; every part is null for what the recognizer's parser does not read.</summary>
    public static RecognizerTimex Parse(string timex)
    {
        ArgumentNullException.ThrowIfNull(timex);
        if (timex.Length == 0 || timex[0] is '(' or 'P' || timex.StartsWith("FY", StringComparison.Ordinal) || timex.EndsWith("_REF", StringComparison.Ordinal))
        {
            return None;
        }

        TimexProperty p;
        try
        {
            p = new TimexProperty(timex);
        }
        catch (FormatException)
        {
            return None; // a pattern the parser cannot read is no pattern the rules complete
        }

        return new RecognizerTimex
        {
            Year = p.Year,
            Month = p.Month,
            DayOfMonth = p.DayOfMonth,
            DayOfWeek = p.DayOfWeek,
            WeekOfYear = p.WeekOfYear,
            Weekend = p.Weekend == true,
            Season = p.Season,
            PartOfDay = p.PartOfDay,
            Clock = p.Hour is { } hour ? (hour, p.Minute ?? 0) : null,
        };
    }
}
