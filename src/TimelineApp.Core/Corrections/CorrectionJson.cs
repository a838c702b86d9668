using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime;
using NodaTime.Serialization.SystemTextJson;

namespace TimelineApp.Core.Corrections;

/// <summary>
/// Corrections as stored: JSON with a version and the kind by name, dates as ISO days ("2025-07-12"). An unknown
/// version or kind, or a correction that lacks what its kind needs, is an error, never a silent nothing.
/// </summary>
public static class CorrectionJson
{
    public const int Version = 1;

    private static readonly JsonSerializerOptions Options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Converters = { new JsonStringEnumConverter(allowIntegerValues: false) },
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    }.ConfigureForNodaTime(DateTimeZoneProviders.Tzdb);

    public static string Serialize(Correction correction)
    {
        ArgumentNullException.ThrowIfNull(correction);
        return JsonSerializer.Serialize(new Stored(Version, correction.Validate()), Options);
    }

    /// <summary>Throws <see cref="FormatException"/> for anything that is not a version-1 correction.</summary>
    public static Correction Deserialize(string json)
    {
        try
        {
            var stored = JsonSerializer.Deserialize<Stored>(json, Options) ?? throw new FormatException("An empty correction.");
            return stored.V == Version
                ? (stored.Correction ?? throw new FormatException("A correction without content.")).Validate()
                : throw new FormatException($"Correction version {stored.V} is not known to this build (it reads version {Version}).");
        }
        catch (Exception e) when (e is JsonException or ArgumentException)
        {
            throw new FormatException("Not a correction this build can read: " + e.Message, e);
        }
    }

    private sealed record Stored(int V, Correction? Correction);
}
