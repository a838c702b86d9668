using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using TimelineApp.Core.Pipeline;
using TimelineApp.Data.Ingest;
using TimelineApp.Data.Storage;

namespace TimelineApp.Data;

/// <summary>Registers the database, the dataset store, the pipeline and the ingest service; shared by the web app and the CLI.</summary>
public static class ServiceCollectionExtensions
{
    public static IServiceCollection AddTimelineData(this IServiceCollection services, DatabaseOptions database, IngestLimits limits)
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
        return services;
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
