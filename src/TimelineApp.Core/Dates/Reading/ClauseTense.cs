using System.Text.RegularExpressions;
using TimelineApp.Core.Dates.Lexicon;
using TimelineApp.Core.Text;

namespace TimelineApp.Core.Dates.Reading;

/// <summary>
/// Tense of the clause around a time phrase from cue words alone (after HeidelTime's <c>getLastTense</c> and
/// SUTime's two-token window, approximated without a tagger):
/// <list type="bullet">
/// <item>The clause is cut at sentence ends, semicolons and quotes, so a reporting verb ("said") in one clause does
/// not decide the tense of another; the point of an abbreviation ("Jan. 3", "U.S.", "Corp.") is not a sentence end;
/// a relative clause between commas before the verb (", which had been expected, is") is left out.</item>
/// <item>The nearest cue before the phrase wins; only when there is none does the first cue after it decide.</item>
/// <item>Forward cues: will, 'll, shall, won't, going to, is/are to, due, scheduled, set to, plan(s/ned) to,
/// expected to, is/are expected, likely to, as soon as, as early as, set/planned/scheduled for, payable, next (not "next to"), coming,
/// upcoming; and verbs of intention or commitment before an infinitive ("agreed to buy … in February", "vowed to",
/// "hopes to"), whose complement lies ahead of them.</item>
/// <item>A present-tense "is/are/am" nearer than any other cue ("the case is heard in May") leaves the clause
/// without a tense, so an earlier past verb does not decide it.</item>
/// <item>A weekday in the possessive ("Wednesday's ruling") names a known event: past, unless the words right
/// before look ahead ("ahead of Sunday's vote").</item>
/// <item>Scheduled-event verbs in the present ("meet Monday", "resumes Tuesday") point forward, as in headlines;
/// not after a preposition or determiner, where the word is a noun ("specialize in travel", "the meet").</item>
/// <item>"would" and "should" point forward (reported plans: "said he would be traveling Thursday"; "should improve in
/// the fourth quarter"), except "would have"/"should have".</item>
/// <item>A deadline word right before the phrase ("by", "until", "effective") points forward, unless the clause
/// is in the pluperfect ("had filed by Wednesday") or "by" names the agent of a passive ("flattened by Tuesday's quake").</item>
/// <item>Past cues: had been due/scheduled, was, were, had, did, since, ago, closed list of irregular past forms, and
/// lower-case -ed words (a capitalized one is a name: "United States", "Red Cross-backed") except passives that point
/// forward ("is planned for October") and adjectives after an article ("on a still unspecified date"); irregular
/// participles that double as past forms ("paid", "held", "set") only where no "is/be" makes them passive and no
/// "to" or modal makes them infinitives, so "will be paid Dec. 14" and "set to hit on Saturday" read forward.</item>
/// </list>
/// </summary>
public static partial class ClauseTense
{
    /// <summary>The tense of the clause of <paramref name="text"/> that holds <paramref name="span"/>.</summary>
    public static Tense Of(string text, TextSpan span)
    {
        ArgumentNullException.ThrowIfNull(text);
        var clause = ClauseSpan(text, span);
        string before = FromLastCoordinateClause(WithoutAsides(text[clause.Start..span.Start]));
        string after = WithoutAsides(text[span.End..clause.End]);
        if (Possessive().IsMatch(after) && AnchorWeekday().IsMatch(text[span.Start..span.End]))
        {
            // "Wednesday's ruling", "Tuesday's earthquake": the event is named as known, so it has happened, unless
            // the words right before look ahead to it ("ahead of Sunday's vote", "preparations for Sunday's vote").
            return AheadOf().IsMatch(before) ? Tense.Future : Tense.Past;
        }

        if (DeadlineWord().IsMatch(before) && !AgentiveBy().IsMatch(before))
        {
            // "by February", "until Tuesday", "effective Feb. 1": a deadline lies ahead, unless the clause is in
            // the pluperfect ("had filed reports by Wednesday", "until Thursday they had not called"), which
            // measures completion against a past moment.
            return Pluperfect().IsMatch(before) || Pluperfect().IsMatch(after) ? Tense.Past : Tense.Future;
        }

        var cues = Cue().Matches(before);
        if (cues.Count > 0)
        {
            return Classify(cues[^1]);
        }

        var next = Cue().Match(after);
        return next.Success ? Classify(next) : Tense.None;
    }

    /// <summary>The clause around <paramref name="span"/>: bounded by sentence ends, semicolons, quotes and relative clauses.</summary>
    public static TextSpan ClauseSpan(string text, TextSpan span)
    {
        ArgumentNullException.ThrowIfNull(text);
        int start = span.Start;
        while (start > 0 && !IsBoundary(text, start - 1) && span.Start - start < 300)
        {
            start--;
        }

        int end = span.End;
        while (end < text.Length && !IsBoundary(text, end) && end - span.End < 300)
        {
            end++;
        }

        return new TextSpan(start, end);
    }

    // "The chain warned in November that trading was tough, and it reports results on April 10": a clause joined by
    // ", and" with a subject of its own has its own tense; the verbs of the clause before it do not decide it.
    private static string FromLastCoordinateClause(string words)
    {
        var joins = CoordinateClause().Matches(words);
        return joins.Count == 0 ? words : words[(joins[^1].Index + joins[^1].Length)..];
    }

    [GeneratedRegex(@",\s+(?:and|but|while|whereas)\s+(?=(?:it|he|she|they|we|i|you|the|this|that|its|his|her|their|our)\s)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex CoordinateClause();

    // A relative clause set off by commas between a subject and its verb ("The sale, which had been expected, is part
    // of a plan to pay the loan by February") is a clause of its own: its verbs do not set the tense of the clause
    // around it. Only an aside followed by a finite verb is taken out; after a list ("Taylor, who stepped down as
    // chairman, president and chief executive in March") the commas do not close the relative clause.
    private static string WithoutAsides(string words) => RelativeAside().Replace(words, " ");

    [GeneratedRegex(@",\s*(?:which|who|whom|whose)\b[^,]*,(?=\s+(?:is|are|was|were|has|have|had|will|would|can|could|may|might|must|should|said|says)\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex RelativeAside();

    private static bool IsBoundary(string text, int i) => text[i] switch
    {
        '.' => i + 1 >= text.Length || (char.IsWhiteSpace(text[i + 1]) && !IsAbbreviationPoint(text, i)),
        ';' or '\n' or '"' or '!' or '?' or '\u201C' or '\u201D' => true,
        _ => false,
    };

    // The point of "Jan. 3", "Mr. Bush", "U.S. officials" or "Corp. said" does not end the sentence: a point after a
    // short abbreviation or a single letter, or one followed by a lower-case word or a number, is read as part of
    // the clause. Otherwise "payable Jan. 3 to stock of record Nov. 16, the company said" would cut the clause at
    // "Jan." and let the trailing "said" decide the tense of "Nov. 16".
    private static bool IsAbbreviationPoint(string text, int i)
    {
        int next = i + 1;
        while (next < text.Length && text[next] == ' ')
        {
            next++;
        }

        if (next < text.Length && (char.IsLower(text[next]) || char.IsDigit(text[next])))
        {
            return true;
        }

        int start = i;
        while (start > 0 && char.IsLetter(text[start - 1]))
        {
            start--;
        }

        return i - start == 1 || Abbreviation().IsMatch(text[start..i]);
    }

    private static readonly Regex AbbreviationRegex = LexiconData.Regex($@"^(?:{LexiconData.Alternation(Abbreviations.WithCalendar)})$", RegexOptions.None);

    private static Regex Abbreviation() => AbbreviationRegex;

    // "towns flattened by Tuesday's earthquake", "was hit by Sunday's storm": "by" after a participle names the
    // agent of a passive, not a deadline. A present or future passive ("is expected by Friday", "will be
    // completed by May") still sets a deadline.
    [GeneratedRegex(@"(?<!\b(?:is|are|am|be)\s+)\b(?:[a-z]{2,}(?:ed|en)|hit|struck|shot|caught|held|made|led|won|beat|set|cut|hurt|swept|torn|sold|bought)\s+by\s+$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex AgentiveBy();

    [GeneratedRegex(@"\bhad\b|\b(?:he|she|it|they|we|i|you)'d\s+(?:been|not|never|already|[a-z]+ed)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex Pluperfect();

    [GeneratedRegex(@"^['\u2019]s\b", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex Possessive();

    private static readonly Regex AnchorWeekdayRegex = LexiconData.Regex($@"^(?:{CalendarNames.WeekdayNamePattern})$", RegexOptions.IgnoreCase);

    private static Regex AnchorWeekday() => AnchorWeekdayRegex;

    [GeneratedRegex(@"\b(?:ahead\s+of|in\s+preparation\s+for|preparations?\s+for|awaiting|await|upcoming|coming|next|will)\s+(?:the\s+)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex AheadOf();

    [GeneratedRegex(@"\b(?:by|until|till|effective)\s+$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex DeadlineWord();

    private static Tense Classify(Match cue) =>
        cue.Groups["future"].Success ? Tense.Future : cue.Groups["present"].Success ? Tense.None : Tense.Past;

    // Forward cues are listed first so that "is scheduled", "is expected to", "was due" read forward. The verb lists
    // are in Lexicon/Data/cues.json.
    private static readonly Regex CueRegex = LexiconData.Regex(CuePattern(CueWords.Lists), RegexOptions.IgnoreCase);

    private static Regex Cue() => CueRegex;

    internal static string CuePattern(CueWordLists cues) =>
        @"\b(?:(?<future>will|would(?!\s+(?:have|'ve)\b)|should(?!\s+(?:have|'ve)\b)|shall|won't|wo n't|going\s+to|as\s+soon\s+as|as\s+early\s+as|likely\s+to|planning|plans|(?:is|are|am)\s+to|due|scheduled|set\s+to|plans?\s+to|planned\s+(?:to|an?)\b|(?:"
        + LexiconData.Alternation(cues.IntentionVerbs)
        + @")\s+to|planning\s+to|expected\s+to|expects?\s+to|intends?\s+to|next(?!\s+(?:to|door)\b)|coming|upcoming|tomorrow|(?<!\b(?:did|didn't|not|never|to|in|of|for|on|at|by|with|the|a|an|his|her|its|their|our|whose|no|any|this|that|air|business)\s+)(?:"
        + LexiconData.Alternation(cues.ScheduledEventVerbs)
        + @"))|(?<future>(?:set|planned|scheduled|slated)\s+for|payable|(?:is|are)\s+(?:now\s+)?expected)|(?<present>is|are|am)|(?<past>had\s+been\s+(?:due|scheduled|set|expected|planned|supposed)|was|were|had|did|ago|since|"
        + LexiconData.Alternation(cues.IrregularPastForms)
        + @"|(?<!\b(?:is|are|am|be|being|a|an|the|still|yet|as|to|will|would|shall|can|could|may|might|must|should|'ll|not|never)\s+)(?:"
        + LexiconData.Alternation(cues.PastOrParticiple)
        + @"|(?-i:[a-z]{2,}[^e\W]ed))))\b|(?<future>'ll)\b";
}
