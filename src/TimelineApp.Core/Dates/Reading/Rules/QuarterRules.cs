using System.Globalization;
using System.Text.RegularExpressions;
using NodaTime;
using TimelineApp.Core.Dates.Lexicon;
using TimelineApp.Core.Dates.Placing;

namespace TimelineApp.Core.Dates.Reading.Rules;

/// <summary>
/// Parts of the (fiscal) year as earnings news names them: "the year ended …", "the quarter ended Sept. 30", "the
/// full year", "the 1988 period", "the quarter", "the year-ago quarter", "the third quarter of fiscal 2026", "Q3",
/// "H1 2025", "the first half".
/// </summary>
internal static class QuarterRules
{
    /// <summary>year.ended: "the year ended March 31" is a fiscal year: a length of one year.</summary>
    public static RuleOutcome YearEnded(PhraseInput p) =>
        PhrasePatterns.YearEnded().IsMatch(p.Text) && PhrasePatterns.EndedClause().IsMatch(p.Following)
            ? RuleOutcome.Read(new TimeReading(TimexType.Duration, "P1Y", "'the year ended …' is a fiscal year: a length of one year"))
            : RuleOutcome.Skip;

    /// <summary>quarter.ended: "the quarter ended Sept. 30": the quarter that lies mostly before its end date.</summary>
    public static RuleOutcome QuarterEnded(PhraseInput p)
    {
        if (!PhrasePatterns.QuarterReference().IsMatch(p.Text) || PhrasePatterns.QuarterEnded().Match(p.Following) is not { Success: true } ended)
        {
            return RuleOutcome.Skip;
        }

        var dct = p.Dct;
        int endMonth = TimexText.MonthNumber(ended.Groups["m"].Value);
        int month = endMonth == 1 ? 12 : endMonth - 1;
        int year = month > dct.Month ? dct.Year - 1 : dct.Year;
        return RuleOutcome.Read(new TimeReading(TimexType.Date, TimexValues.Quarter(year, ((month - 1) / 3) + 1), $"'the quarter ended' a date → the quarter that ends then"));
    }

    /// <summary>year.full: "forecast an increase for the full year": the whole current year, a calendar name rather than a length.</summary>
    public static RuleOutcome FullYear(PhraseInput p) =>
        PhrasePatterns.FullYear().IsMatch(p.Text)
            ? RuleOutcome.Read(new TimeReading(TimexType.Date, TimexValues.Year(p.Dct.Year), "'the full year' → the whole year of publication"))
            : RuleOutcome.Skip;

    /// <summary>quarter.year-period: "the 1988 period": the quarter under discussion (or the reported stretch) in that year.</summary>
    public static RuleOutcome YearPeriod(PhraseInput p)
    {
        if (PhrasePatterns.YearPeriod().Match(p.Text) is not { Success: true } yearPeriod)
        {
            return RuleOutcome.Skip;
        }

        string y = yearPeriod.Groups["y"].Value;
        if (p.Context.ReportedLengthYear(p.Dct) is not null)
        {
            return RuleOutcome.Read(new TimeReading(TimexType.Date, y, $"'the {y} period' after a reported stretch of months → that stretch in {y}, written as the year"));
        }

        return RuleOutcome.Read(p.Context.LastQuarter(p.Dct) is { } q
            ? new TimeReading(TimexType.Date, y + q[4..], $"'the {y} period' → the quarter last mentioned ({q}) in {y}", FromEarlierMention: !q.StartsWith(y, StringComparison.Ordinal))
            : new TimeReading(TimexType.Date, y, "a period of a named year"));
    }

    /// <summary>quarter.reference: "the quarter", "the latest quarter", "the year-ago quarter", "next quarter".</summary>
    public static RuleOutcome Reference(PhraseInput p)
    {
        if (!PhrasePatterns.QuarterReference().IsMatch(p.Text) || PhrasePatterns.OrdinalPart().IsMatch(p.Text))
        {
            return RuleOutcome.Skip;
        }

        var (dct, context) = (p.Dct, p.Context);
        int current = ((dct.Month - 1) / 3) + 1;
        string lower = p.Text.ToLowerInvariant();
        if (lower.Contains("year-earlier", StringComparison.Ordinal) || lower.Contains("year-ago", StringComparison.Ordinal) || lower.Contains("year earlier", StringComparison.Ordinal) || lower.Contains("year ago", StringComparison.Ordinal) || lower.EndsWith(" last year", StringComparison.Ordinal))
        {
            if (lower.Contains("period", StringComparison.Ordinal) && OffsetRules.YearBeforeReportedLength(dct, context) is { } stretch)
            {
                return RuleOutcome.Read(stretch);
            }

            string baseQuarter = context.LastQuarter(dct) ?? TimexText.PreviousQuarter(dct.Year, current);
            return RuleOutcome.Read(new TimeReading(TimexType.Date, TimexText.ShiftYear(baseQuarter, -1) ?? baseQuarter, $"the same quarter a year before {baseQuarter}", FromEarlierMention: true));
        }

        if (lower.Contains("current", StringComparison.Ordinal) || lower.StartsWith("this ", StringComparison.Ordinal) || lower.Contains("next", StringComparison.Ordinal))
        {
            var (y, q) = lower.Contains("next", StringComparison.Ordinal) ? (current == 4 ? dct.Year + 1 : dct.Year, (current % 4) + 1) : (dct.Year, current);
            return RuleOutcome.Read(new TimeReading(TimexType.Date, TimexValues.Quarter(y, q), "the quarter of publication (or the next)"));
        }

        if (lower.StartsWith("last ", StringComparison.Ordinal) || lower.Contains("previous", StringComparison.Ordinal))
        {
            return RuleOutcome.Read(new TimeReading(TimexType.Date, TimexText.PreviousQuarter(dct.Year, current), "the quarter before publication"));
        }

        if (lower.Contains("latest", StringComparison.Ordinal) || lower.Contains("recent", StringComparison.Ordinal) || lower.Contains("just", StringComparison.Ordinal))
        {
            return RuleOutcome.Read(new TimeReading(TimexType.Date, TimexText.PreviousQuarter(dct.Year, current), "the latest quarter → the last one completed before publication"));
        }

        return RuleOutcome.Read(context.LastQuarter(dct) is { } lastQuarter
            ? new TimeReading(TimexType.Date, lastQuarter, "the last quarter mentioned")
            : new TimeReading(TimexType.Date, TimexText.PreviousQuarter(dct.Year, current), "no quarter mentioned yet → the last completed quarter"));
    }

    /// <summary>
    /// quarter.fiscal: "the third quarter of fiscal 2026" → 2026-Q3. Companies' fiscal years start in different months;
    /// TimeML writes the part with the fiscal year's own label, as the company does.
    /// </summary>
    public static RuleOutcome Fiscal(PhraseInput p)
    {
        if (PhrasePatterns.FiscalPart().Match(p.Text) is not { Success: true } fiscal)
        {
            return RuleOutcome.Skip;
        }

        string y = fiscal.Groups["y"].Value;
        int n = fiscal.Groups["qn"].Success ? fiscal.Groups["qn"].Value[0] - '0'
            : fiscal.Groups["hn"].Success ? fiscal.Groups["hn"].Value[0] - '0'
            : fiscal.Groups["ord"].Value.ToUpperInvariant() switch { "FIRST" or "1ST" => 1, "SECOND" or "2ND" => 2, "THIRD" or "3RD" => 3, _ => 4 };
        bool isHalf = fiscal.Groups["h"].Success || fiscal.Groups["hn"].Success;
        return RuleOutcome.Read(new TimeReading(TimexType.Date, isHalf ? $"{y}-H{n}" : $"{y}-Q{n}", $"a {(isHalf ? "half" : "quarter")} of fiscal {y}, with the fiscal year's label"));
    }

    /// <summary>quarter.abbreviation: "Q3", "Q2 2025", "H1 2025"; without a year, by the same rules as "the third quarter".</summary>
    public static RuleOutcome Abbreviation(PhraseInput p) =>
        PhrasePatterns.PartAbbreviation().Match(p.Text) is { Success: true } abbreviation ? RuleOutcome.Read(PartOfYear(abbreviation, p.Dct, p.Tense)) : RuleOutcome.Skip;

    /// <summary>half.named: "the first half", "the second half of 1989", "the last half of 1989".</summary>
    public static RuleOutcome Half(PhraseInput p)
    {
        if (PhrasePatterns.Half().Match(p.Text) is not { Success: true } half)
        {
            return RuleOutcome.Skip;
        }

        var dct = p.Dct;
        int h = half.Groups["h"].Value.Equals("first", StringComparison.OrdinalIgnoreCase) ? 1 : 2;
        int currentHalf = dct.Month <= 6 ? 1 : 2;
        int year = half.Groups["y"].Success ? int.Parse(half.Groups["y"].Value, CultureInfo.InvariantCulture) : (h <= currentHalf ? dct.Year : dct.Year - 1);
        return RuleOutcome.Read(new TimeReading(TimexType.Date, $"{TimexValues.Year(year)}-H{h}", half.Groups["y"].Success ? "a half of a named year" : "no year → the most recent such half not after publication"));
    }

    private static TimeReading PartOfYear(Match abbreviation, LocalDate dct, Tense tense)
    {
        bool named = abbreviation.Groups["y"].Success;
        int? givenYear = named ? int.Parse(abbreviation.Groups["y"].Value, CultureInfo.InvariantCulture) : null;
        if (abbreviation.Groups["q"].Success)
        {
            int q = abbreviation.Groups["q"].Value[0] - '0';
            if (givenYear is { } y)
            {
                return new TimeReading(TimexType.Date, TimexValues.Quarter(y, q), $"'Q{q}' is the {TimexText.Ordinal(q)} quarter: a quarter of a named year");
            }

            var (year, rule) = ResolutionPolicy.QuarterYear(q, dct, tense, RelativeDirection.None);
            return new TimeReading(TimexType.Date, TimexValues.Quarter(year, q), $"'Q{q}' is the {TimexText.Ordinal(q)} quarter: {rule.Text}").By(rule);
        }

        int h = abbreviation.Groups["h"].Value[0] - '0';
        int currentHalf = dct.Month <= 6 ? 1 : 2;
        int halfYear = givenYear ?? (h <= currentHalf || tense == Tense.Future ? dct.Year : dct.Year - 1);
        return new TimeReading(TimexType.Date, $"{TimexValues.Year(halfYear)}-H{h}", givenYear is null ? "'H' + a half with no year → the most recent such half, or the coming one in a forward clause" : "a half of a named year");
    }
}
