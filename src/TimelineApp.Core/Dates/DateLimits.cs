namespace TimelineApp.Core.Dates;

/// <summary>How much of one document date resolution reads in the pipeline.</summary>
public static class DateLimits
{
    /// <summary>
    /// Time phrases read per document. A long news article holds a hundred or so; past this budget a text is a
    /// list of dates, not a story, and at about a millisecond per phrase the rest would cost minutes per
    /// megabyte. A document makes at most <c>EventLimits.MaxEventsPerDocument</c> events anyway.
    /// </summary>
    public const int MaxPhrasesPerDocument = 2_000;
}
