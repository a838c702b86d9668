using NodaTime;

namespace TimelineApp.Core.Dates.Lexicon;

/// <summary>One month's name and the abbreviations news writes for it ("Sept.").</summary>
/// <param name="Number">1 to 12.</param>
/// <param name="Name">The full name, capitalized.</param>
/// <param name="Abbreviations">Abbreviations, capitalized, without their point.</param>
/// <param name="LowercaseIsAnotherWord">True when the name written in lowercase is another word ("march"); false for "may", which the verb filter handles.</param>
public sealed record MonthName(int Number, string Name, IReadOnlyList<string> Abbreviations, bool LowercaseIsAnotherWord = true);

/// <summary>One weekday and its abbreviations ("Tues", "Thurs").</summary>
public sealed record WeekdayName(IsoDayOfWeek Day, IReadOnlyList<string> Abbreviations)
{
    /// <summary>The full name, capitalized.</summary>
    public string Name => Day.ToString();
}

/// <summary>
/// Month and weekday names as news writes them, full or abbreviated ("Sept.", "Tues"), read from
/// <c>Lexicon/Data/months.json</c> and <c>weekdays.json</c>. Every regex that names a month or a weekday is built
/// from the patterns here.
/// </summary>
public static class CalendarNames
{
    /// <summary>The twelve months, in order.</summary>
    public static IReadOnlyList<MonthName> Months { get; } = LexiconData.Read<List<MonthName>>("months.json");

    /// <summary>The seven weekdays, Monday first.</summary>
    public static IReadOnlyList<WeekdayName> Weekdays { get; } = LexiconData.Read<List<WeekdayName>>("weekdays.json");

    /// <summary>"January|February|…" (use with IgnoreCase, or as written for capitalized names).</summary>
    public static string MonthNamePattern { get; } = LexiconData.Alternation(Months.Select(m => m.Name));

    /// <summary>"Jan|Feb|…|Sep|Sept|…": the abbreviations, capitalized.</summary>
    public static string MonthAbbreviationPattern { get; } = LexiconData.Alternation(Months.SelectMany(m => m.Abbreviations));

    /// <summary>"Jan|Feb|…": the first three letters of each name, to be followed by <c>[a-z]*</c> where any longer form will do.</summary>
    public static string MonthPrefixPattern { get; } = LexiconData.Alternation(Months.Select(m => m.Name[..3]));

    /// <summary>Every written form of a month, full names and abbreviations.</summary>
    public static string MonthFormPattern { get; } = LexiconData.Alternation(Months.SelectMany(m => m.Abbreviations.Prepend(m.Name)));

    /// <summary>"Monday|Tuesday|…".</summary>
    public static string WeekdayNamePattern { get; } = LexiconData.Alternation(Weekdays.Select(w => w.Name));

    /// <summary>"Mon|Tue|Tues|…": the abbreviations, capitalized.</summary>
    public static string WeekdayAbbreviationPattern { get; } = LexiconData.Alternation(Weekdays.SelectMany(w => w.Abbreviations));

    /// <summary>"Mon|Tue|…": the first three letters of each name.</summary>
    public static string WeekdayPrefixPattern { get; } = LexiconData.Alternation(Weekdays.Select(w => w.Name[..3]));

    /// <summary>Every written form of a weekday, full names and abbreviations.</summary>
    public static string WeekdayFormPattern { get; } = LexiconData.Alternation(Weekdays.SelectMany(w => w.Abbreviations.Prepend(w.Name)));

    private static readonly Dictionary<string, int> MonthByPrefix = Months.ToDictionary(m => m.Name[..3], m => m.Number, StringComparer.OrdinalIgnoreCase);

    private static readonly Dictionary<string, IsoDayOfWeek> WeekdayByPrefix = Weekdays.ToDictionary(w => w.Name[..3], w => w.Day, StringComparer.OrdinalIgnoreCase);

    /// <summary>The month number of "January", "Jan", "Sept", or null.</summary>
    public static int? Month(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return name.Length >= 3 && MonthByPrefix.TryGetValue(name[..3], out int n) ? n : null;
    }

    /// <summary>The weekday of "Monday", "Mon", "Tues", or null.</summary>
    public static IsoDayOfWeek? Weekday(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return name.Length >= 3 && WeekdayByPrefix.TryGetValue(name[..3], out var d) ? d : null;
    }
}
