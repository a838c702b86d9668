using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TimelineApp.Data;
using TimelineApp.Data.Access;
using TimelineApp.Data.Ingest;
using TimelineApp.Data.Storage;

namespace TimelineApp.Cli;

/// <summary>
/// The app's storage, ingest and accounts for a command, on the app's database (same configuration keys, read from the
/// environment: <c>Database__Provider</c>, <c>ConnectionStrings__Timeline</c>, <c>Database__DataDirectory</c>,
/// <c>Ingest__Lease</c>, <c>Accounts__Password__RequiredLength</c>), migrated to the current schema.
/// </summary>
internal static class CliServices
{
    public static ServiceProvider Build()
    {
        var database = new DatabaseOptions
        {
            Provider = Environment.GetEnvironmentVariable("Database__Provider") ?? "Sqlite",
            ConnectionString = Environment.GetEnvironmentVariable("ConnectionStrings__Timeline"),
            DataDirectory = Environment.GetEnvironmentVariable("Database__DataDirectory"),
        };
        var services = new ServiceCollection().AddTimelineData(database, Limits(), Accounts()).BuildServiceProvider();
        using (var db = services.GetRequiredService<IDbContextFactory<TimelineDbContext>>().CreateDbContext())
        {
            DatabaseSetup.MigrateAsync(db).GetAwaiter().GetResult();
        }

        return services;
    }

    // Job timing from the environment, as the web app reads it from configuration (Ingest__Lease=00:00:30).
    private static IngestLimits Limits()
    {
        var limits = new IngestLimits();
        if (TimeSpan.TryParse(Environment.GetEnvironmentVariable("Ingest__Lease"), System.Globalization.CultureInfo.InvariantCulture, out var lease) && lease > TimeSpan.Zero)
        {
            limits.Lease = lease;
        }

        if (TimeSpan.TryParse(Environment.GetEnvironmentVariable("Ingest__JobTimeout"), System.Globalization.CultureInfo.InvariantCulture, out var budget) && budget > TimeSpan.Zero)
        {
            limits.JobTimeout = budget;
        }

        return limits;
    }

    // The password rules must be the web app's: the same variables (Accounts__Password__RequiredLength=16).
    private static AccountOptions Accounts()
    {
        var accounts = new AccountOptions();
        if (int.TryParse(Environment.GetEnvironmentVariable("Accounts__Password__RequiredLength"), System.Globalization.CultureInfo.InvariantCulture, out int length) && length > 0)
        {
            accounts.Password.RequiredLength = length;
        }

        return accounts;
    }
}
