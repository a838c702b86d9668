namespace TimelineApp.Core.Entities;

/// <summary>A country, by its ISO 3166-1 alpha-3 code and display name.</summary>
public sealed record Country(string Code, string Name);
