namespace TimelineApp.Core.Text;

/// <summary>
/// Where a sentence too long to handle whole is cut: at the last clause boundary (";", ":", ",", a dash) in the
/// second half of the allowed length, so a piece is a readable clause rather than half a name; else at the last
/// white space; else (a run without any, such as 100,000 digits) hard at the limit.
/// </summary>
public static class LongSentenceCut
{
    /// <summary>The end (exclusive) of the piece of <paramref name="text"/> that starts at <paramref name="start"/>.</summary>
    public static int End(string text, int start, int maxLength)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxLength, 2);
        int limit = start + maxLength;
        if (limit >= text.Length)
        {
            return text.Length;
        }

        // A clause boundary is the punctuation followed by white space; the piece keeps the punctuation.
        int half = start + (maxLength / 2);
        for (int i = limit - 1; i > half; i--)
        {
            if (char.IsWhiteSpace(text[i]) && text[i - 1] is ';' or ':' or ',' or '\u2014' or '\u2013')
            {
                return i;
            }
        }

        int space = text.LastIndexOf(' ', limit - 1, limit - start);
        return space > start ? space : limit;
    }
}
