using TimelineApp.Core.Dates;
using TimelineApp.Core.Text;
using TimelineApp.Core.Dates.Finding;

namespace TimelineApp.Core.Tests.Dates;

/// <summary>Lexicon phrases are added only where no recognizer mention already covers any part of them.</summary>
public sealed class LexiconMentionFinderTests
{
    private const string Text = "Rates are currently high; in the future they may fall, as in recent years.";

    [Fact]
    public void FindsThePhrasesNoMentionCovers()
    {
        var found = LexiconMentionFinder.Find(Text, []).Select(m => m.Text);
        Assert.Equal(["currently", "the future", "recent years"], found);
    }

    [Theory]
    [InlineData("currently", 0, 9)] // the mention is exactly the phrase
    [InlineData("currently", 4, 12)] // the mention starts inside the phrase
    [InlineData("currently", -3, 5)] // the mention ends inside the phrase
    [InlineData("the future", -5, 12)] // a longer mention covers the phrase
    public void SkipsAPhraseAMentionOverlaps(string phrase, int from, int to)
    {
        int at = Text.IndexOf(phrase, StringComparison.Ordinal);
        var existing = new[] { Mention(new TextSpan(0, 4)), Mention(new TextSpan(at + from, at + to)), Mention(new TextSpan(Text.Length - 1, Text.Length)) };
        var found = LexiconMentionFinder.Find(Text, existing).Select(m => m.Text).ToList();
        Assert.DoesNotContain(phrase, found);
        Assert.Equal(2, found.Count);
    }

    [Fact]
    public void KeepsAPhraseThatOnlyTouchesAMention()
    {
        int at = Text.IndexOf("currently", StringComparison.Ordinal);
        var existing = new[] { Mention(new TextSpan(at - 4, at)), Mention(new TextSpan(at + "currently".Length, at + "currently".Length + 5)) };
        Assert.Contains("currently", LexiconMentionFinder.Find(Text, existing).Select(m => m.Text));
    }

    private static TimeMention Mention(TextSpan span) => new(span, Text[span.Start..span.End], "test", []);
}
