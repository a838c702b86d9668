namespace TimelineApp.Core.Pipeline;

/// <summary>
/// Lets a long pipeline run give way to more urgent work. The pipeline calls <see cref="GiveWay"/> between
/// documents; an implementation may block for a bounded time (the web app waits while viewers' pages are
/// being computed, so an ingest in the background does not slow browsing). It must never block for good:
/// an ingest always makes progress.
/// </summary>
public interface IPipelinePacer
{
    void GiveWay(CancellationToken cancellationToken);
}
