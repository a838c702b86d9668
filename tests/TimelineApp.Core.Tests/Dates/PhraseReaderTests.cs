using NodaTime;
using TimelineApp.Core.Dates;
using TimelineApp.Core.Dates.Reading;
using TimelineApp.Core.Text;

namespace TimelineApp.Core.Tests.Dates;

/// <summary>The rule engine: the declared order decides, a rule that reads nothing ends its stage, and every reading names its rules.</summary>
public sealed class PhraseReaderTests
{
    private static readonly LocalDateTime Published = new(2025, 7, 14, 12, 0);

    [Fact]
    public void Read_WordingRule_WinsOverTheRecognizersPattern()
    {
        // The recognizer reads "last April" as April of last year; the wording rule, earlier in the order, reads the most recent April.
        var reading = Read("last April", new RecognizedValue("2024-04", "daterange", null, null, null, null));
        Assert.Equal("2025-04", reading?.Value);
        Assert.Equal(["month.directed", "year.last"], reading!.RuleIds);
    }

    [Fact]
    public void Read_WordingRuleThatReadsNothing_LeavesThePhraseToThePatternRules()
    {
        // "that year" with no year mentioned before: anaphora.that-year applies but reads nothing, so the recognizer's value stands.
        var reading = Read("that year", new RecognizedValue("2025", "daterange", null, null, null, null));
        Assert.Equal(("2025", "date.complete"), (reading?.Value, reading?.RuleId));
    }

    [Fact]
    public void Read_NoRuleAndNoCandidate_IsNoTime() => Assert.Null(Read("the bridge"));

    [Fact]
    public void Read_Adjustment_IsNamedAfterTheRule()
    {
        var reading = Read("the week of March 6", new RecognizedValue("XXXX-03-06", "date", "2025-03-06", null, null, null));
        Assert.Equal("2025-W10", reading?.Value);
        Assert.Equal(["month-day.no-year", "year.nearest", "week.named-by-day"], reading!.RuleIds);
    }

    [Fact]
    public void Read_SettledRule_EndsTheReading()
    {
        var reading = Read("the year", new RecognizedValue("2025", "daterange", null, null, null, null), following: " ended March 31");
        Assert.Equal(("P1Y", "year.ended"), (reading?.Value, reading?.RuleId));
    }

    [Fact]
    public void DateRules_EveryStage_IsDeclaredWithIds() =>
        Assert.All(DateRules.Settled.Concat(DateRules.Wording).Concat(DateRules.Pattern), r => Assert.Matches(@"^[a-z-]+(\.[a-z-]+)?$", r.Id));

    private static TimeReading? Read(string phrase, RecognizedValue? candidate = null, string following = "")
    {
        var mention = new TimeMention(new TextSpan(0, phrase.Length), phrase, "test", candidate is null ? [] : [candidate]);
        return PhraseReader.Read(new PhraseInput(mention, Tense.None, Published, new DiscourseContext(), following));
    }
}
