using System.Text.Json;
using System.Text.Json.Serialization;

namespace TimelineApp.Core.Tests.Dates;

/// <summary>The data-driven date-resolution spec, read from TestData/date-resolution-spec.json.</summary>
public sealed record DateResolutionSpec(
    [property: JsonPropertyName("description")] string Description,
    [property: JsonPropertyName("cases")] IReadOnlyList<SpecCase> Cases)
{
    private static readonly Lazy<DateResolutionSpec> Loaded = new(() =>
    {
        string path = Path.Combine(AppContext.BaseDirectory, "TestData", "date-resolution-spec.json");
        return JsonSerializer.Deserialize<DateResolutionSpec>(File.ReadAllText(path)) ?? throw new InvalidOperationException($"empty spec: {path}");
    });

    public static DateResolutionSpec Instance => Loaded.Value;
}

/// <summary>One text with its publication instant and zone, the phrases it must resolve and those it must not find.</summary>
public sealed record SpecCase(
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("text")] string Text,
    [property: JsonPropertyName("published")] string Published,
    [property: JsonPropertyName("zone")] string Zone,
    [property: JsonPropertyName("expect")] IReadOnlyList<SpecExpectation> Expect,
    [property: JsonPropertyName("absent")] IReadOnlyList<string> Absent);

/// <summary>A phrase that must be found: its text, TIMEX3 type and value, the id of the rule that must read it, and optionally its local interval and precision.</summary>
public sealed record SpecExpectation(
    [property: JsonPropertyName("span")] string Span,
    [property: JsonPropertyName("type")] string Type,
    [property: JsonPropertyName("value")] string Value,
    [property: JsonPropertyName("rule")] string? Rule,
    [property: JsonPropertyName("interval")] IReadOnlyList<string?>? Interval,
    [property: JsonPropertyName("precision")] string? Precision);
