using System.Text.RegularExpressions;
using TimelineApp.Core.Text;

namespace TimelineApp.Core.Dates;

/// <summary>
/// Tense of the clause around a time phrase from cue words alone (after HeidelTime's <c>getLastTense</c> and
/// SUTime's two-token window, approximated without a tagger):
/// <list type="bullet">
/// <item>The clause is cut at sentence ends, semicolons, quotes and ", which/that/when", so a reporting verb
/// ("said") in one clause does not decide the tense of another.</item>
/// <item>The nearest cue before the phrase wins; only when there is none does the first cue after it decide.</item>
/// <item>Forward cues: will, 'll, shall, won't, going to, is/are to, due, scheduled, set to, plan(s/ned) to,
/// expected to, likely to, as soon as, as early as, next, coming, upcoming. "would" is neutral: in news it is mostly reported speech.</item>
/// <item>A deadline word right before the phrase ("by", "until", "effective") points forward.</item>
/// <item>Past cues: was, were, had, did, since, ago, closed list of irregular past forms, and -ed words except
/// passives that point forward ("is planned for October").</item>
/// </list>
/// </summary>
public static partial class ClauseTense
{
    /// <summary>The tense of the clause of <paramref name="text"/> that holds <paramref name="span"/>.</summary>
    public static Tense Of(string text, TextSpan span)
    {
        ArgumentNullException.ThrowIfNull(text);
        var clause = ClauseSpan(text, span);
        string before = text[clause.Start..span.Start];
        if (DeadlineWord().IsMatch(before))
        {
            return Tense.Future; // "by February", "until Tuesday", "effective Feb. 1": a deadline lies ahead
        }

        string after = text[span.End..clause.End];
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

    private static bool IsBoundary(string text, int i) => text[i] switch
    {
        '.' => i + 1 >= text.Length || char.IsWhiteSpace(text[i + 1]),
        ';' or '\n' or '"' or '!' or '?' or '\u201C' or '\u201D' => true,
        _ => false,
    };

    [GeneratedRegex(@"\b(?:by|until|till|effective)\s+$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex DeadlineWord();

    private static Tense Classify(Match cue) => cue.Groups["future"].Success ? Tense.Future : Tense.Past;

    // Forward cues are listed first so that "is scheduled", "is expected to", "was due" read forward.
    [GeneratedRegex(
        @"\b(?:(?<future>will|shall|won't|wo n't|going\s+to|as\s+soon\s+as|as\s+early\s+as|likely\s+to|planning|plans|(?:is|are|am)\s+to|due|scheduled|set\s+to|plans?\s+to|planned\s+to|planning\s+to|expected\s+to|expects?\s+to|intends?\s+to|next|coming|upcoming|tomorrow)|(?<past>was|were|had|did|ago|since|said|told|met|went|came|took|gave|held|began|rose|fell|won|lost|left|made|sold|bought|paid|became|saw|found|got|kept|led|brought|thought|felt|spoke|wrote|ran|struck|hit|shot|put|set|cut|quit|hurt|spent|sent|built|fought|drove|flew|knew|grew|threw|broke|chose|wore|(?<!\b(?:is|are|am|be|being)\s+)[a-z]{2,}[^e\W]ed))\b|(?<future>'ll)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Cue();
}
