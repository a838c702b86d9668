using NodaTime;
using NodaTime.Text;
using TimelineApp.Core.Dates.Lexicon;
using TimelineApp.Core.Dates.Placing;

namespace TimelineApp.Core.Dates.Reading.Rules;

/// <summary>
/// Phrases that refer back to the last mentioned time: "that day", "the next morning", "later that year",
/// "the previous Friday". A story's day is the last one it named, not the publication day (HeidelTime's REF day).
/// </summary>
internal static class AnaphoraRules
{
    /// <summary>anaphora.that-day: "that day", "earlier that day", "the same day", "that night", "that week".</summary>
    public static RuleOutcome ThatDay(PhraseInput p) =>
        PhrasePatterns.ThatDay().Match(p.Text) is { Success: true } thatDay
            ? RuleOutcome.Read(DayReferredBack(thatDay.Groups["u"].Value, 0, p.Dct, p.Context))
            : RuleOutcome.Skip;

    /// <summary>anaphora.next-part-of-day: "the next morning", "the previous evening".</summary>
    public static RuleOutcome NextPartOfDay(PhraseInput p)
    {
        if (PhrasePatterns.NextPartOfDay().Match(p.Text) is not { Success: true } nextPart)
        {
            return RuleOutcome.Skip;
        }

        bool before = nextPart.Groups["dir"].Value.ToUpperInvariant() is "PREVIOUS" or "PRIOR" or "PRECEDING";
        return RuleOutcome.Read(DayReferredBack(nextPart.Groups["u"].Value, before ? -1 : 1, p.Dct, p.Context));
    }

    /// <summary>
    /// anaphora.that-year: "returned to Cuba later that year" after "in June 1998": the year (or month) of the last
    /// mentioned date, as HeidelTime's REF values do; with nothing to refer to, not placed at all.
    /// </summary>
    public static RuleOutcome ThatYearOrMonth(PhraseInput p)
    {
        if (PhrasePatterns.ThatYearOrMonth().Match(p.Text) is not { Success: true } thatUnit)
        {
            return RuleOutcome.Skip;
        }

        string unit = thatUnit.Groups["u"].Value;
        if (p.Context.LastDated() is not { } last)
        {
            return RuleOutcome.Read(null);
        }

        bool month = unit.Equals("month", StringComparison.OrdinalIgnoreCase);
        if (month && TimexValue.Parse(last).YearAndMonth is null)
        {
            return RuleOutcome.Read(null);
        }

        string value = month ? last[..7] : last[..4];
        return RuleOutcome.Read(new TimeReading(TimexType.Date, value, $"'that {unit.ToLowerInvariant()}' → the {unit.ToLowerInvariant()} of the last mentioned date ({last})", FromEarlierMention: true));
    }

    /// <summary>weekday.anaphoric: "down 4.5% from the previous Friday" after "Friday's close": the one before the day in focus.</summary>
    public static RuleOutcome AnaphoricWeekday(PhraseInput p)
    {
        if (PhrasePatterns.AnaphoricWeekday().Match(p.Text) is not { Success: true } anaphoric
            || p.Context.LastDay() is not { } lastDay || LocalDatePattern.Iso.Parse(lastDay) is not { Success: true } parsedDay)
        {
            return RuleOutcome.Skip;
        }

        var day = Enum.Parse<IsoDayOfWeek>(anaphoric.Groups["d"].Value, ignoreCase: true);
        bool back = anaphoric.Groups["dir"].Value.ToUpperInvariant() is "PREVIOUS" or "PRECEDING" or "PRIOR";
        var (date, _) = ResolutionPolicy.Weekday(day, parsedDay.Value, Tense.None, back ? RelativeDirection.Last : RelativeDirection.Next);
        return RuleOutcome.Read(new TimeReading(TimexType.Date, TimexValues.Day(date), $"'{anaphoric.Groups["dir"].Value.ToLowerInvariant()}' → counted from the last mentioned day ({lastDay})", FromEarlierMention: true));
    }

    // "Earlier that day", "that night", "the next morning" after "on Jan. 15"; with no day named yet, the publication day is the day.
    private static TimeReading DayReferredBack(string unit, int days, LocalDate dct, DiscourseContext context)
    {
        string? last = context.LastDay();
        var day = last is not null && LocalDatePattern.Iso.Parse(last) is { Success: true } parsed ? parsed.Value : dct;
        day = day.PlusDays(days);
        string from = last is null ? "the publication day" : $"the last mentioned day ({last})";
        string shift = days == 0 ? string.Empty : days > 0 ? " + 1 day" : " - 1 day";
        string u = unit.ToLowerInvariant();
        return u switch
        {
            "day" => new TimeReading(TimexType.Date, TimexValues.Day(day), $"'{u}' referring back → {from}{shift}", FromEarlierMention: last is not null),
            "week" => new TimeReading(TimexType.Date, TimexValues.Week(day), $"'that week' → the ISO week of {from}", FromEarlierMention: last is not null),
            _ => new TimeReading(TimexType.Time, TimexValues.Day(day) + TimexText.PartOfDayWord(u), $"'{u}' referring back → that part of {from}{shift}", FromEarlierMention: last is not null),
        };
    }
}
