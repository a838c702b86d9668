using TimelineApp.Core.Dates;
using TimelineApp.Core.Dates.Spans;
using TimelineApp.Core.Text;

namespace TimelineApp.Core.Tests.Dates;

/// <summary>Phrase boundaries as TimeML draws them: signal words out, determiners and amount modifiers in.</summary>
public sealed class SpanAdjusterTests
{
    [Theory]
    [InlineData("Prices have risen until now.", "until now", "now")]
    [InlineData("It will be done within a week.", "within a week", "a week")]
    [InlineData("Sales rose in the past three months.", "three months", "the past three months")]
    [InlineData("The work took nearly forty years.", "forty years", "nearly forty years")]
    [InlineData("Earlier Friday, the rebels attacked.", "Earlier Friday", "Friday")]
    [InlineData("He returned later that year.", "that year", "later that year")]
    [InlineData("The deal was signed on Feb. 4, in Paris.", "Feb. 4,", "Feb. 4")]
    [InlineData("The quake struck at 4 a.m. EDT Thursday.", "4 a.m.", "4 a.m. EDT Thursday")]
    [InlineData("He spoke early Friday morning.", "Friday", "Friday morning")]
    public void Adjust_MovesTheBoundaries(string text, string found, string expected)
    {
        int at = text.IndexOf(found, StringComparison.Ordinal);
        var mention = new TimeMention(new TextSpan(at, at + found.Length), found, "test", []);
        var adjusted = SpanAdjuster.Adjust(text, mention);
        Assert.Equal(expected, adjusted.Text);
        Assert.Equal(expected, text[adjusted.Span.Start..adjusted.Span.End]);
    }

    [Fact]
    public void Adjust_NothingToMove_ReturnsTheSameMention()
    {
        const string text = "It happened on Friday.";
        var mention = new TimeMention(new TextSpan(15, 21), "Friday", "test", []);
        Assert.Same(mention, SpanAdjuster.Adjust(text, mention));
    }
}
