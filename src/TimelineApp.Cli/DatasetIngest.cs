using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TimelineApp.Core.Documents;
using TimelineApp.Data;
using TimelineApp.Data.Access;
using TimelineApp.Data.Entities;
using TimelineApp.Data.Ingest;
using TimelineApp.Data.Storage;

namespace TimelineApp.Cli;

/// <summary>
/// Stores a dump as a dataset through the same ingest path the web upload takes: the dump is stored,
/// a durable job queued, then processed here. The database is the app's (same configuration keys, read
/// from the environment: <c>Database__Provider</c>, <c>ConnectionStrings__Timeline</c>, <c>Database__DataDirectory</c>).
/// </summary>
internal static class DatasetIngest
{
    /// <param name="bytes">The dump.</param>
    /// <param name="capture">When and in which zone it was captured.</param>
    /// <param name="name">The dataset's name (a new story takes it too).</param>
    /// <param name="asAccount">The account it is stored for.</param>
    /// <param name="visibility">Who may read it (a capture joining a story takes the story's instead).</param>
    /// <param name="story">The story it joins, by name or id; one of that name is started when there is none.</param>
    public static int Store(byte[] bytes, Capture capture, string name, string? asAccount, DatasetVisibility visibility, string? story = null)
    {
        using var services = CliServices.Build();
        var accounts = services.GetRequiredService<AccountService>();
        if (asAccount is null)
        {
            throw new CliInputException(services.GetRequiredService<AccountsExist>().AnyAsync().GetAwaiter().GetResult()
                ? "say which account stores the dataset: --as NAME"
                : "no accounts yet: create the first admin with 'timeline users add NAME --role admin', then ingest --as NAME");
        }

        var actor = accounts.ActorForAsync(asAccount, "cli").GetAwaiter().GetResult()
            ?? throw new CliInputException($"no account '{asAccount}' that can sign in (unknown or locked out)");
        var ingest = services.GetRequiredService<IngestService>();
        using var stream = new MemoryStream(bytes, writable: false);
        JobSnapshot job;
        try
        {
            // Through the access layer, as the web upload: a viewer is refused, the audit log records the account and "cli".
            var joins = story is null ? null : StoryLookup.Find(services.GetRequiredService<DatasetReads>().ListStoriesAsync(actor).GetAwaiter().GetResult(), story);
            job = services.GetRequiredService<DatasetActions>().UploadAsync(actor, stream, joins is null && story is not null ? story : name, capture, visibility, joins?.Id).GetAwaiter().GetResult();
        }
        catch (Exception e) when (e is IngestRejectedException or AccessDeniedException)
        {
            throw new CliInputException(e.Message);
        }

        // The CLI is its own runner: the same runner as the web app's worker, with the same retries (Polly, IngestRetry).
        var done = ingest.RunToEndAsync(job.Id).GetAwaiter().GetResult().Job
            ?? throw new CliInputException("The dataset was deleted while it was being processed.");
        if (done.Status != JobStatus.Succeeded)
        {
            Console.Error.WriteLine($"timeline: {done.Error}");
            return 3;
        }

        var summary = services.GetRequiredService<DatasetStore>().FindAsync(done.DatasetId).GetAwaiter().GetResult()!;
        Console.WriteLine($"stored dataset {summary.Id} \"{summary.Name}\": {summary.DocumentCount} documents, {summary.EventCount} events, {summary.ActorCount} actors, {summary.CountryCount} countries");
        if (story is not null)
        {
            // The story's merge is made and kept now, as the web app does when a capture lands, so its next viewer reads one row.
            services.GetRequiredService<StoryTimelines>().LoadAsync(summary.StoryId).GetAwaiter().GetResult();
            var whole = services.GetRequiredService<DatasetStore>().FindStoryAsync(summary.StoryId).GetAwaiter().GetResult()!;
            Console.WriteLine($"story {whole.Id:N} \"{whole.Name}\": {whole.Captures.Count} captures");
        }
        return 0;
    }
}
