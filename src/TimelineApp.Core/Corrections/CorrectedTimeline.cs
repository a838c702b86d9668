using TimelineApp.Core.Entities;
using TimelineApp.Core.Events;

namespace TimelineApp.Core.Corrections;

/// <summary>A correction that took effect, with the value the pipeline had given (for "the pipeline said ...").</summary>
/// <param name="Index">Its position in the list applied.</param>
/// <param name="PipelineValue">What the pipeline had made of it, in words.</param>
public sealed record AppliedCorrection(int Index, string PipelineValue);

/// <summary>A correction whose evidence is gone from this processing: listed with the reason, never dropped.</summary>
public sealed record OrphanedCorrection(int Index, string Reason);

/// <summary>A timeline with corrections applied, and what each correction did.</summary>
public sealed record CorrectedTimeline(
    IReadOnlyList<TimelineEvent> Events,
    IReadOnlyList<Actor> Actors,
    IReadOnlyDictionary<string, IReadOnlyList<AppliedCorrection>> ByEvent,
    IReadOnlyDictionary<string, IReadOnlyList<AppliedCorrection>> ByActor,
    IReadOnlyDictionary<string, IReadOnlyList<string>> Notes,
    IReadOnlyList<(TimelineEvent Event, AppliedCorrection By)> Hidden,
    IReadOnlyList<OrphanedCorrection> Orphaned);
