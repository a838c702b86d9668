using System.Text.RegularExpressions;
using TimelineApp.Core.Text;
using TimelineApp.Core.Dates.Lexicon;

namespace TimelineApp.Core.Dates.Finding;

/// <summary>
/// Finds the time phrases the recognizer misses but news uses often, each kept only because it is a time
/// phrase more often than not (break-even is about 43% precision for value F1): the holidays the
/// recognizer does not know (Lexicon/Data/holidays.json: "Boxing Day", "Hogmanay", "Victoria Day"), "hourly"/"every hour" (a recurrence,
/// which the recognizer finds for "daily" but not for hours), "currently"/"current"
/// (present reference; "then current" is a past one), "these days", "the near/short term" and "a later date" (references),
/// "a while" and "the weeks ahead" (vague lengths), lengths with an added amount ("two more weeks", "an additional year"), "the first half", "(in) the past" not followed by a length (4 of 5 annotated in TBAQ), bare plurals after "for"/"over" ("for months", "for hours"), "within" ("within hours") and a verb of taking or lasting ("may take years"): TimeML's vague lengths (PXD, PXW, PXM, PXY, PTXH), "overnight" used as an adverb (the night before publication; "overnight rates" is an adjective and no time phrase), "the future", "recent years" (vague lengths), quarters referred back to ("the quarter",
/// "the latest quarter", "the year-earlier quarter"), "year-earlier"/"year-ago" used alone, and a year, month, day,
/// part of a day or week referred back to ("later that year", "that month", "earlier that day", "the same day",
/// "that night", "the next morning").
/// Their values come from the wording rules of <see cref="DateRules.Wording"/>, so they carry no candidates.
/// </summary>
public static partial class LexiconMentionFinder
{
    /// <summary>Lexicon mentions of <paramref name="text"/> that overlap none of <paramref name="existing"/>.</summary>
    public static IEnumerable<TimeMention> Find(string text, IReadOnlyList<TimeMention> existing)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(existing);
        // Sorted by start, each span's end raised to the furthest end so far: one binary search per phrase
        // instead of a scan of every mention (a 10 MB dump holds some 300,000).
        var starts = existing.Select(e => e.Span).OrderBy(s => s.Start).ToArray();
        var reach = new int[starts.Length];
        for (int i = 0; i < starts.Length; i++)
        {
            reach[i] = Math.Max(starts[i].End, i > 0 ? reach[i - 1] : int.MinValue);
        }

        // Piece by piece, as the recognizer reads: the regex timeout then bounds one sentence, not a whole dump.
        foreach (var piece in TextPieces.Of(text))
        {
            foreach (Match m in Phrase().Matches(piece.Text).Concat(AddedLength().Matches(piece.Text)))
            {
                var g = m.Groups["p"];
                var span = new TextSpan(piece.Span.Start + g.Index, piece.Span.Start + g.Index + g.Length);
                if (OverlapsAny(starts, reach, span))
                {
                    continue;
                }

                yield return new TimeMention(span, g.Value, "lexicon", []);
            }
        }
    }

    // "two more weeks", "an additional year": an amount added to a stretch is still a length; the recognizer misses the "more".
    private static readonly Regex AddedLengthRegex = LexiconData.Regex($@"\b(?<p>(?:{Amounts.NumberPattern})[\s-]+(?:more|additional|extra|further)\s+(?:{Amounts.UnitPattern}))\b(?![-\w])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    private static Regex AddedLength() => AddedLengthRegex;

    // The holidays of Lexicon/Data/holidays.json (proper names, so case-sensitive), then the other phrases.
    private static readonly Regex PhraseRegex = LexiconData.Regex(@"\b(?<p>(?-i:" + Holidays.NamePattern + @")|hourly|every\s+hour|then[\s-]+current|currently|current|these\s+days|the\s+(?:near|short)\s+term|a\s+later\s+date|(?<!\bonce\s+in\s+)a\s+while(?!\s+(?:ago|back))|the\s+(?:days|weeks|months|years)\s+ahead|the\s+(?:first|second)\s+half(?:\s+of\s+(?:the\s+year|\d{4}))?|(?:(?<=\b(?:for|over)\s+)(?:years|months|weeks|days|hours|minutes|decades|centuries)|(?<=\b(?:take|takes|took|taken|taking|lasted|lasts)\s+)(?:minutes|hours|days|weeks|months|years|decades))(?!\s+(?:of|ago|old|later|earlier|before|after))|(?<=\bwithin\s+)(?:minutes|hours|days|weeks|months|years)(?!\s+(?:ago|old|later|earlier|before|after))|overnight(?=\s*(?:[,.;:!?)\u2014\u2013\u201d]|$|\s(?:as|and|in|on|at|with|to|after|before|while|when|but|or|from|into|across|amid|near|outside|because|following|until|under)))|nowadays|the\s+(?:near\s+)?future|(?<=\b(?:in|from)\s+)the\s+past(?!\s+(?:\d|few|several|many|year|month|week|day|decade|quarter|century|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|fifty))|the\s+latest\s+period|(?:(?:later|earlier)\s+)?that\s+(?:same\s+)?(?:year|month|day|" + PartsOfDay.NamePattern + @"|week)|(?:(?:later|earlier)\s+)?the\s+same\s+(?:day|" + PartsOfDay.NamePattern + @"|week)|the\s+(?:following|next|previous|prior|preceding)\s+(?:" + PartsOfDay.NamePattern + @")|recent\s+(?:years|months|weeks|days|decades)|(?:the|that|the\s+same|the\s+latest|the\s+most\s+recent|the\s+just-ended|the\s+current|the\s+year-earlier|the\s+year-ago)\s+(?:fiscal\s+)?quarter|(?:the\s+)?year-(?:earlier|ago)(?:\s+(?:quarter|period))?)\b(?![-\w])", RegexOptions.IgnoreCase);

    private static Regex Phrase() => PhraseRegex;

    // Some mention overlaps span if one that starts before span ends also ends after span starts.
    private static bool OverlapsAny(TextSpan[] starts, int[] reach, TextSpan span)
    {
        int lo = 0, hi = starts.Length;
        while (lo < hi)
        {
            int mid = (lo + hi) / 2;
            if (starts[mid].Start < span.End)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        // starts[..lo] begin before span ends; the furthest of their ends decides.
        return lo > 0 && reach[lo - 1] > span.Start;
    }
}
