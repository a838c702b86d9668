namespace TimelineApp.Web.Security;

/// <summary>The "Security" section of appsettings.json: TLS, the reverse proxy in front, and rate limits.</summary>
public sealed class SecurityOptions
{
    public const string Section = "Security";

    /// <summary>
    /// True only when this process terminates TLS itself (Kestrel has a certificate): then plain http is redirected
    /// to https and HSTS is sent. Off by default, so the development and test runs on plain http keep working;
    /// behind a proxy that terminates TLS leave it off and let the proxy send HSTS.
    /// </summary>
    public bool TerminatesTls { get; set; }

    /// <summary>How long browsers remember to use https only (HSTS max-age), when <see cref="TerminatesTls"/> is on.</summary>
    public int HstsMaxAgeDays { get; set; } = 365;

    public ForwardedHeadersSettings ForwardedHeaders { get; set; } = new();

    /// <summary>
    /// Keeps the Data Protection key ring (what signs sign-in cookies and antiforgery tokens) in the app's database
    /// instead of this machine's profile folder. Turn it on when several nodes serve one PostgreSQL database behind a
    /// load balancer, so a cookie one node issued is read by every other. Off by default: one machine needs no more.
    /// </summary>
    public bool KeyRingInDatabase { get; set; }

    public RateLimitSettings RateLimits { get; set; } = new();
}

/// <summary>
/// X-Forwarded-For / -Proto / -Host from a reverse proxy. Off by default: a client talking to the app directly could
/// otherwise claim any address (and dodge the per-address limits). When on, only the listed proxies are believed.
/// </summary>
public sealed class ForwardedHeadersSettings
{
    public bool Enabled { get; set; }

    /// <summary>Addresses of the proxies whose headers are believed, e.g. "10.0.0.5".</summary>
    public List<string> KnownProxies { get; set; } = [];

    /// <summary>Networks of such proxies in CIDR form, e.g. "10.0.0.0/8".</summary>
    public List<string> KnownNetworks { get; set; } = [];

    /// <summary>How many proxies in a chain are unwound (entries of X-Forwarded-For taken from the right).</summary>
    public int ForwardLimit { get; set; } = 1;
}

/// <summary>How many uploads and how many data-carrying HTTP requests a client may make per window.</summary>
public sealed class RateLimitSettings
{
    /// <summary>Uploads one browser (client id cookie) may start per <see cref="UploadWindow"/>.</summary>
    public int UploadsPerClient { get; set; } = 10;

    /// <summary>Uploads one network address may start per <see cref="UploadWindow"/>, whatever cookies it sends.</summary>
    public int UploadsPerAddress { get; set; } = 30;

    public TimeSpan UploadWindow { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>
    /// Requests that carry data (POST, PUT, PATCH, DELETE: Blazor's negotiate, forms) one address may make per
    /// <see cref="RequestWindow"/>; more are answered 429. Reading pages is not limited.
    /// </summary>
    public int RequestsPerAddress { get; set; } = 120;

    public TimeSpan RequestWindow { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Sign-in attempts (POST /account/login) one network address may make per <see cref="SignInWindow"/>; more get 429.</summary>
    public int SignInsPerAddress { get; set; } = 10;

    public TimeSpan SignInWindow { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Live Blazor connections (open tabs) one account may hold at once; the next is answered 429.</summary>
    public int CircuitsPerAccount { get; set; } = 20;

    /// <summary>Live Blazor connections one network address may hold without signing in (anonymous readers, share links).</summary>
    public int CircuitsPerAnonymousAddress { get; set; } = 50;
}
