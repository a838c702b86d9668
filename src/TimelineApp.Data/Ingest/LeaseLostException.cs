namespace TimelineApp.Data.Ingest;

/// <summary>The job row no longer carries this run's lease token: cancelled, deleted or taken over. The run's work is discarded.</summary>
public sealed class LeaseLostException : Exception
{
    public LeaseLostException(string message)
        : base(message)
    {
    }

    public LeaseLostException()
    {
    }

    public LeaseLostException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
