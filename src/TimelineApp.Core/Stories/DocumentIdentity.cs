using System.Text;
using TimelineApp.Core.Documents;

namespace TimelineApp.Core.Stories;

/// <summary>
/// What makes a document the same document in another capture or another processing: its address, else its source and
/// headline, compared loosely (case, spacing and punctuation differ between scrapes of one page; the words do not).
/// Stories merge captures by it, and corrections are keyed to it.
/// </summary>
public static class DocumentIdentity
{
    public static string Of(NewsDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return document.Url is { Length: > 0 } url
            ? "url:" + url.Trim().TrimEnd('/').ToLowerInvariant()
            : "doc:" + Loose(document.Source ?? string.Empty) + "|" + Loose(document.Title);
    }

    /// <summary>The words of a text, lower-cased, one space apart, without punctuation.</summary>
    public static string Loose(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var sb = new StringBuilder(text.Length);
        bool space = false;
        foreach (char c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                if (space && sb.Length > 0)
                {
                    sb.Append(' ');
                }

                sb.Append(char.ToLowerInvariant(c));
                space = false;
            }
            else
            {
                space = true;
            }
        }

        return sb.ToString();
    }
}
