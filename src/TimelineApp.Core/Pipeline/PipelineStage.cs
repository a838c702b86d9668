namespace TimelineApp.Core.Pipeline;

/// <summary>The stages of turning a dump into a timeline, in order.</summary>
public enum PipelineStage
{
    Reading,
    ResolvingDates,
    FindingEntities,
    BuildingEvents,
    MergingEvents,
    Done,
}

/// <summary>Where processing is: the stage, and how many of its items are done.</summary>
public sealed record PipelineProgress(PipelineStage Stage, int Done, int Total);
