using System.Reflection;
using NodaTime;
using TimelineApp.Core.Documents;

namespace TimelineApp.Core.Samples;

/// <summary>
/// The sample dump bundled with the app, so a newcomer's first page already shows a timeline. It is text
/// written for the project in the shape of a real page scrape, with the capture moment it was written for.
/// </summary>
public static class SampleDump
{
    public const string Name = "Sample: Danube flood response";

    /// <summary>The moment the sample page is supposed to have been captured (a Saturday evening in Vienna).</summary>
    public static Capture Capture { get; } = new(
        Instant.FromUtc(2026, 3, 14, 19, 0),
        DateTimeZoneProviders.Tzdb["Europe/Vienna"]);

    public static byte[] ReadBytes()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("TimelineApp.Core.Samples.sample-dump.txt")
            ?? throw new InvalidOperationException("The bundled sample dump is missing.");
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return buffer.ToArray();
    }
}
