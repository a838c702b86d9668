namespace TimelineApp.Data.Access;

/// <summary>What an account may do. One per account.</summary>
public enum AccountRole
{
    /// <summary>Reads what it may see.</summary>
    Viewer,

    /// <summary>Also uploads, renames, re-processes, cancels and deletes datasets it may see.</summary>
    Editor,

    /// <summary>Everything, accounts and the audit log included.</summary>
    Admin,
}

/// <summary>
/// Who asks for something: an account (with the security stamp its sign-in carried, so "sign out everywhere" and a role
/// change refuse the next action) or nobody. <see cref="Via"/> is web, cli or system; it goes into the audit log.
/// </summary>
public sealed record Actor(Guid? AccountId, string Name, AccountRole? Role, string? SecurityStamp, string Via)
{
    public static Actor Anonymous { get; } = new(null, "anonymous", null, null, "web");

    public bool IsSignedIn => AccountId is not null;

    public static string RoleName(AccountRole role) => role.ToString().ToLowerInvariant();

    public static AccountRole? ParseRole(string? name) => name?.ToLowerInvariant() switch
    {
        "admin" => AccountRole.Admin,
        "editor" => AccountRole.Editor,
        "viewer" => AccountRole.Viewer,
        _ => null,
    };
}

/// <summary>An action the actor may not take. Nothing was changed.</summary>
public sealed class AccessDeniedException : Exception
{
    public AccessDeniedException()
    {
    }

    public AccessDeniedException(string message)
        : base(message)
    {
    }

    public AccessDeniedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
