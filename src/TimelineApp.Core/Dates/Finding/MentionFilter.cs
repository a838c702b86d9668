using System.Text.RegularExpressions;
using TimelineApp.Core.Text;
using TimelineApp.Core.Dates.Lexicon;
using TimelineApp.Core.Dates.Spans;

namespace TimelineApp.Core.Dates.Finding;

/// <summary>
/// Drops recognizer false positives that are frequent in news (counts from TBAQ, shared/design/resolution-rules.md §4):
/// <list type="bullet">
/// <item>titles: "60 Minutes" (a capitalised unit after a number), a quoted title-case phrase (ABC's "This Week"); the ordinal "A second (group)" at a sentence start;</item>
/// <item>the verb "may" (lowercase "may" is never a month: 0 of 56);</item>
/// <item>ages: "6-year-old", "six years old" (the "-old" after the phrase makes it an age, not a duration), "in his 30s";</item>
/// <item>names: "Sunday Times", "Monday Night Football" (a weekday followed by a capitalised name word), "the March
/// for Life" (March, then for/of/on/against and a capitalised name), "the Good Friday Agreement", "Bloody Sunday",
/// "The Mail on Sunday", "Theresa May" and "the Women's March" (a month alone after a capitalised word that does not
/// start a time phrase);</item>
/// <item>a season after "a"/"an" ("a winter storm"), a kind of thing rather than a time;</item>
/// <item>lowercase "fall" alone (a verb), month names written in lowercase ("at this march"), month abbreviations inside longer words;</item>
/// <item>a part of the day alone ("the night the plane went down", "a morning talk show");</item>
/// <item>words that are rarely annotated as times: "previously", "quarterly", "annual(ly)", "former", "once", "soon";</item>
/// <item>rates: "a year" after an amount ("$1.76 a year", "four flights a week", "$55 a night"); TBAQ annotates 2 of 7;</item>
/// <item>"10m", "100m" written without a space: millions or metres in news, never minutes;</item>
/// <item>numbers that are not years: a bare number before "%" or after "$", a decimal ("2082.1 points"), or a four-digit count of things ("2000 shares").</item>
/// </list>
/// </summary>
public static partial class MentionFilter
{
    /// <summary>True when <paramref name="mention"/> should be kept.</summary>
    public static bool Keep(string text, TimeMention mention)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(mention);
        string phrase = mention.Text.Trim();
        int start = mention.Span.Start;
        int end = mention.Span.End;
        string after = text[end..Math.Min(text.Length, end + 30)];
        string before = text[Math.Max(0, start - 3)..start];

        if (phrase.Length == 0 || (start > 0 && char.IsLetter(text[start - 1])) || (end < text.Length && char.IsLetter(text[end]) && text[end - 1] != '.'))
        {
            return false; // inside a longer word: "$DEC", "Janus"
        }

        if (Verbs().IsMatch(phrase) || Unannotated().IsMatch(phrase) || BarePartOfDay().IsMatch(phrase))
        {
            return false;
        }

        if (DecimalAfter().IsMatch(after) || DecimalNumber().IsMatch(phrase) || Fraction().IsMatch(phrase) || BareAbbreviation().IsMatch(phrase) && !after.StartsWith('.'))
        {
            return false; // "5/8" of a point; "Jan" the name
        }

        if (MillionsOrMetres().IsMatch(phrase))
        {
            return false; // "10m people", "the 100m final": millions or metres, not minutes
        }

        if (TitleLength().IsMatch(phrase))
        {
            return false; // a name: CBS's "60 Minutes", "48 Hours"
        }

        if (start > 0 && text[start - 1] is '"' or '`' or '\'' && TitleCase().IsMatch(phrase))
        {
            return false; // a quoted title: ABC's "This Week", "Next Year in Jerusalem"
        }

        if (Age().IsMatch(after))
        {
            return false;
        }

        if (Decade().IsMatch(phrase) && PossessiveBefore().IsMatch(text[Math.Max(0, start - 20)..start]))
        {
            return false; // an age, not a decade: "when Kopp was in his 30s", "in their early 40s", "in his twenties"
        }

        if (RateUnit().IsMatch(phrase) && Amount().IsMatch(text[Math.Max(0, start - 40)..start]) && !Comparison().IsMatch(after))
        {
            return false; // a rate, not a time: "$500 million a year", "700 seats a week"
        }

        if (WeekdayOnly().IsMatch(phrase) && NameWord().IsMatch(after))
        {
            return false;
        }

        string wider = text[Math.Max(0, start - 25)..start];
        if (EventName().IsMatch(after) || (WeekdayOnly().IsMatch(phrase) && NameBeforeWeekday().IsMatch(wider)))
        {
            return false; // a name: "the Good Friday Agreement", "Bloody Sunday", "The Mail on Sunday"
        }

        if (MonthOnly().IsMatch(phrase) && GivenName().IsMatch(wider))
        {
            return false; // a surname or a march: "Theresa May said", "the Women's March"
        }

        if (SeasonOnly().IsMatch(phrase) && IndefiniteArticle().IsMatch(wider))
        {
            return false; // a kind of thing, not a time: "a winter storm", "a summer camp"
        }

        if (LowercaseMonth().IsMatch(phrase) || (MarchOnly().IsMatch(phrase) && MarchName().IsMatch(after)))
        {
            return false; // a march, not the month: "arrested at this march", "the March for Life"
        }

        if (BareNumber().IsMatch(phrase) && (before.EndsWith('$') || CountedThing().IsMatch(after)))
        {
            return false;
        }

        return true;
    }

    [GeneratedRegex(@"^(?:may|march|fall|falls|spring|springs|sat|sun|wed|mar|jan|second|seconds|[Aa]\s+second|sec|mon|dec)$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex Verbs();

    [GeneratedRegex(@"^(?:previously|quarterly|annual|annually|former|formerly|once|soon|already|then|yet|so\s+far|the\s+time|time|annualized)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex Unannotated();

    // A part of the day with no day it belongs to names no calendar time: "the night the plane went down", "a morning
    // talk show", "High Noon". With a day it is one phrase ("Friday morning", "this evening"), which the recognizer finds whole
    // or SpanAdjuster joins.
    private static readonly Regex BarePartOfDayRegex = LexiconData.Regex($@"^(?:{PartsOfDay.NamePattern}|noon)$", RegexOptions.IgnoreCase);

    private static Regex BarePartOfDay() => BarePartOfDayRegex;

    // A number with a capitalised unit word is a title ("60 Minutes"); lengths are written in lowercase.
    [GeneratedRegex(@"^\d+\s+(?:Seconds|Minutes|Hours|Days|Weeks|Months|Years)$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex TitleLength();

    // Two or more words, each capitalised: in running text, a name rather than a time ("This Week").
    [GeneratedRegex(@"^[A-Z][a-z]+(?:\s+[A-Z][a-z]+)+$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex TitleCase();

    [GeneratedRegex(@"^\.\d", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex DecimalAfter();

    [GeneratedRegex(@"^[£$€]?\d+(?:\.\d+)?m$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex MillionsOrMetres();

    [GeneratedRegex(@"^\d+\.\d+$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex DecimalNumber();

    [GeneratedRegex(@"^\d+/\d+$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex Fraction();

    private static readonly Regex BareAbbreviationRegex = LexiconData.Regex($@"^(?:{CalendarNames.MonthAbbreviationPattern})$", RegexOptions.None);

    private static Regex BareAbbreviation() => BareAbbreviationRegex;

    [GeneratedRegex(@"^(?:-|\s+)old\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex Age();

    private static readonly Regex WeekdayOnlyRegex = LexiconData.Regex($@"^(?:{CalendarNames.WeekdayNamePattern})$", RegexOptions.None);

    private static Regex WeekdayOnly() => WeekdayOnlyRegex;

    [GeneratedRegex(@"^\s+(?:Times|Telegraph|Post|Herald|Mail|Express|Mirror|Independent|Observer|Tribune|Star|Sport|Night\s+Football|Bloody|School|Service|Club|Magazine|Edition|Trading)\b", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex NameWord();

    [GeneratedRegex(@"^\s+(?:Agreement|Accords?|Massacre|Uprising|Offensive|Sermon)\b", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex EventName();

    [GeneratedRegex(@"\b(?:Bloody|Mail\s+on|Observer\s+on|Independent\s+on|Express\s+on)\s+$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex NameBeforeWeekday();

    private static readonly Regex MonthOnlyRegex = LexiconData.Regex($@"^(?:{CalendarNames.MonthNamePattern})$", RegexOptions.None);

    private static Regex MonthOnly() => MonthOnlyRegex;

    // A capitalised word right before a month alone makes it part of a name, unless the word is one that starts a
    // time phrase or a sentence ("In May", "Since March", "Early June", "Last April").
    [GeneratedRegex(@"\b(?!(?:In|On|By|Since|Until|Till|From|Through|During|Before|After|Last|Next|This|That|Early|Late|Mid|Of|And|Or|But|The|A|An|For|At|To|Around|About|Between|Each|Every|Since|Until|Then|Also|Only|Since)\b)[A-Z][a-z]+(?:['\u2019]s)?\s+$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex GivenName();

    private static readonly Regex SeasonOnlyRegex = LexiconData.Regex($@"^(?:{Seasons.NamePattern})$", RegexOptions.IgnoreCase);

    private static Regex SeasonOnly() => SeasonOnlyRegex;

    [GeneratedRegex(@"\ban?\s+$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex IndefiniteArticle();

    [GeneratedRegex(@"^March$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex MarchOnly();

    // News capitalises month names; a lowercase one is another word ("at this march", "a long march").
    private static readonly Regex LowercaseMonthRegex = LexiconData.Regex($@"\b(?:{LexiconData.Alternation(CalendarNames.Months.Where(m => m.LowercaseIsAnotherWord).Select(m => m.Name.ToLowerInvariant()))})\b", RegexOptions.None);

    private static Regex LowercaseMonth() => LowercaseMonthRegex;

    // "March" followed by a preposition and a capitalised name is a march: "March for Life", "March on Washington".
    [GeneratedRegex(@"^\s+(?:for|of|on|against)\s+(?:the\s+)?[A-Z][a-z]", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex MarchName();

    [GeneratedRegex(@"^(?:early\s+|mid-?|late\s+)?(?:\d0['\u2019]?s|twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex Decade();

    [GeneratedRegex(@"\b(?:his|her|their|its|my|your|our)\s+(?:early\s+|mid-?|late\s+)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex PossessiveBefore();

    [GeneratedRegex(@"^\d{1,4}$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex BareNumber();

    [GeneratedRegex(@"^(?:%|\s*per\s*cent|\s+(?:people|shares|troops|soldiers|workers|jobs|cars|units|men|women|children|votes|miles|feet|tons|barrels|acres|points|employees|members|students|dollars|years|times|copies|homes|houses|residents|refugees|marines|delegates|kilometers|meters))", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex CountedThing();

    [GeneratedRegex(@"^an?\s+(?:year|month|week|day|night|hour)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex RateUnit();

    // An amount right before: a number (digits or a number word), optionally a scale and one counted noun.
    [GeneratedRegex(@"(?:\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|hundred|thousand|dozen))(?:[\d,.]*)(?:\s+(?:million|billion|trillion|percent))?%?(?:\s+[a-z]+)?\s+$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex Amount();

    [GeneratedRegex(@"^\s*(?:ago|earlier|later|before|after|from|since|or)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex Comparison();
}
