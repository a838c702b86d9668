using Microsoft.AspNetCore.Authorization;
using TimelineApp.Data.Access;

namespace TimelineApp.Web.Accounts;

/// <summary>
/// The "Read" policy of the timeline and datasets pages: anyone signed in, or anyone at all when anonymous reading is
/// on (Accounts:AnonymousRead) or no account exists yet (the first run). What each one then sees is
/// <see cref="DatasetAccess.CanRead"/>.
/// </summary>
public sealed class ReadRequirement : IAuthorizationRequirement
{
    public const string Policy = "Read";
}

public sealed class ReadHandler(DatasetReads reads) : AuthorizationHandler<ReadRequirement>
{
    protected override async Task HandleRequirementAsync(AuthorizationHandlerContext context, ReadRequirement requirement)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.User.Identity?.IsAuthenticated == true)
        {
            context.Succeed(requirement);
            return;
        }

        // A database that cannot be reached throws here, and the request gets the "database unavailable" page.
        if (await reads.AnonymousMayReadAsync().ConfigureAwait(false))
        {
            context.Succeed(requirement);
        }
    }
}
