using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime;
using NodaTime.Serialization.SystemTextJson;
using TimelineApp.Core.Stories;

namespace TimelineApp.Data.Storage;

/// <summary>A merged story as stored (<see cref="Entities.StoryViewRecord"/>): JSON of the pipeline's own records, compressed.</summary>
public static class StoryViewCodec
{
    /// <summary>Changes whenever the merge or this format changes, so views made by an older build are made again.</summary>
    public const string Version = "story-view-1";

    private static readonly JsonSerializerOptions Options = new JsonSerializerOptions(JsonSerializerDefaults.General)
    {
        IncludeFields = true, // the previous days of a moved event are a tuple
        Converters = { new JsonStringEnumConverter() },
    }.ConfigureForNodaTime(DateTimeZoneProviders.Tzdb);

    /// <summary>What a view is made from: the merge's version, and each ready capture with when it was last processed.</summary>
    public static string Inputs(IEnumerable<DatasetSummary> readyCaptures)
    {
        ArgumentNullException.ThrowIfNull(readyCaptures);
        var text = new StringBuilder(Version);
        foreach (var c in readyCaptures.OrderBy(c => c.Id))
        {
            text.Append('|').Append(c.Id.ToString("N")).Append(':').Append(c.CompletedAt?.ToUnixTimeTicks()).Append(':').Append(c.CapturedAt.ToUnixTimeTicks());
        }

        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }

    public static byte[] Encode(StoryTimeline story)
    {
        using var buffer = new MemoryStream();
        using (var brotli = new BrotliStream(buffer, CompressionLevel.Fastest, leaveOpen: true))
        {
            JsonSerializer.Serialize(brotli, story, Options);
        }

        return buffer.ToArray();
    }

    /// <summary>The merged story, or null when the bytes are not a view this build can read (it is then made again).</summary>
    public static StoryTimeline? Decode(byte[] payload)
    {
        ArgumentNullException.ThrowIfNull(payload);
        try
        {
            using var brotli = new BrotliStream(new MemoryStream(payload), CompressionMode.Decompress);
            return JsonSerializer.Deserialize<StoryTimeline>(brotli, Options);
        }
        catch (Exception e) when (e is JsonException or InvalidDataException or NotSupportedException)
        {
            return null;
        }
    }
}
