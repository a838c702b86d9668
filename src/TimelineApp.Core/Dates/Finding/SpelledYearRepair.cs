using System.Globalization;
using System.Text.RegularExpressions;
using TimelineApp.Core.Dates.Lexicon;
using TimelineApp.Core.Text;

namespace TimelineApp.Core.Dates.Finding;

/// <summary>
/// Broadcast transcripts spell years out ("nineteen ninety-six"); the recognizer stops at "nineteen ninety"
/// and reads 1990. When the hyphenated unit digit follows, the span is extended over it and the year in every
/// candidate is corrected.
/// </summary>
public static partial class SpelledYearRepair
{
    public static TimeMention Repair(string text, TimeMention mention)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(mention);
        if (!SpelledDecadeEnd().IsMatch(mention.Text))
        {
            return mention;
        }

        var unit = UnitAfter().Match(text, mention.Span.End);
        if (!unit.Success || unit.Index != mention.Span.End)
        {
            return mention;
        }

        int digit = Amounts.Units.FirstOrDefault(u => u.Words.Equals(unit.Groups["u"].Value, StringComparison.OrdinalIgnoreCase))?.Value ?? 0;
        var year = YearIn().Match(mention.Candidates.Count > 0 ? mention.Candidates[0].Timex : string.Empty);
        if (digit < 1 || !year.Success)
        {
            return mention;
        }

        string decade = year.Value;
        string fixedYear = decade[..3] + digit.ToString(CultureInfo.InvariantCulture);
        var span = new TextSpan(mention.Span.Start, mention.Span.End + unit.Length);
        var candidates = mention.Candidates.Select(c => c with { Timex = c.Timex.Replace(decade, fixedYear, StringComparison.Ordinal) }).ToList();
        return mention with { Span = span, Text = text[span.Start..span.End], Candidates = candidates };
    }

    private static readonly Regex SpelledDecadeEndRegex = LexiconData.Regex($@"\b(?:{LexiconData.Alternation(Amounts.Tens.Select(t => t.Words))})$", RegexOptions.IgnoreCase);

    private static Regex SpelledDecadeEnd() => SpelledDecadeEndRegex;

    private static readonly Regex UnitAfterRegex = LexiconData.Regex($@"\G-(?<u>{Amounts.NumberWordPattern(1, 9)})\b", RegexOptions.IgnoreCase);

    private static Regex UnitAfter() => UnitAfterRegex;

    [GeneratedRegex(@"\d{3}0", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: RegexLimits.MatchTimeoutMilliseconds)]
    private static partial Regex YearIn();
}
