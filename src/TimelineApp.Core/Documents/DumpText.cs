using System.Text;

namespace TimelineApp.Core.Documents;

/// <summary>
/// Turns uploaded bytes into text, refusing what is not text: NUL bytes or many control characters mean binary,
/// and bytes that are not valid UTF-8 (after an optional BOM; UTF-16 with a BOM is accepted too) are rejected
/// rather than silently replaced, so a wrongly encoded file is reported instead of becoming garbage events.
/// </summary>
public static class DumpText
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static string Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.IsEmpty)
        {
            throw new DumpFormatException(DumpProblem.Empty, "The file is empty: expected a text dump or JSON articles.");
        }

        string text;
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            var encoding = bytes[0] == 0xFF ? Encoding.Unicode : Encoding.BigEndianUnicode;
            text = encoding.GetString(bytes[2..]);
        }
        else
        {
            if (bytes.IndexOf((byte)0) >= 0)
            {
                throw new DumpFormatException(DumpProblem.Binary, "The file looks binary (it contains NUL bytes): expected a UTF-8 text dump or JSON articles.");
            }

            if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
            {
                bytes = bytes[3..];
            }

            try
            {
                text = StrictUtf8.GetString(bytes);
            }
            catch (DecoderFallbackException)
            {
                throw new DumpFormatException(DumpProblem.InvalidEncoding, "The file is not valid UTF-8 text. Save it as UTF-8 and upload it again.");
            }
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

        return text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
    }
}
