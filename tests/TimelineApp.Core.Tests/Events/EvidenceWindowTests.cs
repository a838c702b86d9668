using TimelineApp.Core.Events;
using TimelineApp.Core.Text;

namespace TimelineApp.Core.Tests.Events;

/// <summary>Evidence is the sentence, or a bounded window around the phrase when the sentence is long.</summary>
public sealed class EvidenceWindowTests
{
    [Fact]
    public void ANewsSentence_IsKeptWhole()
    {
        const string Sentence = "Dock workers ended a strike on Saturday.";
        var phrase = new TextSpan(31, 39);

        var (text, span) = EvidenceWindow.Around(Sentence, phrase);

        Assert.Equal(Sentence, text);
        Assert.Equal(phrase, span);
    }

    [Theory]
    [InlineData(10)]
    [InlineData(500)]
    [InlineData(990)]
    public void ALongSentence_GivesAWindowAroundThePhrase_CutAtWords_WithThePhraseStillPointedAt(int at)
    {
        string sentence = string.Concat(Enumerable.Repeat("word ", 200));
        sentence = sentence[..at] + "Saturday " + sentence[at..];
        var phrase = new TextSpan(at, at + 8);

        var (text, span) = EvidenceWindow.Around(sentence, phrase);

        Assert.InRange(text.Length, 100, EvidenceWindow.MaxLength + 2);
        Assert.Equal("Saturday", text[span.Start..span.End]);
        Assert.DoesNotContain("wor\u2026", text, StringComparison.Ordinal);
        Assert.DoesNotContain("\u2026ord", text, StringComparison.Ordinal);
    }
}
