using System.Globalization;
using System.Text.Json;
using NodaTime;
using NodaTime.Text;

namespace TimelineApp.Core.Documents;

/// <summary>
/// Reads scraper output: a JSON array of articles or JSON Lines, one article per line, each with
/// <c>title</c>, <c>source</c>, <c>published</c>, <c>text</c> or <c>body</c>, and optionally <c>url</c>.
/// </summary>
public static class JsonArticlesReader
{
    private const string Expected = "expected a JSON array of articles or JSON Lines, each an object with \"title\" and \"text\" (or \"body\"), and optionally \"source\", \"published\", \"url\"";

    // Parsed through the serializer rather than JsonDocument.Parse because only the serializer reports where a
    // duplicate property is (JsonDocument's duplicate check throws without a line or position). An article is
    // flat, so 16 levels is plenty; the limit turns 10,000 nested arrays into an error instead of deep work.
    // Duplicates are refused because which of two "published" values a scraper meant cannot be known.
    private static readonly JsonSerializerOptions Options = new()
    {
        AllowTrailingCommas = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
        MaxDepth = 16,
        AllowDuplicateProperties = false,
    };

    public static IReadOnlyList<NewsDocument> Read(string text, Capture capture, int maxDocuments)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(capture);
        var documents = new List<NewsDocument>();
        if (text.TrimStart().StartsWith('['))
        {
            // The untrimmed text, so that the line numbers in errors are the file's own. A list rather than one
            // JsonElement: the serializer then reports a duplicate key at the end of the article holding it,
            // where as a single element it would point at the end of the whole array.
            var articles = Parse<List<JsonElement>>(text, firstLine: 1) ?? [];

            int n = 0;
            foreach (var item in articles)
            {
                n++;
                Add(documents, item, $"article {n}", capture, maxDocuments);
            }
        }
        else
        {
            int lineNumber = 0;
            foreach (string line in text.Split('\n'))
            {
                lineNumber++;
                if (string.IsNullOrWhiteSpace(line))
                {
                    continue;
                }

                Add(documents, Parse<JsonElement>(line, firstLine: lineNumber), $"line {lineNumber}", capture, maxDocuments);
            }
        }

        return documents;
    }

    // firstLine is the file line the text starts on: 1 for a whole array, the line itself for JSON Lines.
    private static T? Parse<T>(string text, int firstLine)
    {
        try
        {
            return JsonSerializer.Deserialize<T>(text, Options);
        }
        catch (JsonException e)
        {
            long line = firstLine + (e.LineNumber ?? 0);
            string position = e.BytePositionInLine is { } p ? $", byte {p + 1}" : string.Empty;
            throw new DumpFormatException(DumpProblem.InvalidJson, $"Invalid JSON at line {line}{position}: {Reason(e)} {Capitalize(Expected)}.");
        }
    }

    // The library says what is wrong ("Duplicate property 'title' …", "The maximum configured depth of 16 has
    // been exceeded …", "'x' is invalid after a single JSON value …"); its own location suffix counts lines and
    // bytes from 0 and is dropped, since the message above already gives them counted from 1.
    private static string Reason(JsonException e)
    {
        string message = e.Message;
        int suffix = message.IndexOf(" Path: ", StringComparison.Ordinal);
        if (suffix < 0)
        {
            suffix = message.IndexOf(" LineNumber: ", StringComparison.Ordinal);
        }

        return (suffix < 0 ? message : message[..suffix]).Trim();
    }

    private static void Add(List<NewsDocument> documents, JsonElement item, string where, Capture capture, int maxDocuments)
    {
        if (item.ValueKind != JsonValueKind.Object)
        {
            throw new DumpFormatException(DumpProblem.InvalidJson, $"{Capitalize(where)} is not an object: {Expected}.");
        }

        string? title = Text(item, where, "title") ?? Text(item, where, "headline");
        string? body = Text(item, where, "text") ?? Text(item, where, "body") ?? Text(item, where, "content");
        if (string.IsNullOrWhiteSpace(title) && string.IsNullOrWhiteSpace(body))
        {
            throw new DumpFormatException(DumpProblem.InvalidJson, $"{Capitalize(where)} has neither \"title\" nor \"text\": {Expected}.");
        }

        if (documents.Count >= maxDocuments)
        {
            throw new DumpFormatException(DumpProblem.TooManyDocuments, $"The dump has more than {maxDocuments} articles, the most one upload may hold.");
        }

        var (cleanBody, credits) = CreditStripper.Strip((body ?? string.Empty).Replace("\r\n", "\n", StringComparison.Ordinal));
        string? source = Text(item, where, "source") ?? Text(item, where, "publisher");
        var published = ReadPublished(Text(item, where, "published") ?? Text(item, where, "date") ?? Text(item, where, "publishedAt"), capture);
        documents.Add(new NewsDocument(documents.Count, source, (title ?? FirstWords(cleanBody)).Trim(), cleanBody, published, credits, Text(item, where, "url")));
    }

    private static PublicationTime ReadPublished(string? value, Capture capture)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return new PublicationTime(capture.At, PublicationBasis.Assumed, "no \"published\" field; the capture time stands in");
        }

        string v = value.Trim();
        var offset = OffsetDateTimePattern.ExtendedIso.Parse(v);
        if (offset.Success)
        {
            return new PublicationTime(offset.Value.ToInstant(), PublicationBasis.Explicit, v);
        }

        var instant = InstantPattern.ExtendedIso.Parse(v);
        if (instant.Success)
        {
            return new PublicationTime(instant.Value, PublicationBasis.Explicit, v);
        }

        var local = LocalDateTimePattern.ExtendedIso.Parse(v);
        if (local.Success)
        {
            return new PublicationTime(local.Value.InZoneLeniently(capture.Zone).ToInstant(), PublicationBasis.Explicit, v);
        }

        var date = LocalDatePattern.Iso.Parse(v);
        if (date.Success)
        {
            return new PublicationTime(RelativeAge.NoonOf(date.Value, capture.Zone), PublicationBasis.Explicit, v, IsDateOnly: true);
        }

        if (RelativeAge.TryParse(v, capture, out var relative))
        {
            return relative;
        }

        return new PublicationTime(capture.At, PublicationBasis.Assumed, $"unreadable \"published\" value; the capture time stands in");
    }

    private static string? Text(JsonElement item, string where, string name)
    {
        if (!item.TryGetProperty(name, out var p) || p.ValueKind != JsonValueKind.String)
        {
            return null;
        }

        try
        {
            return p.GetString();
        }
        catch (InvalidOperationException)
        {
            // Valid JSON syntax, but an escape like "\ud800" is half a surrogate pair: no string can hold it,
            // and GetString says so with an InvalidOperationException that would otherwise escape the reader.
            throw new DumpFormatException(DumpProblem.InvalidJson, $"{Capitalize(where)}: \"{name}\" contains a \\u escape that is half of a surrogate pair, which is not text: {Expected}.");
        }
    }

    private static string FirstWords(string body) => string.Join(' ', body.Split(' ', StringSplitOptions.RemoveEmptyEntries).Take(12));

    private static string Capitalize(string s) => char.ToUpper(s[0], CultureInfo.InvariantCulture) + s[1..];
}
