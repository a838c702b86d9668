using TimelineApp.Core.Text;

namespace TimelineApp.Core.Tests.Text;

/// <summary>News prose: abbreviations, titles, initials, numbers and quotes must not break sentences wrongly.</summary>
public sealed class SentenceSplitterTests
{
    [Theory]
    [InlineData("Retired Lt. Gen. Ann Roe arrived in Oslo. She met officials.", 2)]
    [InlineData("Republican Sen. Tom Vale spoke Sunday. Sen. Vale left early.", 2)]
    [InlineData("The U.S. Navy sent two ships to the region.", 1)]
    [InlineData("The talks ended in the U.S. The next day, the delegates flew home.", 2)]
    [InlineData("She is the party's No. 2 official. Her deputy declined to comment.", 2)]
    [InlineData("He said no. The talks collapsed.", 2)]
    [InlineData("Mary J. Bloom won the vote. Then she left.", 2)]
    [InlineData("Growth slowed to 3.5 percent in the third quarter.", 1)]
    [InlineData("Gen. Ida Holm and Gov. Lee Park met at 5 p.m. Monday in Bergen.", 1)]
    [InlineData("\"We will rebuild,\" the mayor said. \"Every house.\"", 2)]
    [InlineData("He said, \"It is over.\" Then he left.", 2)]
    [InlineData("'We respect their choice,' the minister said. Talks resume today.", 2)]
    [InlineData("Is it over? Nobody knows! The vote is Sunday.", 3)]
    [InlineData("Acme Corp. reported a loss. Shares fell.", 2)]
    [InlineData("The U.N. Security Council met. It adjourned.", 2)]
    [InlineData("Dr. Ana Ruiz, a seismologist at St. Paul's, said the quake was shallow.", 1)]
    [InlineData("First line\nSecond line", 2)]
    public void SplitsNewsProse(string text, int count)
    {
        var sentences = SentenceSplitter.Split(text);
        Assert.True(sentences.Count == count, string.Join(" | ", sentences.Select(s => s.Text)));
    }

    [Fact]
    public void SpansPointIntoTheText()
    {
        const string text = "Sen. Tom Vale spoke. He left.";
        foreach (var s in SentenceSplitter.Split(text))
        {
            Assert.Equal(s.Text, text[s.Span.Start..s.Span.End]);
        }
    }
}
