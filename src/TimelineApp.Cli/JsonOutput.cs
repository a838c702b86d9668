using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using NodaTime;
using NodaTime.Text;
using TimelineApp.Core.Dates;

namespace TimelineApp.Cli;

/// <summary>Writes <c>resolve</c>'s JSON Lines: ISO-8601 times, TimeML names, nothing locale-dependent.</summary>
internal static class JsonOutput
{
    public static readonly JsonWriterOptions Options = TimelineApp.Core.Export.TimelineJsonWriter.Options with { Indented = false };

    public static string TypeName(TimexType type) => type.ToString().ToUpperInvariant();

    public static string Local(LocalDateTime value) => LocalDateTimePattern.ExtendedIso.Format(value);

    public static void WriteResolved(Utf8JsonWriter w, ResolvedTime t, string? doc)
    {
        w.WriteStartObject();
        if (doc is not null)
        {
            w.WriteString("doc", doc);
        }

        w.WriteNumber("start", t.Span.Start);
        w.WriteNumber("end", t.Span.End);
        w.WriteString("text", t.Text);
        w.WriteString("type", TypeName(t.Type));
        w.WriteString("value", t.Value);
        if (t.Interval is { } interval)
        {
            w.WriteStartObject("interval");
            w.WriteString("start", Local(interval.Start));
            w.WriteString("end", Local(interval.End));
            w.WriteEndObject();
        }

        w.WriteString("precision", t.Precision.ToString());
        w.WriteBoolean("vague", t.IsVague);
        w.WriteString("anchor", Local(t.Anchor));
        w.WriteString("explanation", t.Explanation);
        w.WriteEndObject();
    }
}
