using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using TimelineApp.Data.Storage;

namespace TimelineApp.Data.Migrations.Sqlite;

/// <summary>
/// Lets `dotnet ef` build the context for SQLite with this assembly as its migrations assembly, without
/// starting the app: `dotnet ef migrations add Name --project src/TimelineApp.Data.Migrations.Sqlite`.
/// Adding a migration never connects, so the connection string only has to name the provider.
/// </summary>
public sealed class DesignTimeContextFactory : IDesignTimeDbContextFactory<TimelineDbContext>
{
    public TimelineDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<TimelineDbContext>();
        options.UseTimelineDatabase(new DatabaseOptions { Provider = "Sqlite", ConnectionString = "Data Source=design-time.db" });
        return new TimelineDbContext(options.Options);
    }
}
