namespace TimelineApp.Core.Documents;

/// <summary>Why a dump could not be read. The message is written for the person who uploaded it.</summary>
public enum DumpProblem
{
    Empty,
    Binary,
    InvalidEncoding,
    UnknownFormat,
    InvalidJson,
    NoDocuments,
    TooManyDocuments,
    TooLarge,
}

/// <summary>A dump that cannot be read, with a message that says what was expected.</summary>
public sealed class DumpFormatException : Exception
{
    public DumpFormatException(DumpProblem problem, string message)
        : base(message) => Problem = problem;

    public DumpFormatException()
    {
    }

    public DumpFormatException(string message)
        : base(message)
    {
    }

    public DumpFormatException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public DumpProblem Problem { get; } = DumpProblem.UnknownFormat;
}
