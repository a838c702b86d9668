using System.Globalization;
using CsvHelper;
using TimelineApp.Data.Access;
using TimelineApp.Data.Export;
using TimelineApp.Web.Accounts;

namespace TimelineApp.Web.Exports;

/// <summary>
/// <c>GET /admin/audit.csv</c>: the whole audit log as CSV, for admins. The account is read again from the database
/// (an admin demoted a moment ago gets 403), and the rows are streamed, so a long log is never held in memory.
/// </summary>
public static class AuditExport
{
    public const string Path = "/admin/audit.csv";

    public static IEndpointRouteBuilder MapAuditExport(this IEndpointRouteBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapGet(Path, WriteAsync).RequireAuthorization(policy => policy.RequireRole("admin"));
        return app;
    }

    private static async Task WriteAsync(HttpContext context, AccountService accounts, AuditLog audit)
    {
        var who = await accounts.VerifyAsync(CurrentActor.Of(context.User), context.RequestAborted).ConfigureAwait(false);
        if (who is not { Role: AccountRole.Admin })
        {
            context.Response.StatusCode = StatusCodes.Status403Forbidden;
            return;
        }

        context.Response.ContentType = "text/csv; charset=utf-8";
        context.Response.Headers.ContentDisposition = "attachment; filename=\"audit-log.csv\"";
        // CSV is written in batches to a buffer and each batch sent asynchronously (the response refuses synchronous writes).
        var buffer = new StringWriter(CultureInfo.InvariantCulture);
        using var csv = CsvWriter.Create(buffer, new CsvWriterOptions(), leaveOpen: true);
        csv.WriteRecord(["at", "actor", "via", "action", "dataset", "target", "detail"]);
        int rows = 0;
        await foreach (var e in audit.AllAsync(context.RequestAborted).ConfigureAwait(false))
        {
            // Names and details are typed by people (dataset names, view strings): never a formula in a spreadsheet.
            csv.WriteRecord(
            [
                e.At.ToString("uuuu-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
                TimelineExporter.NeutralizeFormula(e.ActorName),
                e.Via,
                e.Action,
                e.DatasetId?.ToString("N") ?? string.Empty,
                TimelineExporter.NeutralizeFormula(e.TargetName ?? string.Empty),
                TimelineExporter.NeutralizeFormula(e.Detail ?? string.Empty),
            ]);
            if (++rows % 500 == 0)
            {
                await SendAsync(context, csv, buffer).ConfigureAwait(false);
            }
        }

        await SendAsync(context, csv, buffer).ConfigureAwait(false);
    }

    private static async Task SendAsync(HttpContext context, CsvWriter csv, StringWriter buffer)
    {
        csv.Flush();
        await context.Response.WriteAsync(buffer.ToString(), context.RequestAborted).ConfigureAwait(false);
        buffer.GetStringBuilder().Clear();
    }
}
