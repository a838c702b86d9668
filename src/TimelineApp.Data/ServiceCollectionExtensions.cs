using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using TimelineApp.Core.Pipeline;
using TimelineApp.Data.Access;
using TimelineApp.Data.Entities;
using TimelineApp.Data.Ingest;
using TimelineApp.Data.Storage;

namespace TimelineApp.Data;

/// <summary>Registers the database, the dataset store, the pipeline and the ingest service; shared by the web app and the CLI.</summary>
public static class ServiceCollectionExtensions
{
    public static IServiceCollection AddTimelineData(this IServiceCollection services, DatabaseOptions database, IngestLimits limits, AccountOptions? accounts = null)
    {
        ArgumentNullException.ThrowIfNull(database);
        ArgumentNullException.ThrowIfNull(limits);
        services.AddDbContextFactory<TimelineDbContext>(o => o.UseTimelineDatabase(database));
        services.AddSingleton(database);
        services.AddSingleton(limits);
        services.AddSingleton<IClock>(_ => SystemClock.Instance);
        services.AddSingleton(sp => TimelinePipeline.CreateDefault(limits.MaxDocuments, limits.MaxParallelism, sp.GetService<IPipelinePacer>()));
        services.AddSingleton<DatasetStore>();
        services.AddIngest();
        services.AddTimelineAccounts(accounts ?? new AccountOptions());
        return services;
    }

    /// <summary>Identity on the app's database (password and lockout rules from <paramref name="accounts"/>) and the access layer.</summary>
    public static IdentityBuilder AddTimelineAccounts(this IServiceCollection services, AccountOptions accounts)
    {
        ArgumentNullException.ThrowIfNull(accounts);
        services.AddSingleton(accounts);
        services.AddLogging();
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<AccountsExist>();
        services.AddSingleton<AuditLog>();
        services.AddSingleton<AccountService>();
        services.AddSingleton<DatasetActions>();
        services.AddSingleton<DatasetReads>();
        services.AddSingleton<ShareLinks>();
        services.AddSingleton<CorrectionLog>();
        services.AddSingleton<StoryViews>();
        services.AddSingleton<StoryTimelines>(); // a story's timeline, its corrections applied
        return services.AddIdentityCore<AccountRecord>(o =>
            {
                o.User.RequireUniqueEmail = false;
                o.Password.RequiredLength = accounts.Password.RequiredLength;
                o.Password.RequireDigit = accounts.Password.RequireDigit;
                o.Password.RequireUppercase = accounts.Password.RequireUppercase;
                o.Password.RequireLowercase = accounts.Password.RequireLowercase;
                o.Password.RequireNonAlphanumeric = accounts.Password.RequireNonAlphanumeric;
                o.Password.RequiredUniqueChars = 1;
                o.Lockout.AllowedForNewUsers = true;
                o.Lockout.MaxFailedAccessAttempts = accounts.Lockout.MaxFailedAttempts;
                o.Lockout.DefaultLockoutTimeSpan = accounts.Lockout.Duration;
            })
            .AddRoles<IdentityRole<Guid>>()
            .AddEntityFrameworkStores<TimelineDbContext>();
    }

    /// <summary>The ingest layer (one of each per process); the caller registers the database, clock, limits and pipeline.</summary>
    public static IServiceCollection AddIngest(this IServiceCollection services)
    {
        services.AddSingleton<StorageFaults>();
        services.AddSingleton<JobChannel>();
        services.AddSingleton<JobNotifications>();
        services.AddSingleton<RunningJobs>();
        services.AddSingleton<JobLeases>();
        services.AddSingleton<JobEndings>();
        services.AddSingleton<JobQueries>();
        services.AddSingleton<UploadIntake>();
        services.AddSingleton<JobRunner>();
        services.AddSingleton<JobCancellation>();
        services.AddSingleton<JobRecovery>();
        services.AddSingleton<IngestService>();
        return services;
    }
}
