using NodaTime;
using NodaTime.TimeZones;
using TimelineApp.Core.Documents;
using TimelineApp.Data.Entities;

namespace TimelineApp.Data.Storage;

/// <summary>
/// The one place a <see cref="Capture"/> becomes the dataset's two columns (<c>CapturedAt</c>, <c>ZoneId</c>) and back.
/// Reading an unknown zone id throws <see cref="DateTimeZoneNotFoundException"/> (see <see cref="Capture.FromZoneId"/>).
/// </summary>
public static class StoredCapture
{
    public static void Write(DatasetRecord dataset, Capture capture)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        ArgumentNullException.ThrowIfNull(capture);
        dataset.CapturedAt = capture.At;
        dataset.ZoneId = capture.Zone.Id;
    }

    public static Capture Read(DatasetRecord dataset)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        return Capture.FromZoneId(dataset.CapturedAt, dataset.ZoneId);
    }

    public static Capture Read(DatasetSummary dataset)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        return Capture.FromZoneId(dataset.CapturedAt, dataset.ZoneId);
    }
}
