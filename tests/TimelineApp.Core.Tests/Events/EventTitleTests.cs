using TimelineApp.Core.Events;

namespace TimelineApp.Core.Tests.Events;

/// <summary>Title tidying: who did what, faithful to the words of the text.</summary>
public sealed class EventTitleTests
{
    private static readonly string[] Names = ["Vera", "Soto", "Brekke"];

    [Theory]
    [InlineData("Also, Vera was due in Lima", "Vera was due in Lima")]
    [InlineData("Vera said, as he confirmed the deal is done.", "Vera confirmed the deal is done")]
    [InlineData("A top ally of Vera, Soto, said that talks would resume", "Soto said that talks would resume")]
    [InlineData("Brekke, a retired general, arrived in Oslo, a senior official said", "Brekke arrived in Oslo")]
    [InlineData("The agreement, which still needs approval, will be signed in Lima", "The agreement will be signed in Lima")]
    [InlineData("FILE PHOTO: A ship is seen in the harbor", "A ship is seen in the harbor")]
    [InlineData("Vera, left, meets with Soto in Lima", "Vera meets with Soto in Lima")]
    public void TidiesToTheCore(string clause, string expected) => Assert.Equal(expected, EventTitle.Tidy(clause, null, Names));

    [Fact]
    public void LeadingPronounBecomesTheReferent() => Assert.Equal("Vera plans to visit Lima", EventTitle.Tidy("He plans to visit Lima", "Vera", Names));

    [Fact]
    public void LongClausesAreCut()
    {
        string title = EventTitle.Tidy(string.Join(' ', Enumerable.Repeat("word", 30)), null, Names);
        Assert.EndsWith("\u2026", title, StringComparison.Ordinal);
        Assert.Equal(EventTitle.MaxWords, title.TrimEnd('\u2026').Split(' ').Length);
    }
}
