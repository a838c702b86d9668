using System.Threading.RateLimiting;

namespace TimelineApp.Web.Security;

/// <summary>
/// Counts upload attempts per browser and per network address. An upload is a Blazor component action that travels
/// over the circuit's WebSocket, not an HTTP request, so the rate-limiting middleware never sees it: the upload page
/// asks here before it reads a byte of the file.
/// </summary>
public sealed class UploadRateLimiter : IDisposable
{
    private readonly PartitionedRateLimiter<UploadRequester> _limiter;
    private readonly RateLimitSettings _settings;

    public UploadRateLimiter(RateLimitSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        _settings = settings;
        // Both must allow: clearing cookies gives a new client id but not a new address.
        _limiter = PartitionedRateLimiter.CreateChained(
            PartitionedRateLimiter.Create<UploadRequester, string>(r =>
                RateLimitPartition.GetFixedWindowLimiter("client:" + r.ClientId, _ => Window(settings.UploadsPerClient))),
            PartitionedRateLimiter.Create<UploadRequester, string>(r => r.Address is { Length: > 0 } address
                ? RateLimitPartition.GetFixedWindowLimiter("address:" + address, _ => Window(settings.UploadsPerAddress))
                : RateLimitPartition.GetNoLimiter("address:unknown")));
    }

    /// <summary>The message shown when an upload is refused.</summary>
    public string RefusalMessage => $"Too many uploads: at most {_settings.UploadsPerClient} every {Describe(_settings.UploadWindow)}. Nothing was stored; try again later.";

    /// <summary>True when this requester may start one more upload now (and counts it); false when over the limit.</summary>
    public bool TryAcquire(UploadRequester requester)
    {
        using var lease = _limiter.AttemptAcquire(requester);
        return lease.IsAcquired;
    }

    public void Dispose() => _limiter.Dispose();

    private FixedWindowRateLimiterOptions Window(int permits) => new()
    {
        PermitLimit = Math.Max(1, permits),
        Window = _settings.UploadWindow,
        QueueLimit = 0, // refuse at once: a waiting upload would hold the file open in the browser
        AutoReplenishment = true,
    };

    private static string Describe(TimeSpan window) => window.TotalMinutes >= 1 && window.TotalMinutes == Math.Floor(window.TotalMinutes)
        ? (window.TotalMinutes == 1 ? "minute" : $"{window.TotalMinutes:0} minutes")
        : $"{window.TotalSeconds:0} seconds";
}

/// <summary>Who asks to upload: the browser's id (<see cref="Services.ClientIdCookie"/>) and, when known, its address.</summary>
public sealed record UploadRequester(string ClientId, string? Address);
