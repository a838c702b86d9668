using TimelineApp.Core.Dates;
using TimelineApp.Core.Dates.Recognizers;
using TimelineApp.Core.Documents;
using TimelineApp.Core.Entities;
using TimelineApp.Core.Entities.Actors;
using TimelineApp.Core.Events;
using TimelineApp.Core.Text;

namespace TimelineApp.Core.Pipeline;

/// <summary>
/// Dump in, timeline out, in one pass: read documents → resolve time phrases against each document's
/// publication time → find actors and countries → build events → merge the same happening across documents.
/// Immutable and thread-safe once built; build one and reuse it (the recognizer is expensive to create).
/// </summary>
/// <param name="resolver">Resolves time phrases.</param>
/// <param name="entities">Finds actors, countries and places.</param>
/// <param name="countries">Country names for the result.</param>
/// <param name="maxDocuments">The most documents one dump may hold.</param>
/// <param name="maxParallelism">How many documents are resolved at once. Documents are independent, so
/// the CLI uses every core; the web app leaves one to its viewers.</param>
/// <param name="pacer">Asked between documents whether to give way to more urgent work; none in the CLI.</param>
public sealed class TimelinePipeline(TimeResolver resolver, IEntityFinder entities, CountryCatalog countries, int maxDocuments = DumpReader.DefaultMaxDocuments, int maxParallelism = 1, IPipelinePacer? pacer = null)
{
    /// <summary>A pipeline with the default recognizer, entity finder and country data.</summary>
    public static TimelinePipeline CreateDefault(int maxDocuments = DumpReader.DefaultMaxDocuments, int maxParallelism = 1, IPipelinePacer? pacer = null) =>
        new(new TimeResolver(new RecognizersTimeMentionFinder()), EntityFinderFactory.CreateDefault(), CountryCatalog.Default, maxDocuments, maxParallelism, pacer);

    public TimeResolver Resolver => resolver;

    /// <summary>The merge stage; tests swap it to see the events before merging or to compare merges.</summary>
    internal Func<IReadOnlyList<TimelineEvent>, IReadOnlyList<string?>, IProgress<int>?, IReadOnlyList<TimelineEvent>> Merger { get; init; } = EventMerger.Merge;

    public TimelineResult Process(ReadOnlySpan<byte> dump, Capture capture, IProgress<PipelineProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        progress?.Report(new PipelineProgress(PipelineStage.Reading, 0, 1));
        var content = DumpReader.Read(dump, capture, maxDocuments);
        return Process(content, capture, progress, cancellationToken);
    }

    public TimelineResult Process(string dump, Capture capture, IProgress<PipelineProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        progress?.Report(new PipelineProgress(PipelineStage.Reading, 0, 1));
        var content = DumpReader.Read(dump, capture, maxDocuments);
        return Process(content, capture, progress, cancellationToken);
    }

    private TimelineResult Process(DumpContent content, Capture capture, IProgress<PipelineProgress>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(capture);
        var documents = content.Documents;

        // Each text is split into sentences once, here, and every later stage (dates, actors, events) reads those sentences.
        var bodies = documents.Select(d => AnnotatedText.Of(d.Body)).ToArray();

        // Resolution dominates the cost and documents are independent: resolve them side by side.
        var times = new DocumentTimes[documents.Count];
        var phrasesLeftOut = new bool[documents.Count];
        int resolved = 0;
        progress?.Report(new PipelineProgress(PipelineStage.ResolvingDates, 0, documents.Count));
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, maxParallelism), CancellationToken = cancellationToken };
        Parallel.For(0, documents.Count, parallel, i =>
        {
            pacer?.GiveWay(cancellationToken);
            var published = documents[i].Published.Instant.InZone(capture.Zone);
            var resolution = resolver.Resolve(bodies[i], published, DateLimits.PhraseBudget(documents[i].Body.Length));
            times[i] = new DocumentTimes(documents[i], resolution.Times);
            phrasesLeftOut[i] = resolution.PhrasesLeftOut;
            progress?.Report(new PipelineProgress(PipelineStage.ResolvingDates, Interlocked.Increment(ref resolved), documents.Count));
        });

        var actors = new Dictionary<string, Actor>(StringComparer.Ordinal);
        var found = new (DocumentEntities Headline, DocumentEntities Body)[documents.Count];
        for (int i = 0; i < documents.Count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            pacer?.GiveWay(cancellationToken);
            progress?.Report(new PipelineProgress(PipelineStage.FindingEntities, i, documents.Count));
            // Earlier documents' actors let a surname join its person ("Trump" after "Donald Trump" elsewhere);
            // the body comes before the headline so the headline's short names join the body's full ones.
            var body = entities.Find(bodies[i], [.. actors.Values]);
            var headline = entities.Find(AnnotatedText.Of(documents[i].Title), [.. body.Actors, .. actors.Values]);
            found[i] = (headline, body);
            foreach (var actor in body.Actors.Concat(headline.Actors))
            {
                actors[actor.Id] = actors.TryGetValue(actor.Id, out var existing) ? MergeActor(existing, actor) : actor;
            }
        }

        progress?.Report(new PipelineProgress(PipelineStage.BuildingEvents, 0, documents.Count));
        var events = new List<TimelineEvent>();
        var notes = new List<string>(documents.Where((_, i) => phrasesLeftOut[i]).Select(PipelineNotes.PhrasesLeftOut));
        int documentsWithoutEvents = 0;
        for (int i = 0; i < documents.Count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            int room = Math.Min(EventLimits.MaxEventsPerDocument, EventLimits.MaxEventsPerDump - events.Count);
            if (room <= 0)
            {
                documentsWithoutEvents++;
                continue;
            }

            var built = EventBuilder.Build(documents[i], bodies[i], times[i].Times, found[i].Headline, found[i].Body, actors, capture.Zone, room);
            events.AddRange(built.Events);
            if (built.LeftOut > 0)
            {
                notes.Add(PipelineNotes.EventsLeftOut(documents[i], built.Events.Count, built.LeftOut));
            }
        }

        if (documentsWithoutEvents > 0)
        {
            notes.Add(PipelineNotes.DumpFull(documentsWithoutEvents));
        }

        // One actor per person in the dataset ("James Kopp" and "James C. Kopp" of two documents), before events
        // merge, so that merging sees one person. After the events are built: their titles use each document's own forms.
        var people = ActorAliasMerger.Merge([.. actors.Values]);
        for (int i = 0; i < events.Count; i++)
        {
            events[i] = events[i] with { ActorIds = people.Map(events[i].ActorIds) };
        }

        progress?.Report(new PipelineProgress(PipelineStage.MergingEvents, 0, events.Count));
        var merging = progress is null ? null : new Progress(done => progress.Report(new PipelineProgress(PipelineStage.MergingEvents, done, events.Count)));
        var merged = Merger(events, [.. documents.Select(d => d.Source)], merging);
        var usedCountries = merged.SelectMany(e => e.CountryCodes)
            .Concat(found.SelectMany(f => f.Headline.Mentions.Concat(f.Body.Mentions)).Where(m => m.Kind is EntityKind.Country or EntityKind.Location).Select(m => m.CountryCode).OfType<string>())
            .Concat(actors.Values.Select(a => a.CountryCode).OfType<string>())
            .Distinct()
            .Select(code => countries[code])
            .OfType<Country>()
            .OrderBy(c => c.Name, StringComparer.Ordinal)
            .ToList();
        progress?.Report(new PipelineProgress(PipelineStage.Done, 1, 1));
        return new TimelineResult(capture, content.Format, times, merged, people.Actors, usedCountries) { Notes = notes };
    }

    // Reports on the caller's thread, at once (System.Progress<T> would post to a synchronization context, late).
    private sealed class Progress(Action<int> report) : IProgress<int>
    {
        public void Report(int value) => report(value);
    }

    // A title ("Trade Minister") says more than a role noun ("counterpart") found in another document.
    private static Actor MergeActor(Actor a, Actor b) => a with
    {
        Role = a.Role is { Length: > 0 } r && char.IsUpper(r[0]) ? r : b.Role is { Length: > 0 } s && char.IsUpper(s[0]) ? s : a.Role ?? b.Role,
        CountryCode = a.CountryCode ?? b.CountryCode,
        Aliases = [.. a.Aliases.Union(b.Aliases)],
    };
}
