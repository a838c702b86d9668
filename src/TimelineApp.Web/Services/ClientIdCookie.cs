using System.Security.Cryptography;

namespace TimelineApp.Web.Services;

/// <summary>
/// A random id per browser, kept in a persistent cookie, that the per-user limits (unfinished uploads) are keyed to.
/// There are no accounts yet: this is a browser, not a person; clearing cookies or another browser is a new "user".
/// It is only an id for limits, never a credential.
/// </summary>
public static class ClientIdCookie
{
    public const string Name = "timeline-client";
    private const string ItemKey = "TimelineApp.ClientId";

    /// <summary>Middleware: reads the id, or makes one and sets the cookie on this response.</summary>
    public static IApplicationBuilder UseClientIdCookie(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        string? id = context.Request.Cookies[Name];
        if (id is null || id.Length != 32 || !id.All(char.IsAsciiHexDigit))
        {
            id = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
            context.Response.Cookies.Append(Name, id, new CookieOptions
            {
                HttpOnly = true,
                IsEssential = true,
                SameSite = SameSiteMode.Lax,
                Secure = context.Request.IsHttps,
                MaxAge = TimeSpan.FromDays(365),
            });
        }

        context.Items[ItemKey] = id;
        await next();
    });

    /// <summary>The id of the request being served (prerendering), or null outside a request.</summary>
    public static string? Of(HttpContext? context) => context?.Items[ItemKey] as string ?? context?.Request.Cookies[Name];
}
