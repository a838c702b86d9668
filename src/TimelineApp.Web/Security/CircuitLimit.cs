using System.Security.Claims;
using System.Threading.RateLimiting;

namespace TimelineApp.Web.Security;

/// <summary>
/// Caps the live Blazor connections (circuits: one per open tab) each account holds, and each address without an
/// account, so one account cannot hold the server's memory with thousands of tabs. A circuit's transport is one long
/// request to <c>/_blazor</c> (a WebSocket, or a stream of server-sent events); the lease of a concurrency limiter is
/// held for as long as that request lasts. Runs after authentication, so it knows the account.
/// </summary>
public sealed class CircuitLimit(RequestDelegate next, RateLimitSettings settings) : IDisposable
{
    private readonly PartitionedRateLimiter<HttpContext> _limiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
    {
        string? account = context.User.FindFirstValue(ClaimTypes.NameIdentifier);
        return account is not null
            ? RateLimitPartition.GetConcurrencyLimiter("account:" + account, _ => Options(settings.CircuitsPerAccount))
            : RateLimitPartition.GetConcurrencyLimiter("address:" + (context.Connection.RemoteIpAddress?.ToString() ?? "unknown"), _ => Options(settings.CircuitsPerAnonymousAddress));
    });

    public async Task InvokeAsync(HttpContext context)
    {
        if (!IsCircuitTransport(context.Request))
        {
            await next(context).ConfigureAwait(false);
            return;
        }

        using var lease = await _limiter.AcquireAsync(context, 1, context.RequestAborted).ConfigureAwait(false);
        if (!lease.IsAcquired)
        {
            context.Response.StatusCode = StatusCodes.Status429TooManyRequests;
            await context.Response.WriteAsync("Too many open tabs for this account. Close one and reload.", context.RequestAborted).ConfigureAwait(false);
            return;
        }

        await next(context).ConfigureAwait(false);
    }

    public void Dispose() => _limiter.Dispose();

    // The connection itself (GET /_blazor?id=...), not its negotiate POST nor the messages a long-polling client posts.
    internal static bool IsCircuitTransport(HttpRequest request) =>
        HttpMethods.IsGet(request.Method)
        && request.Path.StartsWithSegments("/_blazor", out var rest)
        && !rest.HasValue
        && request.Query.ContainsKey("id");

    private static ConcurrencyLimiterOptions Options(int permits) => new()
    {
        PermitLimit = Math.Max(1, permits),
        QueueLimit = 0,
    };
}
