using Microsoft.AspNetCore.Identity;
using NodaTime;

namespace TimelineApp.Data.Entities;

/// <summary>An account (ASP.NET Core Identity user in the app's own database). Exactly one role: admin, editor or viewer.</summary>
public sealed class AccountRecord : IdentityUser<Guid>
{
    public Instant CreatedAt { get; set; }
}
