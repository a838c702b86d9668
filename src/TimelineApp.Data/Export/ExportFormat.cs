namespace TimelineApp.Data.Export;

/// <summary>The formats the filtered view can be exported in.</summary>
public enum ExportFormat
{
    /// <summary>TimelineApp's own JSON (the CLI's <c>ingest --json</c> shape).</summary>
    Json,

    /// <summary>TimelineJS's JSON, to open the view in TimelineJS.</summary>
    TimelineJs,

    Csv,

    /// <summary>iCalendar: all-day events for dates, timed events for instants.</summary>
    ICalendar,
}

/// <summary>An exported file: its name, media type and text.</summary>
public sealed record ExportFile(string FileName, string ContentType, string Content);
