using System.Security.Claims;
using Microsoft.AspNetCore.Components.Authorization;
using TimelineApp.Data.Access;

namespace TimelineApp.Web.Accounts;

/// <summary>
/// Who is using this circuit (or request), as an <see cref="Actor"/> for the access layer: the account id, name, role and
/// the security stamp from the sign-in cookie's claims. The access layer re-reads the account before every change.
/// </summary>
public sealed class CurrentActor(AuthenticationStateProvider authentication)
{
    public const string SecurityStampClaim = "AspNet.Identity.SecurityStamp";

    public async Task<Actor> GetAsync()
    {
        var state = await authentication.GetAuthenticationStateAsync().ConfigureAwait(false);
        return Of(state.User);
    }

    public static Actor Of(ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (user.Identity?.IsAuthenticated != true || !Guid.TryParse(user.FindFirstValue(ClaimTypes.NameIdentifier), out var id))
        {
            return Actor.Anonymous;
        }

        return new Actor(id, user.Identity.Name ?? "?", Actor.ParseRole(user.FindFirstValue(ClaimTypes.Role)), user.FindFirstValue(SecurityStampClaim), "web");
    }
}
