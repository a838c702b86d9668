using System.Text.RegularExpressions;
using NodaTime;
using NodaTime.Text;

namespace TimelineApp.Core.Dates;

/// <summary>
/// The named rules that choose among the recognizer's candidates for one phrase.
/// <list type="bullet">
/// <item><b>Same weekday</b>: a weekday equal to the publication's weekday is the publication day.</item>
/// <item><b>Forward clause</b>: "will", "is due to", "scheduled", "plans", "next"... pick the future reading.</item>
/// <item><b>Otherwise past</b>: news reports what happened; pick the most recent reading not after publication.</item>
/// </list>
/// </summary>
public static partial class ResolutionPolicy
{
    private static readonly LocalDatePattern RecognizerDate = LocalDatePattern.CreateWithInvariantCulture("uuuu-MM-dd");

    public static RecognizedValue Choose(TimeMention mention, string clause, LocalDateTime reference)
    {
        ArgumentNullException.ThrowIfNull(mention);
        var candidates = mention.Candidates;
        if (candidates.Count == 1)
        {
            return candidates[0];
        }

        var dated = candidates.Select(c => (Candidate: c, Date: DateOf(c))).Where(x => x.Date is not null).ToList();
        if (dated.Count < 2)
        {
            return candidates[0];
        }

        var today = reference.Date;
        if (IsWeekday(mention) && dated.FirstOrDefault(x => x.Date == today) is { Candidate: not null } same && !LastOrNext().IsMatch(mention.Text))
        {
            return same.Candidate;
        }

        bool forward = PointsForward().IsMatch(clause);
        var ordered = dated.OrderBy(x => x.Date).ToList();
        return forward
            ? (ordered.FirstOrDefault(x => x.Date >= today).Candidate ?? ordered[^1].Candidate)
            : (ordered.LastOrDefault(x => x.Date <= today).Candidate ?? ordered[0].Candidate);
    }

    private static bool IsWeekday(TimeMention mention) => mention.Candidates.Any(c => c.Timex.StartsWith("XXXX-WXX-", StringComparison.Ordinal));

    private static LocalDate? DateOf(RecognizedValue candidate)
    {
        string? v = candidate.Value ?? candidate.Start;
        if (v is null || v.Length < 10)
        {
            return null;
        }

        var parsed = RecognizerDate.Parse(v[..10]);
        return parsed.Success ? parsed.Value : null;
    }

    [GeneratedRegex(@"\b(?:will|would|'ll|is due|are due|was due|were due|due to|scheduled|set to|plans?|planned|planning|next|is expected|are expected|expects?|upcoming|coming|to be held|going to)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PointsForward();

    [GeneratedRegex(@"\b(?:last|next|past|previous|this|coming)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LastOrNext();
}
