using System.Globalization;
using System.Text.RegularExpressions;
using NodaTime;
using TimelineApp.Core.Dates.Finding;

namespace TimelineApp.Core.Dates.Lexicon;

/// <summary>
/// A holiday the recognizer does not know, as one line of <c>Lexicon/Data/holidays.json</c>: its names and either a
/// fixed day (<c>"date": "12-26"</c>) or a moving rule, "the last WEEKDAY before MM-DD" (<c>"weekday": "Monday",
/// "before": "05-25"</c>, Victoria Day) or "the ORDINAL WEEKDAY of MONTH" (<c>"weekday": "Thursday", "ordinal": 4,
/// "month": 11</c>; ordinal -1 is the last).
/// </summary>
public sealed record Holiday(IReadOnlyList<string> Names, string? Date = null, IsoDayOfWeek? Weekday = null, string? Before = null, int? Ordinal = null, int? Month = null)
{
    /// <summary>True when the day is the same every year.</summary>
    public bool IsFixed => Date is not null;

    /// <summary>The holiday's day in <paramref name="year"/>.</summary>
    public LocalDate In(int year)
    {
        if (Date is not null)
        {
            var (m, d) = MonthDay(Date);
            return new LocalDate(year, m, d);
        }

        var weekday = Weekday ?? throw new InvalidOperationException($"{Names[0]}: a moving holiday needs a weekday");
        if (Before is not null)
        {
            var (m, d) = MonthDay(Before);
            return new LocalDate(year, m, d).Previous(weekday);
        }

        int month = Month ?? throw new InvalidOperationException($"{Names[0]}: a moving holiday needs 'before' or 'month'");
        int ordinal = Ordinal ?? 1;
        if (ordinal < 0)
        {
            return new LocalDate(year, month, 1).PlusMonths(1).Previous(weekday);
        }

        return new LocalDate(year, month, 1).PlusDays(-1).Next(weekday).PlusWeeks(ordinal - 1);
    }

    private static (int Month, int Day) MonthDay(string mmdd) =>
        (int.Parse(mmdd.AsSpan(0, 2), NumberStyles.None, CultureInfo.InvariantCulture), int.Parse(mmdd.AsSpan(3, 2), NumberStyles.None, CultureInfo.InvariantCulture));
}

/// <summary>The holidays of <c>Lexicon/Data/holidays.json</c>: found by <see cref="Finding.LexiconMentionFinder"/>, read by the <c>holiday</c> rules.</summary>
public static partial class Holidays
{
    /// <summary>Every holiday, in file order.</summary>
    public static IReadOnlyList<Holiday> All { get; } = LexiconData.Read<List<Holiday>>("holidays.json");

    /// <summary>Every name, case-sensitive (holidays are proper names), longest first.</summary>
    public static string NamePattern { get; } = LexiconData.Alternation(All.SelectMany(h => h.Names).OrderByDescending(n => n.Length));

    private static readonly Dictionary<string, Holiday> ByName = All.SelectMany(h => h.Names.Select(n => (n, h))).ToDictionary(p => p.n, p => p.h, StringComparer.Ordinal);

    /// <summary>The holiday named exactly <paramref name="phrase"/> (white space folded), or null.</summary>
    public static Holiday? Named(string phrase)
    {
        ArgumentNullException.ThrowIfNull(phrase);
        return ByName.GetValueOrDefault(Spaces().Replace(phrase.Trim(), " "));
    }

    [GeneratedRegex(@"\s+", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: Text.RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex Spaces();
}
