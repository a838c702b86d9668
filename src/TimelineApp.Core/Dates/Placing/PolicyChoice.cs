namespace TimelineApp.Core.Dates.Placing;

/// <summary>One named choice of <see cref="ResolutionPolicy"/> ("weekday.past-tense": a weekday in a past-tense clause is the most recent one), with its explanation.</summary>
/// <param name="Id">The choice's id, listed in Dates/README.md.</param>
/// <param name="Text">The explanation, in words a reader can check.</param>
public readonly record struct PolicyChoice(string Id, string Text)
{
    /// <inheritdoc/>
    public override string ToString() => Text;
}

/// <summary>
/// Every choice <see cref="ResolutionPolicy"/> can make, each with its id and explanation. The id of the choice made
/// is one of the ids a resolved time names (after the reading rule), so spec cases can be tagged with it.
/// </summary>
public static class PolicyChoices
{
    public static readonly PolicyChoice WeekdayLast = new("weekday.last", "'last' → the one before publication");

    public static readonly PolicyChoice WeekdayNext = new("weekday.next", "'next' → the one after publication");

    public static readonly PolicyChoice WeekdaySameDay = new("weekday.same-day", "same weekday as publication → the publication day");

    public static readonly PolicyChoice WeekdayThis = new("weekday.this", "'this' → the coming one");

    public static readonly PolicyChoice WeekdayForward = new("weekday.forward", "forward-looking clause → the next one");

    public static readonly PolicyChoice WeekdayPastTense = new("weekday.past-tense", "past-tense clause → the most recent one");

    public static readonly PolicyChoice WeekdayMostRecent = new("weekday.most-recent", "news default → the most recent one");

    public static readonly PolicyChoice WeekendLast = new("weekend.last", "'last' → the weekend before publication");

    public static readonly PolicyChoice WeekendNext = new("weekend.next", "'next' → the coming weekend");

    public static readonly PolicyChoice WeekendThis = new("weekend.this", "'this' on a weekday → the coming weekend");

    public static readonly PolicyChoice WeekendOnWeekend = new("weekend.on-weekend", "published on a weekend → that weekend");

    public static readonly PolicyChoice WeekendForward = new("weekend.forward", "forward-looking clause → the coming weekend");

    public static readonly PolicyChoice WeekendMostRecent = new("weekend.most-recent", "news default → the most recent weekend");

    public static readonly PolicyChoice YearLast = new("year.last", "'last' → the most recent one before publication");

    public static readonly PolicyChoice YearNext = new("year.next", "'next' → the first one after publication");

    public static readonly PolicyChoice YearThis = new("year.this", "'this' → the publication year");

    public static readonly PolicyChoice QuarterYearLast = new("quarter-year.last", "'last' → the most recent one before publication");

    public static readonly PolicyChoice QuarterYearNext = new("quarter-year.next", "'next' → the first one after publication");

    public static readonly PolicyChoice QuarterYearThis = new("quarter-year.this", "'this' → the publication year");

    public static readonly PolicyChoice QuarterYearForward = new("quarter-year.forward", "forward-looking clause → the coming one");

    public static readonly PolicyChoice QuarterYearMostRecent = new("quarter-year.most-recent", "no year → the most recent one not after publication");

    public static readonly PolicyChoice SeasonYearLast = new("season-year.last", "'last' → the most recent one before publication");

    public static readonly PolicyChoice SeasonYearNext = new("season-year.next", "'next' → the first one after publication");

    public static readonly PolicyChoice SeasonYearForward = new("season-year.forward", "forward-looking clause and this year's is over → the next one");

    public static readonly PolicyChoice SeasonYearPastTense = new("season-year.past-tense", "past-tense clause and this year's has not begun → the last one");

    public static readonly PolicyChoice SeasonYearThisYear = new("season-year.this-year", "no year → the publication year's");

    public static readonly PolicyChoice YearPastTense = new("year.past-tense", "past-tense clause → the most recent one");

    public static readonly PolicyChoice YearForward = new("year.forward", "forward-looking clause → the next one");

    public static readonly PolicyChoice ClockPastMidnight = new("clock.past-midnight", "a small-hours clock time told after an evening one on the same day → the next day");

    public static readonly PolicyChoice YearPastMonth = new("year.past-month", "past-tense clause and the month (named without a day) begins two months or more after publication → last year's");

    public static readonly PolicyChoice YearNearest = new("year.nearest", "no year → the nearest one to publication");

    /// <summary>Every choice, in the order the policy tries them.</summary>
    public static IReadOnlyList<PolicyChoice> All { get; } = [WeekdayLast, WeekdayNext, WeekdaySameDay, WeekdayThis, WeekdayForward, WeekdayPastTense, WeekdayMostRecent, WeekendLast, WeekendNext, WeekendThis, WeekendOnWeekend, WeekendForward, WeekendMostRecent, YearLast, YearNext, YearThis, QuarterYearLast, QuarterYearNext, QuarterYearThis, QuarterYearForward, QuarterYearMostRecent, SeasonYearLast, SeasonYearNext, SeasonYearForward, SeasonYearPastTense, SeasonYearThisYear, YearPastTense, YearPastMonth, YearForward, YearNearest, ClockPastMidnight];
}
