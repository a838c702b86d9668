using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using MudBlazor.Services;
using TimelineApp.Data.Access;
using TimelineApp.Data.Entities;
using TimelineApp.Web.Accounts;
using TimelineApp.Data;
using TimelineApp.Data.Ingest;
using TimelineApp.Data.Storage;

namespace TimelineApp.Web.Services;

/// <summary>Everything the web app registers, grouped, so Program.cs stays short.</summary>
public static class WebServiceExtensions
{
    public static IHostApplicationBuilder AddTimelineApp(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);

        // Storage and the pipeline (shared with the CLI)
        var database = builder.Configuration.GetSection("Database").Get<DatabaseOptions>() ?? new DatabaseOptions();
        database.ConnectionString = builder.Configuration.GetConnectionString("Timeline") is { Length: > 0 } cs ? cs : database.ConnectionString;
        if (!database.IsPostgres && database.ConnectionString is { } sqlite)
        {
            database.ConnectionString = RootRelativeSqlite(sqlite, builder.Environment.ContentRootPath);
        }

        var limits = builder.Configuration.GetSection("Ingest").Get<IngestLimits>() ?? new IngestLimits();
        var accounts = builder.Configuration.GetSection(AccountOptions.Section).Get<AccountOptions>() ?? new AccountOptions();
        builder.Services.AddTimelineData(database, limits, accounts);
        builder.AddTimelineAccounts();

        // Background ingestion (which gives way to viewers) and shared dataset views
        builder.Services.AddSingleton<ViewerPriority>();
        builder.Services.AddSingleton<TimelineApp.Core.Pipeline.IPipelinePacer>(sp => sp.GetRequiredService<ViewerPriority>());
        builder.Services.AddSingleton(builder.Configuration.GetSection("TimelineCache").Get<TimelineCacheOptions>() ?? new TimelineCacheOptions());
        builder.Services.AddSingleton<TimelineCache>();
        builder.Services.AddSingleton<DatabaseStatus>();
        builder.Services.AddHostedService<DatabaseInitializer>();
        builder.Services.AddHealthChecks()
            .AddDbContextCheck<TimelineDbContext>("database")
            .AddCheck<DatabaseReadyCheck>("schema")
            .AddCheck<StorageWritableCheck>("writes");
        builder.Services.AddHostedService<IngestWorker>();

        // UI
        builder.Services.AddRazorComponents().AddInteractiveServerComponents();
        builder.Services.AddMudServices();
        builder.Services.AddScoped<ViewerClock>();
        return builder;
    }

    /// <summary>Sign-in with Identity's cookie (set by the /account endpoints), the "Read" policy, and the actor of each circuit.</summary>
    private static void AddTimelineAccounts(this IHostApplicationBuilder builder)
    {
        var security = builder.Configuration.GetSection(TimelineApp.Web.Security.SecurityOptions.Section).Get<TimelineApp.Web.Security.SecurityOptions>() ?? new TimelineApp.Web.Security.SecurityOptions();
        var authentication = builder.Services.AddAuthentication(IdentityConstants.ApplicationScheme);
        authentication.AddIdentityCookies();
        var accounts = builder.Configuration.GetSection(AccountOptions.Section).Get<AccountOptions>() ?? new AccountOptions();
        authentication.AddExternalSignIn(accounts.OpenIdConnect); // only when configured
        new IdentityBuilder(typeof(AccountRecord), typeof(IdentityRole<Guid>), builder.Services).AddSignInManager();
        builder.Services.ConfigureApplicationCookie(o =>
        {
            o.Cookie.Name = "timeline-auth";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Lax;
            o.Cookie.SecurePolicy = security.TerminatesTls ? CookieSecurePolicy.Always : CookieSecurePolicy.SameAsRequest;
            o.LoginPath = "/account/login";
            o.AccessDeniedPath = "/account/denied";
        });
        // A changed security stamp (sign out everywhere, a new role) ends other sessions' cookies within a minute;
        // every change is checked against the database at once anyway (DatasetActions).
        builder.Services.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = TimeSpan.FromMinutes(1));
        builder.Services.AddSingleton<IAuthorizationHandler, ReadHandler>();
        builder.Services.AddAuthorizationBuilder().AddPolicy(ReadRequirement.Policy, p => p.AddRequirements(new ReadRequirement()));
        builder.Services.AddCascadingAuthenticationState();
        builder.Services.AddScoped<CurrentActor>();
    }

    // A relative SQLite path is taken relative to the content root, not to whatever the working directory is.
    private static string RootRelativeSqlite(string connectionString, string contentRoot)
    {
        var csb = new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(connectionString);
        if (!string.IsNullOrEmpty(csb.DataSource) && csb.DataSource != ":memory:" && !Path.IsPathRooted(csb.DataSource))
        {
            csb.DataSource = Path.GetFullPath(Path.Combine(contentRoot, csb.DataSource));
        }

        return csb.ToString();
    }
}
