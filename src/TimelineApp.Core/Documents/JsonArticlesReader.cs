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
        else if (WholeObject(text) is { } whole)
        {
            // One article spread over several lines, or a news API's reply that wraps its articles
            // ({"status": "ok", "articles": [...]}).
            if (Wrapped(whole) is { } wrapped)
            {
                int n = 0;
                foreach (var item in wrapped.EnumerateArray())
                {
                    n++;
                    Add(documents, item, $"article {n}", capture, maxDocuments);
                }
            }
            else
            {
                Add(documents, whole, "the article", capture, maxDocuments);
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

    // The whole text as one JSON object, when it is one; JSON Lines (several objects) is not, and is read line by line.
    private static JsonElement? WholeObject(string text)
    {
        try
        {
            return JsonSerializer.Deserialize<JsonElement>(text, Options) is { ValueKind: JsonValueKind.Object } whole ? whole : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static readonly string[] WrapperNames = ["articles", "items", "results", "data", "news"];

    private static JsonElement? Wrapped(JsonElement whole) =>
        WrapperNames.Select(name => whole.TryGetProperty(name, out var list) && list.ValueKind == JsonValueKind.Array ? list : (JsonElement?)null)
            .FirstOrDefault(list => list is not null);

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
        string? body = Text(item, where, "text") ?? Text(item, where, "body") ?? Text(item, where, "content") ?? Text(item, where, "description");
        if (string.IsNullOrWhiteSpace(title) && string.IsNullOrWhiteSpace(body))
        {
            throw new DumpFormatException(DumpProblem.InvalidJson, $"{Capitalize(where)} has neither \"title\" nor \"text\": {Expected}.");
        }

        if (documents.Count >= maxDocuments)
        {
            throw new DumpFormatException(DumpProblem.TooManyDocuments, $"The dump has more than {maxDocuments} articles, the most one upload may hold.");
        }

        var (cleanBody, credits) = CreditStripper.Strip((body ?? string.Empty).Replace("\r\n", "\n", StringComparison.Ordinal));
        string? source = Text(item, where, "source") ?? Text(item, where, "publisher") ?? NamedSource(item, where);
        var published = PublishedFields.Select(name => Epoch(item, where, name) ?? Text(item, where, name)).FirstOrDefault(v => v is not null) is { } value
            ? ReadPublished(value, capture)
            : new PublicationTime(capture.At, PublicationBasis.Assumed, "no publication field (\"published\", \"date\", \"pubDate\", …); the capture time stands in");
        documents.Add(new NewsDocument(documents.Count, source, (title ?? FirstWords(cleanBody)).Trim(), cleanBody, published, credits, Text(item, where, "url")));
    }

    // News APIs give the source as an object: "source": {"id": "reuters", "name": "Reuters"}.
    private static string? NamedSource(JsonElement item, string where) =>
        item.TryGetProperty("source", out var source) && source.ValueKind == JsonValueKind.Object ? Text(source, where, "name") : null;

    // The names scrapers and feeds give the publication time, most specific first.
    private static readonly string[] PublishedFields = ["published", "publishedAt", "published_at", "datePublished", "pubDate", "date"];

    // An epoch timestamp ("published": 1752314400, or in milliseconds) as an ISO instant, so it reads like the rest.
    // Numbers below 100,000,000 (1973) are not taken for timestamps: "2025" is a year, not 34 minutes after 1970.
    private static string? Epoch(JsonElement item, string where, string name)
    {
        if (!item.TryGetProperty(name, out var p))
        {
            return null;
        }

        long n;
        if (p.ValueKind == JsonValueKind.Number)
        {
            if (!p.TryGetInt64(out n))
            {
                return null;
            }
        }
        else if (!long.TryParse(Text(item, where, name), NumberStyles.None, CultureInfo.InvariantCulture, out n))
        {
            return null;
        }

        return n is >= 100_000_000 and < 32_503_680_000_000
            ? InstantPattern.ExtendedIso.Format(n > 100_000_000_000 ? Instant.FromUnixTimeMilliseconds(n) : Instant.FromUnixTimeSeconds(n))
            : null;
    }

    private static PublicationTime ReadPublished(string? value, Capture capture)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return new PublicationTime(capture.At, PublicationBasis.Assumed, "empty publication field; the capture time stands in");
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
