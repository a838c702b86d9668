namespace TimelineApp.Data.Ingest;

/// <summary>An upload refused before any work was done; the message is for the person uploading.</summary>
public sealed class IngestRejectedException : Exception
{
    public IngestRejectedException(string message)
        : base(message)
    {
    }

    public IngestRejectedException()
    {
    }

    public IngestRejectedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
