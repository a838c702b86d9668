using System.Net;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.HttpOverrides;
using TimelineApp.Data;

namespace TimelineApp.Web.Security;

/// <summary>Registers and wires the hardening (headers, rate limits, proxy and TLS handling), so Program.cs stays short.</summary>
public static class SecurityPipeline
{
    /// <summary>The rate-limiter policy of the sign-in endpoint.</summary>
    public const string SignInPolicy = "sign-in";

    public static IHostApplicationBuilder AddTimelineSecurity(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var options = builder.Configuration.GetSection(SecurityOptions.Section).Get<SecurityOptions>() ?? new SecurityOptions();
        builder.Services.AddSingleton(options);
        builder.Services.AddSingleton(options.RateLimits);
        builder.Services.AddSingleton<UploadRateLimiter>();
        // No "Server: Kestrel" header (the headers middleware cannot remove it: Kestrel adds it last).
        builder.Services.Configure<Microsoft.AspNetCore.Server.Kestrel.Core.KestrelServerOptions>(kestrel => kestrel.AddServerHeader = false);

        if (options.KeyRingInDatabase)
        {
            builder.Services.AddDataProtection().SetApplicationName("TimelineApp").PersistKeysToDbContext<TimelineDbContext>();
        }

        if (options.ForwardedHeaders.Enabled)
        {
            builder.Services.Configure<ForwardedHeadersOptions>(forwarded => ConfigureForwarding(forwarded, options.ForwardedHeaders));
        }

        builder.Services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.OnRejected = (context, token) =>
            {
                if (context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter))
                {
                    context.HttpContext.Response.Headers.RetryAfter = ((int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
                }

                return new ValueTask(context.HttpContext.Response.WriteAsync("Too many requests. Try again later.", token));
            };
            // Only requests that carry data are counted; reading pages, scripts and the health check is not limited.
            limiter.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context => CarriesData(context.Request.Method)
                ? RateLimitPartition.GetFixedWindowLimiter(context.Connection.RemoteIpAddress?.ToString() ?? "unknown", _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = Math.Max(1, options.RateLimits.RequestsPerAddress),
                    Window = options.RateLimits.RequestWindow,
                    QueueLimit = 0,
                })
                : RateLimitPartition.GetNoLimiter("read"));
            // Password guessing: a fixed window per address on the sign-in endpoint, on top of the account lockout.
            limiter.AddPolicy(SignInPolicy, context => RateLimitPartition.GetFixedWindowLimiter(
                context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = Math.Max(1, options.RateLimits.SignInsPerAddress),
                    Window = options.RateLimits.SignInWindow,
                    QueueLimit = 0,
                }));
        });
        return builder;
    }

    /// <summary>The middleware in order: proxy headers first (they decide the scheme and address the rest see).</summary>
    public static WebApplication UseTimelineSecurity(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var options = app.Services.GetRequiredService<SecurityOptions>();
        if (options.ForwardedHeaders.Enabled)
        {
            app.UseForwardedHeaders();
        }

        app.UseSecurityHeaders(SecurityHeaderPolicy.Build(options));
        if (options.TerminatesTls)
        {
            app.UseHttpsRedirection();
        }

        app.UseRateLimiter();
        return app;
    }

    private static bool CarriesData(string method) =>
        HttpMethods.IsPost(method) || HttpMethods.IsPut(method) || HttpMethods.IsPatch(method) || HttpMethods.IsDelete(method);

    private static void ConfigureForwarding(ForwardedHeadersOptions forwarded, ForwardedHeadersSettings settings)
    {
        forwarded.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto | ForwardedHeaders.XForwardedHost;
        forwarded.ForwardLimit = Math.Max(1, settings.ForwardLimit);
        // Only the configured proxies are believed (the loopback defaults are replaced, not extended).
        forwarded.KnownProxies.Clear();
        forwarded.KnownIPNetworks.Clear();
        foreach (string proxy in settings.KnownProxies)
        {
            forwarded.KnownProxies.Add(IPAddress.Parse(proxy));
        }

        foreach (string network in settings.KnownNetworks)
        {
            forwarded.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(network));
        }
    }
}
