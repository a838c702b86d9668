using NodaTime;
using NodaTime.Text;
using TimelineApp.Core.Dates;
using TimelineApp.Core.Text;

namespace TimelineApp.Core.Tests.Acceptance;

/// <summary>
/// A time-mention finder that knows the answers: it finds each expected event's phrase next to its evidence and
/// offers exactly the expected interval. With it the pipeline's actors, countries, events and merging are
/// checked on their own, whatever the state of date resolution.
/// </summary>
public sealed class GoldTimeFinder(IEnumerable<ExpectedEvent> events) : ITimeMentionFinder
{
    private readonly List<ExpectedEvent> _events = [.. events.Where(e => e.Evidence is not null && e.Phrase is not null)];

    public IReadOnlyList<TimeMention> Find(string text, LocalDateTime reference)
    {
        var mentions = new List<TimeMention>();
        foreach (var e in _events)
        {
            int at = text.IndexOf(e.Evidence!, StringComparison.Ordinal);
            if (at < 0)
            {
                continue;
            }

            int phrase = text.IndexOf(e.Phrase!, at, StringComparison.Ordinal);
            if (phrase < 0 || phrase > at + e.Evidence!.Length + 200)
            {
                int before = text.LastIndexOf(e.Phrase!, at, StringComparison.Ordinal);
                phrase = before >= 0 && at - before < 200 ? before : -1;
            }

            if (phrase < 0 || mentions.Any(m => m.Span.Start == phrase))
            {
                continue;
            }

            var start = LocalDatePattern.Iso.Parse(e.Start).GetValueOrThrow();
            var end = LocalDatePattern.Iso.Parse(e.End).GetValueOrThrow();
            var value = start == end
                ? new RecognizedValue(e.Start, "date", e.Start, null, null, null)
                : new RecognizedValue($"{e.Start}/{e.End}", "daterange", null, e.Start, LocalDatePattern.Iso.Format(end.PlusDays(1)), null);
            mentions.Add(new TimeMention(new TextSpan(phrase, phrase + e.Phrase!.Length), e.Phrase!, "gold", [value]));
        }

        return [.. mentions.OrderBy(m => m.Span.Start)];
    }
}
