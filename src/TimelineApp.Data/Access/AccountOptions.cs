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

    /// <summary>Sign-in through an organisation's OpenID Connect provider; off until <see cref="ExternalSignIn.Authority"/> and a client id are set.</summary>
    public ExternalSignIn OpenIdConnect { get; set; } = new();

    public sealed class ExternalSignIn
    {
        /// <summary>The provider's issuer address, e.g. https://login.example.org/realms/news (its discovery document is read from there).</summary>
        public string? Authority { get; set; }

        public string? ClientId { get; set; }

        /// <summary>Give it through an environment variable or a secret store, never in a committed file.</summary>
        public string? ClientSecret { get; set; }

        /// <summary>What the sign-in button says: "Sign in with {DisplayName}".</summary>
        public string DisplayName { get; set; } = "your organisation";

        /// <summary>The role of an account made at its first external sign-in; an admin can change it afterwards.</summary>
        public string DefaultRole { get; set; } = "viewer";

        public bool Enabled => !string.IsNullOrWhiteSpace(Authority) && !string.IsNullOrWhiteSpace(ClientId);
    }

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
