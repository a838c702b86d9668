using TimelineApp.Core.Documents;
using TimelineApp.Core.Entities;
using TimelineApp.Core.Events;

namespace TimelineApp.Core.Stories;

/// <summary>One capture of a story, as the pipeline made it (and as it is stored).</summary>
/// <param name="Id">The capture's id (its dataset).</param>
/// <param name="Capture">When it was captured, and in which zone.</param>
/// <param name="Documents">Its documents, indexed from 0.</param>
/// <param name="Events">Its events, merged within the capture.</param>
/// <param name="Actors">Its actors.</param>
/// <param name="Countries">Its countries.</param>
public sealed record StoryCapture(
    Guid Id,
    Capture Capture,
    IReadOnlyList<NewsDocument> Documents,
    IReadOnlyList<TimelineEvent> Events,
    IReadOnlyList<Actor> Actors,
    IReadOnlyList<Country> Countries);
