using NodaTime;
using TimelineApp.Core.Dates.Recognizers;
using TimelineApp.Core.Text;

namespace TimelineApp.Core.Tests.Dates;

/// <summary>
/// The recognizer sees only windows around time triggers: the windows must hold whole phrases with their
/// context, skip text that cannot hold one, and the phrases found in them must map back to the right offsets.
/// </summary>
public sealed class TriggerWindowsTests
{
    private static readonly RecognizersTimeMentionFinder Finder = new();

    private static readonly LocalDateTime Reference = new(2025, 7, 14, 15, 0);

    private static readonly string Filler = string.Concat(Enumerable.Repeat("the committee discussed the proposal at length ", 4));

    [Fact]
    public void TextWithoutTriggersHasNoWindow()
    {
        Assert.Empty(TriggerWindows.Of("The committee discussed the proposal at length and no decision was reached."));
    }

    [Theory]
    [InlineData("Prices have risen sharply over the past three months, the ministry said.", "the past three months")]
    [InlineData("Officials said the talks would resume two weeks from now in the capital.", "two weeks from now")]
    [InlineData("The plant, which closed a year earlier, reopened.", "a year earlier")]
    [InlineData("Negotiators will meet from Monday to Wednesday next week.", "from Monday to Wednesday")]
    [InlineData("The accord, signed in June 2019, expired.", "June 2019")]
    public void AWindowHoldsThePhraseAndItsContext(string sentence, string phrase)
    {
        var windows = TriggerWindows.Of(sentence);
        int start = sentence.IndexOf(phrase, StringComparison.Ordinal);
        Assert.Contains(windows, w => w.Start <= start && w.End >= start + phrase.Length);
    }

    [Fact]
    public void WindowsAreOrderedDisjointWholeWords()
    {
        string text = $"On Monday {Filler}and then {Filler}two weeks ago {Filler}in 1998.";
        var windows = TriggerWindows.Of(text);
        Assert.Equal(3, windows.Count);
        for (int i = 0; i < windows.Count; i++)
        {
            var w = windows[i];
            Assert.True(w.Start == 0 || char.IsWhiteSpace(text[w.Start - 1]), $"window {w} starts inside a word");
            Assert.True(w.End == text.Length || char.IsWhiteSpace(text[w.End]), $"window {w} ends inside a word");
            Assert.True(i == 0 || windows[i - 1].End < w.Start, $"window {w} overlaps the one before it");
        }

        // Most of the filler is never handed to the recognizer.
        Assert.True(windows.Sum(w => w.Length) < text.Length / 2);
    }

    [Fact]
    public void NearbyTriggersShareOneWindow()
    {
        const string Text = "The talks began on Monday and ended on Wednesday.";
        Assert.Equal([new TextSpan(0, Text.Length)], TriggerWindows.Of(Text));
    }

    [Fact]
    public void ARunOfDigitsIsOneWindow()
    {
        string digits = new('7', 1_000);
        Assert.Equal([new TextSpan(0, 1_000)], TriggerWindows.Of(digits));
    }

    [Fact]
    public void PhrasesMapBackToTheirOffsetsInTheText()
    {
        // Two sentences, each with phrases far apart, so each phrase comes from a different window of a
        // different piece: a wrong piece or window offset would move the span off its phrase.
        string text = $"Talks began on Monday, {Filler}and officials said two weeks ago that {Filler}the deal expires in June 2026.\n"
            + $"The second round, {Filler}set for next Tuesday, was delayed.";
        var mentions = Finder.Find(text, Reference);
        foreach (string phrase in new[] { "Monday", "two weeks ago", "June 2026", "next Tuesday" })
        {
            int at = text.IndexOf(phrase, StringComparison.Ordinal);
            var mention = Assert.Single(mentions, m => m.Span.Start == at);
            Assert.Equal(new TextSpan(at, at + phrase.Length), mention.Span);
            Assert.Equal(phrase, mention.Text);
        }
    }
}
