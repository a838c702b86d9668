using System.Text.RegularExpressions;
using NodaTime;
using TimelineApp.Core.Text;
using TimelineApp.Core.Dates.Lexicon;

namespace TimelineApp.Core.Dates.Placing;

/// <summary>
/// The named rules that put a calendar name with no year or week on the calendar, relative to the
/// publication date (the DCT). Measured on TBAQ (see shared/design/resolution-rules.md, section 3):
/// <list type="bullet">
/// <item><b>Same weekday</b>: a weekday equal to the publication's weekday is the publication day, unless
/// "last"/"next" say otherwise (news says "Monday" on a Monday for the day itself).</item>
/// <item><b>Weekday, forward clause</b>: "will", "is due to", "scheduled", "set to", "plans", "next", "is expected to"
/// pick the next occurrence after publication.</item>
/// <item><b>"this" + weekday</b>: the coming one in a forward clause or later in the publication's week ("will visit
/// Japan this Friday" on a Monday); otherwise the most recent.</item>
/// <item><b>Weekday, otherwise</b>: the most recent occurrence before publication (news reports what happened; 90% on TBAQ).</item>
/// <item><b>Month and month-day</b>: the nearest year (within six months of publication); tense alone loses on
/// deadlines such as "payable Dec. 15" (93% vs 72% on TBAQ). Tense wins only when it contradicts the nearest
/// reading clearly: a past clause and a date more than 90 days ahead ("was signed Dec. 1" read in July is last
/// December), or a forward clause and a date more than 30 days gone ("will fly in June" read in August is next June).</item>
/// <item><b>last/this/next Month</b>: strictly before / the publication year / strictly after.</item>
/// <item><b>Quarter with no year</b>: the most recent such quarter not after the publication's quarter
/// (earnings reports name the quarter just closed; "fourth quarter" in a Q4 report is the current one), or the coming
/// one in a forward clause ("should improve in the fourth quarter" read in July).</item>
/// <item><b>The weekend</b>: the most recent weekend, or the coming one in a forward clause.</item>
/// <item><b>Season with no year</b>: the publication year; last/next move to the previous/next such season, and so
/// does a forward clause naming a season already over, or a past clause naming one not begun.</item>
/// </list>
/// </summary>
public static partial class ResolutionPolicy
{
    /// <summary>Which weekday "Friday" means, by the same-weekday, forward-clause and most-recent rules.</summary>
    public static (LocalDate Date, PolicyChoice Rule) Weekday(IsoDayOfWeek day, LocalDate published, Tense tense, RelativeDirection direction)
    {
        int back = ((int)published.DayOfWeek - (int)day + 7) % 7;
        int ahead = ((int)day - (int)published.DayOfWeek + 7) % 7;
        return direction switch
        {
            RelativeDirection.Last => (published.PlusDays(back == 0 ? -7 : -back), PolicyChoices.WeekdayLast),
            RelativeDirection.Next => (published.PlusDays(ahead == 0 ? 7 : ahead), PolicyChoices.WeekdayNext),
            _ when back == 0 => (published, PolicyChoices.WeekdaySameDay),
            RelativeDirection.This when tense == Tense.Future || (tense == Tense.None && day > published.DayOfWeek) => (published.PlusDays(ahead), PolicyChoices.WeekdayThis),
            _ when tense == Tense.Future => (published.PlusDays(ahead), PolicyChoices.WeekdayForward),
            _ => (published.PlusDays(-back), tense == Tense.Past ? PolicyChoices.WeekdayPastTense : PolicyChoices.WeekdayMostRecent),
        };
    }

    /// <summary>The Saturday that starts "the weekend": the most recent one, the current one on a weekend, or the next in a forward clause.</summary>
    public static (LocalDate Saturday, PolicyChoice Rule) Weekend(LocalDate published, Tense tense, RelativeDirection direction)
    {
        int sinceSaturday = ((int)published.DayOfWeek - (int)IsoDayOfWeek.Saturday + 7) % 7;
        var recent = published.PlusDays(-sinceSaturday);
        bool onWeekend = sinceSaturday <= 1;
        return direction switch
        {
            RelativeDirection.Last => (onWeekend ? recent.PlusDays(-7) : recent, PolicyChoices.WeekendLast),
            RelativeDirection.Next => (recent.PlusDays(7), PolicyChoices.WeekendNext),
            RelativeDirection.This when !onWeekend => (recent.PlusDays(7), PolicyChoices.WeekendThis),
            _ when onWeekend => (recent, PolicyChoices.WeekendOnWeekend),
            _ when tense == Tense.Future => (recent.PlusDays(7), PolicyChoices.WeekendForward),
            _ => (recent, PolicyChoices.WeekendMostRecent),
        };
    }

    /// <summary>The year of a month named without one ("June", "last June").</summary>
    public static (int Year, PolicyChoice Rule) MonthYear(int month, LocalDate published, RelativeDirection direction, Tense tense = Tense.None) => direction switch
    {
        RelativeDirection.Last => (month < published.Month ? published.Year : published.Year - 1, PolicyChoices.YearLast),
        RelativeDirection.Next => (month > published.Month ? published.Year : published.Year + 1, PolicyChoices.YearNext),
        RelativeDirection.This => (published.Year, PolicyChoices.YearThis),
        _ => PastMonthCorrected(NearestYear(published, month, 15), month, published, tense) ?? TenseCorrected(NearestYear(published, month, 15), month, 15, published, tense),
    };

    // A whole month told in the past tense ("became prime minister in January", read in mid-October) is last
    // year's when the nearest one would not even begin for two months: TenseCorrected measures from the month's
    // middle with a season's margin, which lets a January read in October stay ahead. A month that begins sooner
    // keeps the nearest reading, since past clauses often report plans for the coming weeks ("said supplies
    // would be cut in September", "extended loans through January").
    private static (int Year, PolicyChoice Rule)? PastMonthCorrected(int nearest, int month, LocalDate published, Tense tense) =>
        tense == Tense.Past && Period.Between(published, new LocalDate(nearest, month, 1), PeriodUnits.Days).Days > PastMonthMarginDays
            ? (nearest - 1, PolicyChoices.YearPastMonth)
            : null;

    private const int PastMonthMarginDays = 60;

    /// <summary>The year of a month-day named without one ("Sept. 30"): the nearest, or the direction's.</summary>
    public static (int Year, PolicyChoice Rule) MonthDayYear(int month, int day, LocalDate published, RelativeDirection direction, Tense tense = Tense.None)
    {
        var inYear = new LocalDate(published.Year, month, Math.Min(day, CalendarSystem.Iso.GetDaysInMonth(published.Year, month)));
        return direction switch
        {
            RelativeDirection.Last => (inYear < published ? published.Year : published.Year - 1, PolicyChoices.YearLast),
            RelativeDirection.Next => (inYear > published ? published.Year : published.Year + 1, PolicyChoices.YearNext),
            _ => TenseCorrected(NearestYear(published, month, day), month, day, published, tense),
        };
    }

    /// <summary>The year of "the third quarter" named without one.</summary>
    public static (int Year, PolicyChoice Rule) QuarterYear(int quarter, LocalDate published, Tense tense, RelativeDirection direction)
    {
        int current = ((published.Month - 1) / 3) + 1;
        return direction switch
        {
            RelativeDirection.Last => (quarter < current ? published.Year : published.Year - 1, PolicyChoices.QuarterYearLast),
            RelativeDirection.Next => (quarter > current ? published.Year : published.Year + 1, PolicyChoices.QuarterYearNext),
            RelativeDirection.This => (published.Year, PolicyChoices.QuarterYearThis),
            _ when quarter > current && tense == Tense.Future => (published.Year, PolicyChoices.QuarterYearForward),
            _ => (quarter <= current ? published.Year : published.Year - 1, PolicyChoices.QuarterYearMostRecent),
        };
    }

    /// <summary>The year of a season named without one: the publication year unless last/next or the clause's tense
    /// say otherwise ("will reopen in the spring" read in October is next spring).</summary>
    public static (int Year, PolicyChoice Rule) SeasonYear(string season, LocalDate published, RelativeDirection direction, Tense tense = Tense.None)
    {
        int startMonth = Seasons.StartMonth(season);
        int current = published.Month switch { 12 or 1 or 2 => 12, >= 3 and <= 5 => 3, >= 6 and <= 8 => 6, _ => 9 };
        int seasonYear = published.Month <= 2 ? published.Year - 1 : published.Year; // winter is named by its December

        // This year's season: the one named by the publication year ("the spring" read in February is the coming
        // spring), except a winter read in January or February, which is the one in progress.
        int label = season == "WI" ? seasonYear : published.Year;
        var thisYears = new LocalDate(label, startMonth, 1);
        return direction switch
        {
            RelativeDirection.Last => (startMonth < current ? seasonYear : seasonYear - 1, PolicyChoices.SeasonYearLast),
            RelativeDirection.Next => (startMonth > current ? seasonYear : seasonYear + 1, PolicyChoices.SeasonYearNext),
            _ when tense == Tense.Future && thisYears.PlusMonths(3) <= published => (label + 1, PolicyChoices.SeasonYearForward),
            _ when tense == Tense.Past && thisYears > published => (label - 1, PolicyChoices.SeasonYearPastTense),
            _ => (label, PolicyChoices.SeasonYearThisYear),
        };
    }

    /// <summary>Reads last/this/next (and their synonyms) from the words of a phrase.</summary>
    public static RelativeDirection DirectionOf(string phrase)
    {
        ArgumentNullException.ThrowIfNull(phrase);
        var m = DirectionWord().Match(phrase);
        if (!m.Success)
        {
            return RelativeDirection.None;
        }

        return DirectionByWords[Spaces().Replace(m.Value.ToLowerInvariant(), " ")];
    }

    private static readonly Dictionary<string, RelativeDirection> DirectionByWords = CueWords.Lists.Directions.ToDictionary(d => d.Words, d => d.Direction, StringComparer.Ordinal);

    // The nearest year, unless the clause's tense contradicts it by more than a season: "was signed Dec. 1" read in
    // July is last December, "will open in February" read in July is next February.
    private static (int Year, PolicyChoice Rule) TenseCorrected(int nearest, int month, int day, LocalDate published, Tense tense)
    {
        var date = new LocalDate(nearest, month, Math.Min(day, CalendarSystem.Iso.GetDaysInMonth(nearest, month)));
        int days = Period.Between(published, date, PeriodUnits.Days).Days;
        if (tense == Tense.Past && days > TenseOverrideDays)
        {
            return (nearest - 1, PolicyChoices.YearPastTense);
        }

        if (tense == Tense.Future && days < -FutureOverrideDays)
        {
            return (nearest + 1, PolicyChoices.YearForward);
        }

        return (nearest, PolicyChoices.YearNearest);
    }

    // How far the nearest reading may lie on the wrong side of publication before tense overrides it. A past
    // clause often reports plans ("said it would pay Dec. 15"), so it needs a wide margin; a forward clause
    // rarely names a month already gone.
    private const int TenseOverrideDays = 90;

    private const int FutureOverrideDays = 30;

    [GeneratedRegex(@"\s+", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex Spaces();

    private static int NearestYear(LocalDate published, int month, int day)
    {
        int best = published.Year;
        long bestDistance = long.MaxValue;
        for (int year = published.Year - 1; year <= published.Year + 1; year++)
        {
            var candidate = new LocalDate(year, month, Math.Min(day, CalendarSystem.Iso.GetDaysInMonth(year, month)));
            long distance = Math.Abs(Period.Between(published, candidate, PeriodUnits.Days).Days);
            if (distance < bestDistance)
            {
                best = year;
                bestDistance = distance;
            }
        }

        return best;
    }

    private static readonly Regex DirectionWordRegex = LexiconData.Regex($@"\b(?:{LexiconData.Alternation(CueWords.Lists.Directions.Select(d => d.Words))})\b", RegexOptions.IgnoreCase);

    private static Regex DirectionWord() => DirectionWordRegex;
}
