using TimelineApp.Core.Documents;

namespace TimelineApp.Cli;

/// <summary>Stores a dump as a dataset in the app's database (the same path the web upload takes).</summary>
internal static class DatasetIngest
{
    public static int Store(byte[] bytes, Capture capture, string name)
    {
        _ = bytes;
        _ = capture;
        _ = name;
        throw new CliInputException("storing datasets is not available yet; use --json");
    }
}
