using NodaTime;

namespace TimelineApp.Data.Entities;

/// <summary>
/// The original uploaded bytes, content-addressed by SHA-256, so a dataset can be re-processed later and an
/// identical re-upload is recognised. Several datasets may share one dump.
/// </summary>
public sealed class DumpRecord
{
    public required string Hash { get; set; }

    public required byte[] Content { get; set; }

    public long Size { get; set; }

    public Instant StoredAt { get; set; }
}
