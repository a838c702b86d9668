using TimelineApp.Core.Dates;
using TimelineApp.Core.Dates.Reading;
using TimelineApp.Core.Text;

namespace TimelineApp.Core.Tests.Dates;

/// <summary>The tense of the clause around a phrase, from cue words alone.</summary>
public sealed class ClauseTenseTests
{
    [Theory]
    [InlineData("He will visit Japan on Friday.", "Friday", Tense.Future)]
    [InlineData("He visited Japan on Friday.", "Friday", Tense.Past)]
    [InlineData("The talks are scheduled for Friday.", "Friday", Tense.Future)]
    [InlineData("The vote was held on Sunday.", "Sunday", Tense.Past)]
    [InlineData("The dividend will be paid Dec. 14.", "Dec. 14", Tense.Future)] // "paid" after "be" is a passive, not a past form
    [InlineData("The case is heard in May.", "May", Tense.None)] // a present verb nearest the phrase leaves it without tense
    [InlineData("Crowds gathered on Friday.", "Friday", Tense.Past)] // a lower-case -ed word
    [InlineData("The company agreed to buy the unit in February.", "February", Tense.Future)] // intention verb before an infinitive
    public void Of_CueWordBeforeThePhrase_DecidesTheTense(string text, string phrase, Tense expected) =>
        Assert.Equal(expected, ClauseTense.Of(text, SpanOf(text, phrase)));

    [Theory]
    [InlineData("Towns were flattened by Tuesday's earthquake.", "Tuesday", Tense.Past)]
    [InlineData("Crowds gathered ahead of Sunday's vote.", "Sunday", Tense.Future)]
    public void Of_PossessiveWeekday_IsAKnownEventUnlessAwaited(string text, string phrase, Tense expected) =>
        Assert.Equal(expected, ClauseTense.Of(text, SpanOf(text, phrase)));

    [Theory]
    [InlineData("Reports must be filed by Wednesday.", Tense.Future)]
    [InlineData("They had filed reports by Wednesday.", Tense.Past)]
    public void Of_DeadlineWord_LooksAheadUnlessPluperfect(string text, Tense expected) =>
        Assert.Equal(expected, ClauseTense.Of(text, SpanOf(text, "Wednesday")));

    // The sentence before is another clause: its "said" must not decide the tense of "Friday"; the headline verb "resume" does.
    [Fact]
    public void Of_VerbInThePreviousSentence_DoesNotCount()
    {
        const string text = "He said nothing. Talks resume Friday";
        Assert.Equal(Tense.Future, ClauseTense.Of(text, SpanOf(text, "Friday")));
    }

    [Fact]
    public void ClauseSpan_AbbreviationPoint_DoesNotEndTheClause()
    {
        const string text = "It is payable Jan. 3 to holders of record Nov. 16, the company said.";
        var clause = ClauseTense.ClauseSpan(text, SpanOf(text, "Nov. 16"));
        Assert.Equal(0, clause.Start);
    }

    [Fact]
    public void ClauseSpan_SentenceEnd_EndsTheClause()
    {
        const string text = "Prices fell. On Friday they will rise.";
        var clause = ClauseTense.ClauseSpan(text, SpanOf(text, "Friday"));
        Assert.Equal(text.IndexOf("On", StringComparison.Ordinal) - 1, clause.Start);
    }

    private static TextSpan SpanOf(string text, string phrase)
    {
        int at = text.IndexOf(phrase, StringComparison.Ordinal);
        return new TextSpan(at, at + phrase.Length);
    }
}
