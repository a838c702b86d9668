using System.Text.Json;
using System.Text.Json.Serialization;

namespace TimelineApp.Core.Tests.Acceptance;

/// <summary>The expected-file format of /work/shared/seeds (and of our own dumps): what a careful reader gets from a dump.</summary>
public sealed record ExpectedDump(
    string Dump,
    string Captured,
    string Zone,
    IReadOnlyList<string>? MustNotBeContent,
    ExpectedEvents Events,
    ExpectedActors Actors,
    ExpectedCountries Countries)
{
    private static readonly JsonSerializerOptions Options = new() { PropertyNameCaseInsensitive = true, ReadCommentHandling = JsonCommentHandling.Skip };

    public static ExpectedDump Load(string path) =>
        JsonSerializer.Deserialize<ExpectedDump>(File.ReadAllText(path), Options) ?? throw new InvalidDataException(path);

    /// <summary>Groups of indexes into <see cref="ExpectedEvents.Must"/> that must be one merged event.</summary>
    public static IReadOnlyList<IReadOnlyList<int>> LoadMerges(string path) =>
        JsonSerializer.Deserialize<List<List<int>>>(File.ReadAllText(path), Options) ?? [];
}

public sealed record ExpectedEvents(
    IReadOnlyList<ExpectedEvent> Must,
    IReadOnlyList<ExpectedEvent>? May,
    IReadOnlyList<JsonElement>? MergeAcrossDocuments,
    IReadOnlyList<ExpectedEvent>? MustNot);

/// <summary>
/// One expected event. <see cref="WaitsOn"/> (our own dumps only) names work elsewhere that this case waits for,
/// such as a date-resolution fix: the case is checked, and skipped with that reason instead of failing.
/// </summary>
public sealed record ExpectedEvent(
    string Start,
    string End,
    string? Phrase,
    string? Evidence,
    IReadOnlyList<string>? Actors,
    IReadOnlyList<string>? Countries,
    string? Reason,
    string? WaitsOn = null);

public sealed record ExpectedActors(
    IReadOnlyList<string> Must,
    IReadOnlyList<string>? May,
    IReadOnlyList<string>? MustNot,
    IReadOnlyDictionary<string, string>? Aliases,
    IReadOnlyDictionary<string, string>? Affiliation);

public sealed record ExpectedCountries(
    IReadOnlyList<string> Must,
    IReadOnlyList<string>? May,
    [property: JsonPropertyName("mustNot")] IReadOnlyList<string>? MustNot);
