using Microsoft.Extensions.Logging;
using TimelineApp.Data.Ingest;
using TimelineApp.Data.Storage;
using TimelineApp.Web.Services;

namespace TimelineApp.Web.Tests.Services;

/// <summary>The app's real background worker over a test database's services.</summary>
internal static class IngestWorkers
{
    public static IngestWorker Create(StorageProvider storage, IngestLimits limits, ILogger<IngestWorker> log) => new(
        storage.Get<JobRunner>(),
        storage.Get<JobRecovery>(),
        storage.Get<JobChannel>(),
        new TimelineCache(storage.Get<StoryTimelines>()),
        storage.Store,
        storage.Get<StorageFaults>(),
        limits,
        log);
}
