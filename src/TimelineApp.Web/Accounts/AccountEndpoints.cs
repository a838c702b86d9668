using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using TimelineApp.Data.Access;
using TimelineApp.Data.Entities;
using TimelineApp.Web.Security;

namespace TimelineApp.Web.Accounts;

/// <summary>
/// Sign-in and sign-out are plain HTTP posts (a cookie cannot be set from a Blazor circuit): the static login page posts
/// here, with the antiforgery token. Sign-in is rate limited per address and counts failures toward the lockout.
/// </summary>
public static class AccountEndpoints
{
    public static IEndpointRouteBuilder MapAccountEndpoints(this IEndpointRouteBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapPost("/account/login", async ([FromForm] LoginForm form, SignInManager<AccountRecord> signIn) =>
        {
            string back = LocalOnly(form.ReturnUrl);
            if (string.IsNullOrWhiteSpace(form.UserName) || string.IsNullOrEmpty(form.Password))
            {
                return Results.Redirect(LoginPage("wrong", back));
            }

            var result = await signIn.PasswordSignInAsync(form.UserName.Trim(), form.Password, isPersistent: false, lockoutOnFailure: true).ConfigureAwait(false);
            if (result.Succeeded)
            {
                return Results.LocalRedirect(back);
            }

            // A wrong name and a wrong password get the same answer.
            return Results.Redirect(LoginPage(result.IsLockedOut ? "locked" : "wrong", back));
        }).RequireRateLimiting(SecurityPipeline.SignInPolicy);

        app.MapPost("/account/logout", async (SignInManager<AccountRecord> signIn) =>
        {
            await signIn.SignOutAsync().ConfigureAwait(false);
            return Results.LocalRedirect("/");
        });

        // Every cookie this account was given stops working: the security stamp changes, then this browser signs out.
        app.MapPost("/account/logout-everywhere", async (HttpContext context, SignInManager<AccountRecord> signIn, AccountService accounts) =>
        {
            if (CurrentActor.Of(context.User).AccountId is { } id)
            {
                await accounts.SignOutEverywhereAsync(id).ConfigureAwait(false);
            }

            await signIn.SignOutAsync().ConfigureAwait(false);
            return Results.LocalRedirect("/");
        }).RequireAuthorization();
        return app;
    }

    private static string LoginPage(string error, string back) => $"/account/login?error={error}&ReturnUrl={Uri.EscapeDataString(back)}";

    // Only paths of this app (never "//host" or "https://host"), so the login cannot be used to send people elsewhere.
    internal static string LocalOnly(string? url) =>
        url is { Length: > 0 } u && u[0] == '/' && (u.Length == 1 || (u[1] != '/' && u[1] != '\\')) ? u : "/";

    public sealed class LoginForm
    {
        public string? UserName { get; set; }

        public string? Password { get; set; }

        public string? ReturnUrl { get; set; }
    }
}
