using TimelineApp.Core.Dates;
using TimelineApp.Core.Dates.Finding;
using TimelineApp.Core.Text;

namespace TimelineApp.Core.Tests.Dates;

/// <summary>Recognizer false positives frequent in news are dropped; the same words as times are kept.</summary>
public sealed class MentionFilterTests
{
    [Theory]
    [InlineData("Theresa May said on Tuesday that talks would go on.", "May")]
    [InlineData("He appeared on CBS's 60 Minutes last year.", "60 Minutes")]
    [InlineData("Prices may rise.", "may")]
    [InlineData("A winter storm hit the coast.", "winter")]
    [InlineData("The plant costs $500 million a year to run.", "a year")]
    [InlineData("A 6-year-old boy was found.", "6-year")]
    [InlineData("He writes for the Sunday Times.", "Sunday")]
    [InlineData("Thousands joined the March for Life.", "March")]
    [InlineData("It signed the Good Friday Agreement.", "Friday")]
    [InlineData("Unemployment fell to 10m people.", "10m")]
    public void Keep_FalsePositive_IsDropped(string text, string phrase) => Assert.False(MentionFilter.Keep(text, MentionOf(text, phrase)));

    [Theory]
    [InlineData("The law takes effect in May.", "May")]
    [InlineData("The vote is on Sunday.", "Sunday")]
    [InlineData("Prices rose in March.", "March")]
    [InlineData("Prices have doubled in a year.", "a year")]
    [InlineData("Sales fell last winter.", "winter")]
    public void Keep_Time_IsKept(string text, string phrase) => Assert.True(MentionFilter.Keep(text, MentionOf(text, phrase)));

    private static TimeMention MentionOf(string text, string phrase)
    {
        int at = text.IndexOf(phrase, StringComparison.Ordinal);
        return new TimeMention(new TextSpan(at, at + phrase.Length), phrase, "test", [new RecognizedValue("XXXX", "date", null, null, null, null)]);
    }
}
