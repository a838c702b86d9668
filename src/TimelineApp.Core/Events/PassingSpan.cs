using System.Text.RegularExpressions;
using NodaTime;
using TimelineApp.Core.Dates;
using TimelineApp.Core.Dates.Reading;
using TimelineApp.Core.Text;

namespace TimelineApp.Core.Events;

/// <summary>
/// A century or a decade mentioned in passing ("the biggest crisis this century", "the Nigeria of the 1980s",
/// "cottages dating from the 18th century", "since the 1990s") is no happening: as an event it would be a bar
/// decades long that sets the whole timeline's view. Such a span becomes an event only where something happened
/// in it: the phrase is the time of a verb in the past ("was built in the 1990s", "became a democracy in the late
/// 1980s"). <c>resolve</c> keeps every phrase; only events are left out.
/// </summary>
public static partial class PassingSpan
{
    /// <summary>True when <paramref name="time"/> is a span of a decade or more that no happening is dated by.</summary>
    public static bool IsPassing(string sentence, TextSpan phrase, ResolvedTime time)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        ArgumentNullException.ThrowIfNull(time);
        if (!IsDecadeOrLonger(time))
        {
            return false;
        }

        string before = sentence[..phrase.Start];
        return !TimeOfVerb().IsMatch(before) || Stative().IsMatch(before) || ClauseTense.Of(sentence, phrase) != Tense.Past;
    }

    private static bool IsDecadeOrLonger(ResolvedTime time) =>
        time.Interval is { } i && Period.Between(i.Start, i.End, PeriodUnits.Years).Years >= 10 || CenturyOrDecade().IsMatch(time.Value);

    // The phrase is the time of the clause: "in the 1990s", "during the 11th century", "in the late 1980s", "by the
    // 1950s", "early in the century".
    [GeneratedRegex(@"\b(?:in|during|throughout|by|early\s+in|late\s+in)\s+(?:the\s+)?(?:(?:early|late|mid)\s+)?$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, matchTimeoutMilliseconds: RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex TimeOfVerb();

    // A state, not a happening: "dating from", "dates back to", "of", "since".
    [GeneratedRegex(@"\b(?:dating|dates|dated|date|since|of|stood|stands)\s+(?:back\s+)?(?:to\s+|from\s+|in\s+)?(?:the\s+)?(?:(?:early|late|mid)\s+)?$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, matchTimeoutMilliseconds: RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex Stative();

    // TIMEX values of a century ("19"), a decade ("198") or a part of one ("198" with a modifier).
    [GeneratedRegex(@"^\d{2,3}$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex CenturyOrDecade();
}
