using NetEscapades.AspNetCore.SecurityHeaders.Headers.ContentSecurityPolicy;

namespace TimelineApp.Web.Security;

/// <summary>
/// The headers every response carries. The Content-Security-Policy allows only the app's own files: scripts come
/// from files under wwwroot and the framework (no inline script, no eval: Blazor Server needs neither), and the one
/// inline script the page has, Blazor's import map, is allowed by a per-request nonce.
/// </summary>
public static class SecurityHeaderPolicy
{
    public static HeaderPolicyCollection Build(SecurityOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var policies = new HeaderPolicyCollection()
            .AddContentSecurityPolicy(csp =>
            {
                csp.AddDefaultSrc().Self();
                csp.AddBaseUri().Self();
                csp.AddObjectSrc().None();
                csp.AddFormAction().Self();
                // Only same-origin pages may frame the app (Blazor's own default, which this header replaces).
                csp.AddFrameAncestors().Self();
                csp.AddScriptSrc().Self().WithNonce();
                // No inline event handlers (onclick=...): dump text that reaches the page can never run as script.
                csp.AddScriptSrcAttr().None();
                // 'unsafe-inline' for styles only, and knowingly: MudBlazor sets style="" attributes on its components and
                // the timeline positions its marks with inline styles; Blazor's reconnect dialog adds a <style> element.
                // Styles cannot run script, so this leaves the no-inline-script guarantee intact.
                csp.AddStyleSrc().Self().UnsafeInline();
                // 'self' covers the circuit's WebSocket on the same host and port (ws: or wss: as the page's scheme).
                csp.AddConnectSrc().Self();
                csp.AddImgSrc().Self().Data();
                csp.AddFontSrc().Self().Data();
                if (options.TerminatesTls)
                {
                    csp.AddUpgradeInsecureRequests();
                }
            })
            .AddContentTypeOptionsNoSniff()
            .AddFrameOptionsSameOrigin() // for browsers older than frame-ancestors
            .AddReferrerPolicyStrictOriginWhenCrossOrigin()
            .AddCrossOriginOpenerPolicy(coop => coop.SameOrigin())
            .AddPermissionsPolicy(permissions =>
            {
                // Nothing here needs a device or sensor; clipboard writes (copy link) are not gated by this header.
                permissions.AddAccelerometer().None();
                permissions.AddCamera().None();
                permissions.AddGeolocation().None();
                permissions.AddGyroscope().None();
                permissions.AddMagnetometer().None();
                permissions.AddMicrophone().None();
                permissions.AddPayment().None();
                permissions.AddUsb().None();
            })
            .RemoveServerHeader();
        if (options.TerminatesTls)
        {
            // Sent on https responses only (the library never sends it over http).
            policies.AddStrictTransportSecurityMaxAge((int)TimeSpan.FromDays(options.HstsMaxAgeDays).TotalSeconds);
        }

        return policies;
    }
}
