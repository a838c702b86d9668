using System.Data.Common;
using System.Net;
using Microsoft.AspNetCore.Diagnostics;
using TimelineApp.Data.Storage;

namespace TimelineApp.Web.Services;

/// <summary>
/// What a page request that failed answers outside Development: a small self-contained HTML page (no layout, no
/// database, no Blazor, so it cannot fail the same way) saying what happened. A database that cannot be reached or
/// refuses to work answers 503 and says so; anything else 500 with a plain apology. Never a stack trace.
/// </summary>
public static class OutagePage
{
    public const string DatabaseMessage = "The database cannot be reached right now, so this page cannot be shown. The app keeps trying; reload in a moment.";

    public static async Task WriteAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var error = context.Features.Get<IExceptionHandlerFeature>()?.Error;
        var status = context.RequestServices.GetService<DatabaseStatus>();
        bool database = (error is not null && IsDatabase(error)) || status is { IsReady: false };
        string detail = database
            ? error is not null && DatabaseFault.Of(error) is { IsTransient: false } fault ? $"The database refuses to work: {fault.Reason}. An operator has to fix it." : DatabaseMessage
            : "Something went wrong on our side while showing this page. It has been logged; try again in a moment.";
        context.Response.StatusCode = database ? (int)HttpStatusCode.ServiceUnavailable : (int)HttpStatusCode.InternalServerError;
        context.Response.ContentType = "text/html; charset=utf-8";
        if (database)
        {
            context.Response.Headers.RetryAfter = "30";
        }

        string title = database ? "Database unavailable" : "Something went wrong";
        await context.Response.WriteAsync($"""
            <!DOCTYPE html>
            <html lang="en"><head><meta charset="utf-8"><title>{title} · TimelineApp</title></head>
            <body style="font-family: sans-serif; max-width: 40em; margin: 3em auto;">
            <h1>{title}</h1>
            <p data-testid="outage-message">{WebUtility.HtmlEncode(detail)}</p>
            <p><a href="{WebUtility.HtmlEncode(context.Request.PathBase + context.Request.Path)}">Try again</a></p>
            </body></html>
            """);
    }

    private static bool IsDatabase(Exception error)
    {
        for (var e = error; e is not null; e = e.InnerException)
        {
            if (e is DbException or TimeoutException || DatabaseFault.Of(e) is not null)
            {
                return true;
            }
        }

        return false;
    }
}
