using System.Text;

namespace TimelineApp.Core.Documents;

/// <summary>
/// Turns uploaded bytes into text, refusing what is not text: NUL bytes or many control characters mean binary,
/// and bytes that are not valid UTF-8 (after an optional BOM; UTF-16 with a BOM is accepted too) are rejected
/// rather than silently replaced, so a wrongly encoded file is reported instead of becoming garbage events.
/// The same holds for UTF-16: a lone surrogate or a stray last byte is refused, not turned into U+FFFD.
/// </summary>
public static class DumpText
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    private static readonly UnicodeEncoding StrictUtf16Le = new(bigEndian: false, byteOrderMark: false, throwOnInvalidBytes: true);
    private static readonly UnicodeEncoding StrictUtf16Be = new(bigEndian: true, byteOrderMark: false, throwOnInvalidBytes: true);

    public static string Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.IsEmpty)
        {
            throw new DumpFormatException(DumpProblem.Empty, "The file is empty: expected a text dump or JSON articles.");
        }

        string text;
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            var encoding = bytes[0] == 0xFF ? StrictUtf16Le : StrictUtf16Be;
            text = Strictly(encoding, bytes[2..], offset: 2, "UTF-16");
        }
        else
        {
            if (bytes.IndexOf((byte)0) >= 0)
            {
                throw new DumpFormatException(DumpProblem.Binary, "The file looks binary (it contains NUL bytes): expected a UTF-8 text dump or JSON articles.");
            }

            int bom = bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? 3 : 0;
            text = Strictly(StrictUtf8, bytes[bom..], bom, "UTF-8");
        }

        int controls = 0;
        foreach (char c in text)
        {
            if (char.IsControl(c) && c is not ('\n' or '\r' or '\t'))
            {
                controls++;
            }
        }

        if (controls > 16 && controls * 100 > text.Length)
        {
            throw new DumpFormatException(DumpProblem.Binary, "The file looks binary (too many control characters): expected a UTF-8 text dump or JSON articles.");
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            throw new DumpFormatException(DumpProblem.Empty, "The file holds only white space: expected a text dump or JSON articles.");
        }

        // A byte-order mark written twice (a file converted twice) decodes to U+FEFF characters that are not text.
        return text.TrimStart('\uFEFF').Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
    }

    // Decodes, or says where the first byte that does not belong to the encoding is (offset in the whole file).
    private static string Strictly(Encoding encoding, ReadOnlySpan<byte> bytes, int offset, string name)
    {
        try
        {
            return encoding.GetString(bytes);
        }
        catch (DecoderFallbackException e)
        {
            string where = e.Index >= 0 ? $" (the first bad byte is at offset {offset + e.Index:N0})" : string.Empty;
            throw new DumpFormatException(DumpProblem.InvalidEncoding, $"The file is not valid {name} text{where}. Save it as UTF-8 and upload it again.");
        }
    }
}
