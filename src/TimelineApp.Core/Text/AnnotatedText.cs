namespace TimelineApp.Core.Text;

/// <summary>
/// A document's text with its sentences, split once (<see cref="TextPieces"/>: sentences, a run-on line cut into
/// pieces of at most <see cref="TextPieces.MaxLength"/>) and read by every stage that works sentence by sentence:
/// actors, events, and (through the same <see cref="TextPieces"/>) the date finders. Splitting once keeps the
/// stages agreeing on where a sentence ends and saves doing the same work four times.
/// </summary>
/// <param name="Text">The text.</param>
/// <param name="Sentences">Its sentences in order, numbered from 0; each <see cref="Sentence.Span"/> points into <paramref name="Text"/>.</param>
public sealed record AnnotatedText(string Text, IReadOnlyList<Sentence> Sentences)
{
    /// <summary>Annotates <paramref name="text"/>.</summary>
    public static AnnotatedText Of(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        // Pieces of one long sentence share its index; here every piece is a sentence of its own, so event ids
        // made from the index stay unique.
        return new AnnotatedText(text, [.. TextPieces.Of(text).Select((s, i) => s with { Index = i })]);
    }

    /// <summary>
    /// For each sentence, the items that lie wholly inside it, in one pass over items sorted by start (not one
    /// pass over all items per sentence, which a text with thousands of sentences and mentions makes quadratic).
    /// </summary>
    public IReadOnlyList<IReadOnlyList<T>> Group<T>(IEnumerable<T> items, Func<T, TextSpan> spanOf)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(spanOf);
        var sorted = items.OrderBy(i => spanOf(i).Start).ToList();
        var groups = new IReadOnlyList<T>[Sentences.Count];
        int next = 0;
        for (int s = 0; s < Sentences.Count; s++)
        {
            var span = Sentences[s].Span;
            while (next < sorted.Count && spanOf(sorted[next]).Start < span.Start)
            {
                next++;
            }

            var inside = new List<T>();
            for (int k = next; k < sorted.Count && spanOf(sorted[k]).Start < span.End; k++)
            {
                if (spanOf(sorted[k]).End <= span.End)
                {
                    inside.Add(sorted[k]);
                }
            }

            groups[s] = inside;
        }

        return groups;
    }
}
