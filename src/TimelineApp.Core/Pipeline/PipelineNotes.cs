using System.Globalization;
using TimelineApp.Core.Dates;
using TimelineApp.Core.Documents;
using TimelineApp.Core.Events;

namespace TimelineApp.Core.Pipeline;

/// <summary>The notes a <see cref="TimelineResult"/> carries, worded for the person who uploaded the dump.</summary>
public static class PipelineNotes
{
    public static string PhrasesLeftOut(NewsDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return string.Create(CultureInfo.InvariantCulture,
            $"Article {document.Index + 1} (\"{Short(document.Title)}\") holds more time phrases than an article of its length may: the first {DateLimits.PhraseBudget(document.Body.Length):N0} were read, the rest were left out.");
    }

    public static string EventsLeftOut(NewsDocument document, int kept, int leftOut)
    {
        ArgumentNullException.ThrowIfNull(document);
        string title = Short(document.Title);
        return string.Create(CultureInfo.InvariantCulture,
            $"Article {document.Index + 1} (\"{title}\") has more dated phrases than one article may turn into events: the first {kept} events were kept, {leftOut} more dated phrases were left out (limit {EventLimits.MaxEventsPerDocument} per article).");
    }

    private static string Short(string title) => title.Length > 80 ? title[..80] + "\u2026" : title;

    public static string DumpFull(int documents) => string.Create(CultureInfo.InvariantCulture,
        $"The dump reached the limit of {EventLimits.MaxEventsPerDump:N0} events: the last {documents} articles made no events.");
}
