namespace TimelineApp.Core.Documents;

/// <summary>
/// One article of a dump. <see cref="Body"/> is the clean text used for dates and events; bylines,
/// photo credits and copyright lines are kept apart in <see cref="Credits"/> as metadata.
/// </summary>
/// <param name="Index">Position in the dump, 0 for the first document.</param>
/// <param name="Source">The publisher ("The Mainichi"), when the dump names one.</param>
/// <param name="Title">The headline.</param>
/// <param name="Body">The article text, paragraphs separated by new lines.</param>
/// <param name="Published">The publication time and its basis.</param>
/// <param name="Credits">Bylines, photo credits and copyright lines removed from the body.</param>
/// <param name="Url">The original address, when the dump gives one.</param>
/// <param name="Dateline">The place the dateline names ("SEOUL"), when there is one.</param>
public sealed record NewsDocument(
    int Index,
    string? Source,
    string Title,
    string Body,
    PublicationTime Published,
    IReadOnlyList<string> Credits,
    string? Url = null,
    string? Dateline = null);
