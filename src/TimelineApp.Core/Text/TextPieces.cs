namespace TimelineApp.Core.Text;

/// <summary>
/// A text as sentence-sized pieces: its sentences (<see cref="SentenceSplitter"/>), those longer than
/// <see cref="MaxLength"/> cut (<see cref="LongSentenceCut"/>). Work over news text goes piece by piece, so that its
/// cost, its output and its regex timeouts are bounded by a piece, never by the size of a dump (a 2 MB line without
/// a full stop is some 2,000 pieces, not one 2 MB input).
/// </summary>
public static class TextPieces
{
    /// <summary>
    /// Longest piece. Real news sentences stay far below it (the longest in our dumps and seeds is 559 characters,
    /// about 90 words), so it only ever cuts run-on lines: lists, tables and pasted junk without full stops. Every
    /// per-sentence step (clauses, titles, names, evidence) is then bounded by 1,000 characters.
    /// </summary>
    public const int MaxLength = 1_000;

    /// <summary>The pieces of <paramref name="text"/> in order, each with its span in the text.</summary>
    public static IEnumerable<Sentence> Of(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        foreach (var sentence in SentenceSplitter.Split(text))
        {
            if (sentence.Text.Length <= MaxLength)
            {
                yield return sentence;
                continue;
            }

            int start = 0;
            while (start < sentence.Text.Length)
            {
                int end = LongSentenceCut.End(sentence.Text, start, MaxLength);
                int pieceStart = start;
                while (pieceStart < end && char.IsWhiteSpace(sentence.Text[pieceStart]))
                {
                    pieceStart++; // the white space at a cut belongs to no piece, as between sentences
                }

                if (end > pieceStart)
                {
                    yield return new Sentence(sentence.Index, new TextSpan(sentence.Span.Start + pieceStart, sentence.Span.Start + end), sentence.Text[pieceStart..end]);
                }

                start = end;
            }
        }
    }
}
