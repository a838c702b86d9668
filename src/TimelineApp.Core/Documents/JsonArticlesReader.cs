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

    private static readonly JsonDocumentOptions Options = new() { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip, MaxDepth = 16 };

    public static IReadOnlyList<NewsDocument> Read(string text, Capture capture, int maxDocuments)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(capture);
        var documents = new List<NewsDocument>();
        string trimmed = text.TrimStart();
        if (trimmed.StartsWith('['))
        {
            using var json = Parse(trimmed, "the file");
            if (json.RootElement.ValueKind != JsonValueKind.Array)
            {
                throw new DumpFormatException(DumpProblem.InvalidJson, $"Unexpected JSON: {Expected}.");
            }

            int n = 0;
            foreach (var item in json.RootElement.EnumerateArray())
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

                using var json = Parse(line, $"line {lineNumber}");
                Add(documents, json.RootElement, $"line {lineNumber}", capture, maxDocuments);
            }
        }

        return documents;
    }

    private static JsonDocument Parse(string text, string where)
    {
        try
        {
            return JsonDocument.Parse(text, Options);
        }
        catch (JsonException e)
        {
            throw new DumpFormatException(DumpProblem.InvalidJson, $"Invalid JSON in {where} (line {e.LineNumber + 1}): {Expected}.");
        }
    }

    private static void Add(List<NewsDocument> documents, JsonElement item, string where, Capture capture, int maxDocuments)
    {
        if (item.ValueKind != JsonValueKind.Object)
        {
            throw new DumpFormatException(DumpProblem.InvalidJson, $"{Capitalize(where)} is not an object: {Expected}.");
        }

        string? title = Text(item, "title") ?? Text(item, "headline");
        string? body = Text(item, "text") ?? Text(item, "body") ?? Text(item, "content");
        if (string.IsNullOrWhiteSpace(title) && string.IsNullOrWhiteSpace(body))
        {
            throw new DumpFormatException(DumpProblem.InvalidJson, $"{Capitalize(where)} has neither \"title\" nor \"text\": {Expected}.");
        }

        if (documents.Count >= maxDocuments)
        {
            throw new DumpFormatException(DumpProblem.TooManyDocuments, $"The dump has more than {maxDocuments} articles, the most one upload may hold.");
        }

        var (cleanBody, credits) = CreditStripper.Strip((body ?? string.Empty).Replace("\r\n", "\n", StringComparison.Ordinal));
        string? source = Text(item, "source") ?? Text(item, "publisher");
        var published = ReadPublished(Text(item, "published") ?? Text(item, "date") ?? Text(item, "publishedAt"), capture);
        documents.Add(new NewsDocument(documents.Count, source, (title ?? FirstWords(cleanBody)).Trim(), cleanBody, published, credits, Text(item, "url")));
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

    private static string? Text(JsonElement item, string name) =>
        item.TryGetProperty(name, out var p) && p.ValueKind == JsonValueKind.String ? p.GetString() : null;

    private static string FirstWords(string body) => string.Join(' ', body.Split(' ', StringSplitOptions.RemoveEmptyEntries).Take(12));

    private static string Capitalize(string s) => char.ToUpper(s[0], CultureInfo.InvariantCulture) + s[1..];
}
