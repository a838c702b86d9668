namespace TimelineApp.Core.Text;

/// <summary>
/// A text as sentence-sized pieces: its sentences (<see cref="SentenceSplitter"/>), those longer than
/// <see cref="MaxLength"/> cut at white space. Regex work over news text goes piece by piece, so that its cost
/// and its timeouts are bounded by a piece, never by the size of a dump (a 2 MB line without a full stop is
/// 2,000 pieces, not one 2 MB input).
/// </summary>
public static class TextPieces
{
    /// <summary>Longest piece; longer sentences are cut at white space (or hard, in a run without any).</summary>
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
                int end = Math.Min(start + MaxLength, sentence.Text.Length);
                if (end < sentence.Text.Length)
                {
                    int space = sentence.Text.LastIndexOf(' ', end - 1, end - start);
                    end = space > start ? space : end;
                }

                yield return new Sentence(sentence.Index, new TextSpan(sentence.Span.Start + start, sentence.Span.Start + end), sentence.Text[start..end]);
                start = end;
            }
        }
    }
}
