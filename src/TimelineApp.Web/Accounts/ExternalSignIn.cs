using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using TimelineApp.Data.Access;
using TimelineApp.Data.Entities;

namespace TimelineApp.Web.Accounts;

/// <summary>
/// Sign-in through an organisation's OpenID Connect provider, switched on by configuration (<c>Accounts:OpenIdConnect</c>).
/// The provider's answer lands in Identity's external cookie; <c>/account/external/done</c> then signs the linked account
/// in, or makes one (with the configured default role) at the first sign-in. Roles stay the app's own: an admin changes
/// them on the accounts page.
/// </summary>
public static class ExternalSignIn
{
    public const string Scheme = "oidc";

    public static void AddExternalSignIn(this Microsoft.AspNetCore.Authentication.AuthenticationBuilder authentication, AccountOptions.ExternalSignIn settings)
    {
        ArgumentNullException.ThrowIfNull(authentication);
        ArgumentNullException.ThrowIfNull(settings);
        if (!settings.Enabled)
        {
            return;
        }

        authentication.AddOpenIdConnect(Scheme, "Sign in with " + settings.DisplayName, o =>
        {
            o.Authority = settings.Authority;
            o.ClientId = settings.ClientId;
            o.ClientSecret = settings.ClientSecret;
            o.ResponseType = "code"; // the authorization code flow, with PKCE
            o.UsePkce = true;
            o.SignInScheme = IdentityConstants.ExternalScheme;
            o.CallbackPath = "/signin-oidc";
            o.SignedOutCallbackPath = "/signout-callback-oidc";
            o.Scope.Add("profile");
            o.Scope.Add("email");
            o.GetClaimsFromUserInfoEndpoint = true;
            o.MapInboundClaims = false; // keep the provider's claim names: sub, preferred_username, email
            o.SaveTokens = false; // the app calls no API with them
        });
    }

    public static IEndpointRouteBuilder MapExternalSignIn(this IEndpointRouteBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        // A form parameter makes the endpoint validate the antiforgery token: another site cannot start a sign-in.
        app.MapPost("/account/external", ([FromForm] ExternalForm form, SignInManager<AccountRecord> signIn, AccountOptions options) =>
        {
            if (!options.OpenIdConnect.Enabled)
            {
                return Results.NotFound();
            }

            string back = AccountEndpoints.LocalOnly(form.ReturnUrl);
            var properties = signIn.ConfigureExternalAuthenticationProperties(Scheme, "/account/external/done?ReturnUrl=" + Uri.EscapeDataString(back));
            return Results.Challenge(properties, [Scheme]);
        }).RequireRateLimiting(Security.SecurityPipeline.SignInPolicy);

        app.MapGet("/account/external/done", async (HttpContext context, SignInManager<AccountRecord> signIn, AccountService accounts, AccountOptions options) =>
        {
            string back = AccountEndpoints.LocalOnly(context.Request.Query["ReturnUrl"]);
            var info = await signIn.GetExternalLoginInfoAsync().ConfigureAwait(false);
            if (info is null)
            {
                return Results.Redirect("/account/login?error=external");
            }

            var result = await signIn.ExternalLoginSignInAsync(info.LoginProvider, info.ProviderKey, isPersistent: false, bypassTwoFactor: true).ConfigureAwait(false);
            if (!result.Succeeded && !result.IsLockedOut && !result.IsNotAllowed)
            {
                // The first sign-in: make the account, then sign it in.
                string name = NameOf(info.Principal, info.ProviderKey);
                var role = Actor.ParseRole(options.OpenIdConnect.DefaultRole) ?? AccountRole.Viewer;
                var created = await accounts.CreateExternalAsync(name, info.LoginProvider, info.ProviderKey, role, context.RequestAborted).ConfigureAwait(false);
                result = created.Succeeded
                    ? await signIn.ExternalLoginSignInAsync(info.LoginProvider, info.ProviderKey, isPersistent: false, bypassTwoFactor: true).ConfigureAwait(false)
                    : result;
                if (!created.Succeeded)
                {
                    await context.SignOutAsync(IdentityConstants.ExternalScheme).ConfigureAwait(false);
                    return Results.Redirect("/account/login?error=external-name");
                }
            }

            await context.SignOutAsync(IdentityConstants.ExternalScheme).ConfigureAwait(false);
            return result.Succeeded ? Results.LocalRedirect(back) : Results.Redirect("/account/login?error=" + (result.IsLockedOut ? "locked" : "external"));
        });
        return app;
    }

    /// <summary>The name a new account gets: the provider's user name, else the e-mail address, else its subject id.</summary>
    internal static string NameOf(ClaimsPrincipal principal, string providerKey)
    {
        string? name = principal.FindFirstValue("preferred_username") ?? principal.FindFirstValue("email") ?? principal.FindFirstValue(ClaimTypes.Email);
        return string.IsNullOrWhiteSpace(name) ? providerKey : name.Trim();
    }

    public sealed class ExternalForm
    {
        public string? ReturnUrl { get; set; }
    }
}
