using NodaTime;
using TimelineApp.Core.Dates;
using TimelineApp.Core.Dates.Recognizers;
using TimelineApp.Core.Documents;
using TimelineApp.Core.Tests.Acceptance;

namespace TimelineApp.Core.Tests.Dates;

/// <summary>A document is read up to its phrase budget, and what lies past it is said, not silently lost.</summary>
public sealed class PhraseBudgetTests
{
    private static readonly TimeResolver Resolver = new(new RecognizersTimeMentionFinder());
    private static readonly ZonedDateTime Published = new LocalDateTime(2025, 7, 14, 12, 0).InZoneStrictly(DateTimeZoneProviders.Tzdb["Europe/London"]);

    [Fact]
    public void PastTheBudget_TheFirstPhrasesAreRead_AndTheCutIsReported()
    {
        string text = string.Concat(Enumerable.Repeat("The talks resumed on Monday. ", 40));

        var cut = Resolver.Resolve(text, Published, maxPhrases: 10);
        var whole = Resolver.Resolve(text, Published, maxPhrases: 1_000);

        Assert.True(cut.PhrasesLeftOut);
        Assert.Equal(10, cut.Times.Count);
        Assert.Equal(whole.Times.Take(10).Select(t => (t.Span, t.Value)), cut.Times.Select(t => (t.Span, t.Value)));
        Assert.False(whole.PhrasesLeftOut);
        Assert.Equal(40, whole.Times.Count);
    }

    [Fact]
    public void ABudgetExactlyMet_IsNotACut()
    {
        string text = string.Concat(Enumerable.Repeat("The talks resumed on Monday. ", 5));

        var result = Resolver.Resolve(text, Published, maxPhrases: 5);

        Assert.False(result.PhrasesLeftOut);
        Assert.Equal(5, result.Times.Count);
    }

    [Fact]
    public void InThePipeline_ALineOfDates_IsReadUpToTheBudget_WithANote()
    {
        string line = string.Concat(Enumerable.Repeat("Monday ", DateLimits.MaxPhrasesPerDocument + 500));
        var capture = new Capture(Instant.FromUtc(2025, 7, 14, 12, 0), DateTimeZoneProviders.Tzdb["Europe/London"]);

        var result = DumpRun.Pipeline.Process("Dates everywhere\n\n" + line + "\n", capture, cancellationToken: TestContext.Current.CancellationToken);

        var times = Assert.Single(result.Documents).Times;
        Assert.True(times.Count <= DateLimits.PhraseBudget(line.Length));
        string budget = DateLimits.PhraseBudget(line.Length).ToString("N0", System.Globalization.CultureInfo.InvariantCulture);
        Assert.Contains(result.Notes, n => n.Contains("time phrases", StringComparison.Ordinal) && n.Contains($"the first {budget} were read", StringComparison.Ordinal));
    }

    [Fact]
    public void InThePipeline_TextDenserThanAnyNews_IsReadUpToItsLengthsBudget()
    {
        // 1,000 "Monday"s in 7,000 characters: one phrase every 7 characters; the budget is the floor of 200.
        string line = string.Concat(Enumerable.Repeat("Monday ", 1_000));
        var capture = new Capture(Instant.FromUtc(2025, 7, 14, 12, 0), DateTimeZoneProviders.Tzdb["Europe/London"]);

        var result = DumpRun.Pipeline.Process("Dates everywhere\n\n" + line + "\n", capture, cancellationToken: TestContext.Current.CancellationToken);

        Assert.True(Assert.Single(result.Documents).Times.Count <= DateLimits.MinPhraseBudget);
        Assert.Contains(result.Notes, n => n.Contains("the first 200 were read", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(0, DateLimits.MinPhraseBudget)]
    [InlineData(DateLimits.CharactersPerPhrase * 500, 500)]
    [InlineData(10_000_000, DateLimits.MaxPhrasesPerDocument)]
    public void TheBudget_GrowsWithTheLength_BetweenItsFloorAndItsCap(int length, int budget) =>
        Assert.Equal(budget, DateLimits.PhraseBudget(length));

    [Fact]
    public void NewsAsDenseAsAChronology_IsReadWhole()
    {
        // A chronology box: a date every 90 characters or so, 300 of them, well past the floor.
        string chronology = string.Concat(Enumerable.Range(0, 300).Select(i => string.Create(System.Globalization.CultureInfo.InvariantCulture,
            $"On {new LocalDate(2024, 1, 1).PlusDays(i):MMMM d}, the delegates met again in Geneva to discuss the draft of the accord. ")));

        var result = Resolver.Resolve(chronology, Published, DateLimits.PhraseBudget(chronology.Length));

        Assert.False(result.PhrasesLeftOut);
        Assert.Equal(Resolver.Resolve(chronology, Published).Count, result.Times.Count);
        Assert.True(result.Times.Count >= 290);
    }
}
