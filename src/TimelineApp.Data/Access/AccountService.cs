using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using TimelineApp.Data.Entities;

namespace TimelineApp.Data.Access;

/// <summary>One account as the lists show it.</summary>
public sealed record AccountSummary(Guid Id, string Name, AccountRole? Role, bool LockedOut, Instant CreatedAt);

/// <summary>What an account operation gave: done, or the reasons it was not (one per line for the CLI).</summary>
public sealed record AccountResult(bool Succeeded, IReadOnlyList<string> Errors)
{
    public static AccountResult Ok { get; } = new(true, []);

    public static AccountResult Fail(params string[] errors) => new(false, errors);
}

/// <summary>
/// Accounts on ASP.NET Core Identity (the app's own database). Each call takes its own scope, since a Blazor circuit's
/// scope lives as long as the circuit. Web callers pass their <see cref="Actor"/> and must be admins; the CLI is the
/// machine's operator (it holds the database credentials) and uses <see cref="Operator"/>.
/// </summary>
public sealed class AccountService(IServiceScopeFactory scopes, IDbContextFactory<TimelineDbContext> contexts, AuditLog audit, AccountsExist accountsExist, IClock clock)
{
    /// <summary>The person at the server's command line (<c>timeline users ...</c>).</summary>
    public static Actor Operator { get; } = new(null, "operator", AccountRole.Admin, null, "cli");

    /// <summary>Creates an account with one role. The first admin becomes the owner of every dataset that has none.</summary>
    public async Task<AccountResult> CreateAsync(Actor by, string name, string password, AccountRole role, CancellationToken cancellationToken = default)
    {
        await RequireAdminAsync(by, cancellationToken).ConfigureAwait(false);
        await using var scope = scopes.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AccountRecord>>();
        var db = scope.ServiceProvider.GetRequiredService<TimelineDbContext>();
        await using var tx = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        var account = new AccountRecord { Id = Guid.NewGuid(), UserName = name.Trim(), CreatedAt = clock.GetCurrentInstant() };
        var created = await users.CreateAsync(account, password).ConfigureAwait(false);
        if (!created.Succeeded)
        {
            return AccountResult.Fail([.. created.Errors.Select(e => e.Description)]);
        }

        var added = await users.AddToRoleAsync(account, Actor.RoleName(role)).ConfigureAwait(false);
        if (!added.Succeeded)
        {
            return AccountResult.Fail([.. added.Errors.Select(e => e.Description)]);
        }

        if (role == AccountRole.Admin)
        {
            // Datasets from before accounts (and the sample) get an owner: the first admin.
            await db.Datasets.Where(d => d.OwnerId == null).ExecuteUpdateAsync(s => s.SetProperty(d => d.OwnerId, account.Id), cancellationToken).ConfigureAwait(false);
        }

        db.AuditEntries.Add(audit.Entry(by, "AccountCreate", null, account.UserName, Actor.RoleName(role)));
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        await tx.CommitAsync(cancellationToken).ConfigureAwait(false);
        accountsExist.Created();
        return AccountResult.Ok;
    }

    /// <summary>
    /// The account of someone signing in through an external provider for the first time: named after what the provider
    /// calls them, with the given role, no password, and the login linked so the next sign-in finds it. A name already
    /// taken by another account is refused (never linked to it: that would hand the account to whoever owns the name at
    /// the provider).
    /// </summary>
    public async Task<AccountResult> CreateExternalAsync(string name, string provider, string providerKey, AccountRole role, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        await using var scope = scopes.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AccountRecord>>();
        var db = scope.ServiceProvider.GetRequiredService<TimelineDbContext>();
        await using var tx = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        var account = new AccountRecord { Id = Guid.NewGuid(), UserName = name.Trim(), CreatedAt = clock.GetCurrentInstant() };
        var steps = new Func<Task<IdentityResult>>[]
        {
            () => users.CreateAsync(account),
            () => users.AddToRoleAsync(account, Actor.RoleName(role)),
            () => users.AddLoginAsync(account, new UserLoginInfo(provider, providerKey, provider)),
        };
        foreach (var step in steps)
        {
            var done = await step().ConfigureAwait(false);
            if (!done.Succeeded)
            {
                return AccountResult.Fail([.. done.Errors.Select(e => e.Description)]);
            }
        }

        var who = new Actor(account.Id, account.UserName, role, null, provider);
        db.AuditEntries.Add(audit.Entry(who, "AccountCreate", null, account.UserName, $"{Actor.RoleName(role)}, first sign-in through {provider}"));
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        await tx.CommitAsync(cancellationToken).ConfigureAwait(false);
        accountsExist.Created();
        return AccountResult.Ok;
    }

    /// <summary>Gives an account another role. The last admin cannot be demoted. The account's security stamp changes, so
    /// its open sessions act with the new role at once.</summary>
    public async Task<AccountResult> SetRoleAsync(Actor by, string name, AccountRole role, CancellationToken cancellationToken = default)
    {
        await RequireAdminAsync(by, cancellationToken).ConfigureAwait(false);
        await using var scope = scopes.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AccountRecord>>();
        var db = scope.ServiceProvider.GetRequiredService<TimelineDbContext>();
        var account = await users.FindByNameAsync(name).ConfigureAwait(false);
        if (account is null)
        {
            return AccountResult.Fail($"No account named '{name}'.");
        }

        var current = await users.GetRolesAsync(account).ConfigureAwait(false);
        string newRole = Actor.RoleName(role);
        if (current.Count == 1 && current[0] == newRole)
        {
            return AccountResult.Ok;
        }

        if (current.Contains("admin") && role != AccountRole.Admin && (await users.GetUsersInRoleAsync("admin").ConfigureAwait(false)).Count <= 1)
        {
            return AccountResult.Fail("That is the last admin: make another account admin first.");
        }

        await using var tx = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        var removed = await users.RemoveFromRolesAsync(account, current).ConfigureAwait(false);
        var added = removed.Succeeded ? await users.AddToRoleAsync(account, newRole).ConfigureAwait(false) : removed;
        if (!added.Succeeded)
        {
            return AccountResult.Fail([.. added.Errors.Select(e => e.Description)]);
        }

        await users.UpdateSecurityStampAsync(account).ConfigureAwait(false);
        db.AuditEntries.Add(audit.Entry(by, "RoleChange", null, account.UserName, $"{string.Join(",", current)} -> {newRole}"));
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        await tx.CommitAsync(cancellationToken).ConfigureAwait(false);
        return AccountResult.Ok;
    }

    /// <summary>Signs the account out on every device: its security stamp changes, so every cookie it was given stops working.</summary>
    public async Task<bool> SignOutEverywhereAsync(Guid accountId, CancellationToken cancellationToken = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AccountRecord>>();
        var account = await users.FindByIdAsync(accountId.ToString()).ConfigureAwait(false);
        if (account is null)
        {
            return false;
        }

        await users.UpdateSecurityStampAsync(account).ConfigureAwait(false);
        return true;
    }

    public async Task<IReadOnlyList<AccountSummary>> ListAsync(Actor by, CancellationToken cancellationToken = default)
    {
        await RequireAdminAsync(by, cancellationToken).ConfigureAwait(false);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var roles = await (from ur in db.UserRoles join r in db.Roles on ur.RoleId equals r.Id select new { ur.UserId, r.Name })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var users = await db.Users.AsNoTracking().ToListAsync(cancellationToken).ConfigureAwait(false);
        var now = clock.GetCurrentInstant().ToDateTimeOffset();
        return [.. users.OrderBy(u => u.UserName, StringComparer.OrdinalIgnoreCase).Select(u => new AccountSummary(
            u.Id, u.UserName ?? string.Empty, Actor.ParseRole(roles.FirstOrDefault(r => r.UserId == u.Id)?.Name), u.LockoutEnd > now, u.CreatedAt))];
    }

    /// <summary>
    /// The account as it is now in the database, for an actor that says it is that account: null when the account is gone,
    /// locked out, or its security stamp changed since the actor signed in (signed out everywhere, role changed).
    /// </summary>
    public async Task<Actor?> VerifyAsync(Actor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (actor.AccountId is not { } id)
        {
            return null;
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        var account = await db.Users.AsNoTracking().FirstOrDefaultAsync(u => u.Id == id, cancellationToken).ConfigureAwait(false);
        if (account is null || account.LockoutEnd > clock.GetCurrentInstant().ToDateTimeOffset() || (actor.SecurityStamp is not null && actor.SecurityStamp != account.SecurityStamp))
        {
            return null;
        }

        string? role = await (from ur in db.UserRoles join r in db.Roles on ur.RoleId equals r.Id where ur.UserId == id select r.Name)
            .FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        return actor with { Name = account.UserName ?? actor.Name, Role = Actor.ParseRole(role) };
    }

    /// <summary>The actor for an account named on the command line (<c>ingest --as NAME</c>), or null when there is none.</summary>
    public async Task<Actor?> ActorForAsync(string name, string via, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        string normalized = name.Trim().ToUpperInvariant();
        var account = await db.Users.AsNoTracking().FirstOrDefaultAsync(u => u.NormalizedUserName == normalized, cancellationToken).ConfigureAwait(false);
        return account is null ? null : await VerifyAsync(new Actor(account.Id, account.UserName ?? name, null, account.SecurityStamp, via), cancellationToken).ConfigureAwait(false);
    }

    private async Task RequireAdminAsync(Actor by, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(by);
        if (ReferenceEquals(by, Operator))
        {
            return;
        }

        var verified = await VerifyAsync(by, cancellationToken).ConfigureAwait(false);
        if (verified is null || !DatasetAccess.CanManageAccounts(verified))
        {
            throw new AccessDeniedException("Only an admin can manage accounts.");
        }
    }
}
