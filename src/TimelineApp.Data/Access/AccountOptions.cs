namespace TimelineApp.Data.Access;

/// <summary>The <c>Accounts</c> configuration section.</summary>
public sealed class AccountOptions
{
    public const string Section = "Accounts";

    /// <summary>
    /// Lets people who are not signed in read public datasets. Off by default; while no account exists yet, public
    /// datasets (the bundled sample) are readable anyway, so a fresh clone shows the sample before the first admin exists.
    /// </summary>
    public bool AnonymousRead { get; set; }

    public PasswordRules Password { get; set; } = new();

    public LockoutRules Lockout { get; set; } = new();

    /// <summary>Most datasets one account may own (uploads past it are refused).</summary>
    public int MaxDatasetsPerAccount { get; set; } = 200;

    public sealed class PasswordRules
    {
        public int RequiredLength { get; set; } = 12;

        public bool RequireDigit { get; set; }

        public bool RequireUppercase { get; set; }

        public bool RequireLowercase { get; set; }

        public bool RequireNonAlphanumeric { get; set; }
    }

    public sealed class LockoutRules
    {
        public int MaxFailedAttempts { get; set; } = 5;

        public TimeSpan Duration { get; set; } = TimeSpan.FromMinutes(15);
    }
}
