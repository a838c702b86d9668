namespace TimelineApp.Core.Documents;

/// <summary>Where a document's publication time came from, so the UI can say how far to trust it.</summary>
public enum PublicationBasis
{
    /// <summary>An absolute time given by the document itself (a field, or a dated age line).</summary>
    Explicit,

    /// <summary>A relative age ("3 hours ago", "yesterday") anchored to the capture instant.</summary>
    RelativeToCapture,

    /// <summary>No evidence at all: the capture instant stands in, and is marked as such.</summary>
    Assumed,
}
