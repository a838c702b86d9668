namespace TimelineApp.Web.Services;

/// <summary>Bounds of the shared dataset cache (configuration section <c>TimelineCache</c>).</summary>
public sealed class TimelineCacheOptions
{
    /// <summary>
    /// Most documents plus events held at once across all cached datasets (a dataset's size in the cache is its
    /// documents + events + 1). Past it the least recently used datasets are evicted. Default 1,000,000.
    /// </summary>
    public long SizeLimit { get; set; } = 1_000_000;

    /// <summary>A dataset nobody looked at for this long is dropped.</summary>
    public TimeSpan SlidingExpiration { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>Even a dataset in constant use is read afresh after this long.</summary>
    public TimeSpan AbsoluteExpiration { get; set; } = TimeSpan.FromHours(6);
}
