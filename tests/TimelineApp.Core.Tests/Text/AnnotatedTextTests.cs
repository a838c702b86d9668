using TimelineApp.Core.Text;

namespace TimelineApp.Core.Tests.Text;

/// <summary>A text split once: its sentences as every stage reads them, and items grouped by sentence.</summary>
public sealed class AnnotatedTextTests
{
    [Fact]
    public void SentencesAreNumberedInOrder_EvenWhenALongOneIsCutIntoPieces()
    {
        string text = "Talks resumed on Monday. " + string.Concat(Enumerable.Repeat("word ", 600)) + "end. They ended on Friday.";

        var annotated = AnnotatedText.Of(text);

        Assert.Equal(Enumerable.Range(0, annotated.Sentences.Count), annotated.Sentences.Select(s => s.Index));
        Assert.True(annotated.Sentences.Count >= 5);
        Assert.All(annotated.Sentences, s => Assert.Equal(s.Text, text[s.Span.Start..s.Span.End]));
        Assert.Equal("They ended on Friday.", annotated.Sentences[^1].Text);
    }

    [Fact]
    public void Group_PutsEachItemInTheSentenceThatHoldsIt_AndDropsOnesThatCrossABoundary()
    {
        const string Text = "Talks resumed on Monday. They ended on Friday.";
        var annotated = AnnotatedText.Of(Text);
        var monday = new TextSpan(17, 23);
        var friday = new TextSpan(39, 45);
        var across = new TextSpan(20, 30);

        var groups = annotated.Group([friday, across, monday], s => s);

        Assert.Equal([monday], groups[0]);
        Assert.Equal([friday], groups[1]);
    }
}
