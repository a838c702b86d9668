using NodaTime;
using TimelineApp.Core.Documents;
using TimelineApp.Core.Events;
using TimelineApp.Core.Stories;
using TimelineApp.Core.Tests.Acceptance;

namespace TimelineApp.Core.Tests.Stories;

/// <summary>
/// Two captures of one story (TestData/stories, written for the project) through the real pipeline, then merged: each
/// document once, each happening once with every source, what the second capture changed, and the dispute it brings.
/// </summary>
public sealed class StoryMergerTests
{
    private static readonly DateTimeZone Athens = DateTimeZoneProviders.Tzdb["Europe/Athens"];

    public static StoryCapture Capture(int number, Instant at) =>
        Capture(number, at, Guid.Parse($"00000000-0000-0000-0000-00000000000{number}"));

    public static StoryCapture Capture(int number, Instant at, Guid id)
    {
        string path = Path.Combine(AppContext.BaseDirectory, "TestData", "stories", $"ferry-strike-capture-{number}.txt");
        var result = DumpRun.Pipeline.Process(File.ReadAllBytes(path), new Capture(at, Athens));
        return new StoryCapture(id, result.Capture, [.. result.Documents.Select(d => d.Document)], result.Events, result.Actors, result.Countries);
    }

    public static Instant FirstCapture { get; } = Instant.FromUtc(2025, 9, 16, 7, 0);

    public static Instant SecondCapture { get; } = Instant.FromUtc(2025, 9, 17, 15, 0);

    private static readonly Lazy<StoryTimeline> Story = new(() => StoryMerger.Merge([Capture(2, SecondCapture), Capture(1, FirstCapture)]));

    private static TimelineEvent Sole(StoryTimeline story, string words) =>
        Assert.Single(story.Events, e => e.Evidence.Any(x => x.Sentence.Contains(words, StringComparison.Ordinal)) && e.Evidence.Any(x => x.PhraseSpan is not null));

    [Fact]
    public void ADocumentCapturedTwice_IsOneDocument_WithTheMorePreciseTime()
    {
        var story = Story.Value;

        Assert.Equal(6, story.Documents.Count); // 3, and 3 new; the main article, Aegean Herald and Port Observer are recaptured
        Assert.Equal(Enumerable.Range(0, 6), story.Documents.Select(d => d.Index));
        var herald = Assert.Single(story.Documents, d => d.Source == "Aegean Herald");
        Assert.Equal(Instant.FromUtc(2025, 9, 16, 4, 0), herald.Published.Instant); // "3 hours ago" of the first capture, not "1 day ago"
        Assert.Equal(SecondCapture - FirstCapture, Duration.FromHours(32));
    }

    [Fact]
    public void TheUpdatedArticle_MovesTheTalks_AndSaysWhereTheyWere()
    {
        var story = Story.Value;
        var talks = Sole(story, "meet both sides");

        Assert.Equal(new LocalDate(2025, 9, 19), talks.FirstDay);
        var info = story.Of(talks.Id);
        Assert.Equal(EventChange.Moved, info.Change);
        Assert.Equal((new LocalDate(2025, 9, 18), new LocalDate(2025, 9, 18)), info.Previous);
        Assert.Contains(talks.Evidence, x => x.Sentence.Contains("Athens", StringComparison.Ordinal)); // Athens Evening's report joined it
        Assert.DoesNotContain(story.Events, e => e.FirstDay == new LocalDate(2025, 9, 18)); // the old date is not a second event
    }

    [Fact]
    public void SourcesThatDisagree_AreOneEvent_MarkedDisputed_WithWhoSaysWhat()
    {
        var story = Story.Value;
        var rescue = Sole(story, "300 passengers");
        var info = story.Of(rescue.Id);

        Assert.True(info.IsDisputed);
        Assert.Equal(
            [("Harbour Wire", new LocalDate(2025, 9, 14)), ("Port Observer", new LocalDate(2025, 9, 15))],
            info.Readings.Select(r => (r.Source, r.FirstDay)).Order());
        Assert.Equal(2, rescue.DocumentIndexes.Count); // both sources kept
        Assert.Contains(info.Readings, r => r.Phrase == "Sunday evening");

        // One source each: the newer report's date leads, so the event moved with the second capture, and says so.
        Assert.Equal(new LocalDate(2025, 9, 14), rescue.FirstDay);
        Assert.Equal(EventChange.Moved, info.Change);
        Assert.Equal(new LocalDate(2025, 9, 15), info.Previous?.First);
    }

    [Fact]
    public void NewEvents_AndNewSources_AreCounted_AndUnchangedOnesAreNot()
    {
        var story = Story.Value;

        Assert.Equal(EventChange.New, story.Of(Sole(story, "Hospitals on Crete").Id).Change);
        Assert.Equal(EventChange.New, story.Of(Sole(story, "extend the strike").Id).Change);
        Assert.Equal(EventChange.Unchanged, story.Of(Sole(story, "Hotel owners on Naxos").Id).Change);
        Assert.Equal(EventChange.Unchanged, story.Of(Sole(story, "walked off ferries").Id).Change);
        Assert.Equal(SecondCapture, FirstCapture + Duration.FromHours(32));
        Assert.Equal(FirstCapture, story.PreviousCapture);
    }

    [Fact]
    public void EveryActorOnce_AcrossCaptures()
    {
        var story = Story.Value;

        Assert.Single(story.Actors, a => a.Name == "Stavros Kalamaras");
        Assert.Single(story.Actors, a => a.Name == "Eleni Varvaki");
        var extension = Sole(story, "extend the strike");
        Assert.Contains(story.Actors.Single(a => a.Name == "Stavros Kalamaras").Id, extension.ActorIds);
    }

    [Fact]
    public void MergingAgain_GivesTheSameIds_WhateverTheOrderTheCapturesCome()
    {
        var again = StoryMerger.Merge([Capture(1, FirstCapture), Capture(2, SecondCapture)]);

        Assert.Equal(Story.Value.Events.Select(e => e.Id).Order(), again.Events.Select(e => e.Id).Order());
        Assert.Equal(Story.Value.Events.Count, again.Events.Select(e => e.Id).Distinct().Count());
    }

    [Fact]
    public void AStoryOfOneCapture_IsThatCapture_WithNothingChanged()
    {
        var one = Capture(1, FirstCapture);
        var story = StoryMerger.Merge([one]);

        Assert.Equal(one.Documents.Select(d => (d.Source, d.Title)), story.Documents.Select(d => (d.Source, d.Title)));
        Assert.Equal(one.Events.Select(e => (e.FirstDay, e.LastDay, e.Title)).Order(), story.Events.Select(e => (e.FirstDay, e.LastDay, e.Title)).Order());
        Assert.Null(story.PreviousCapture);
        Assert.All(story.Events, e => Assert.Equal(EventChange.Unchanged, story.Of(e.Id).Change));
    }
}
