using TimelineApp.Core.Entities;
using TimelineApp.Core.Events;
using TimelineApp.Core.Text;

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

    private static string Title(string text, string phrase, params (string Full, string Name, string Id)[] actors)
    {
        var sentence = new Sentence(0, new TextSpan(0, text.Length), text);
        int at = text.IndexOf(phrase, StringComparison.Ordinal);
        var mentions = actors.Select(a =>
        {
            int full = text.IndexOf(a.Full, StringComparison.Ordinal);
            int name = text.IndexOf(a.Name, full, StringComparison.Ordinal);
            return new EntityMention(new TextSpan(name, name + a.Name.Length), EntityKind.Actor, a.Id, Extent: new TextSpan(full, full + a.Full.Length));
        }).ToList();
        var shortNames = actors.ToDictionary(a => a.Id, a => a.Name.Split(' ')[^1]);
        return EventTitle.Make(sentence, new TextSpan(0, text.Length), new TextSpan(at, at + phrase.Length), mentions, shortNames, null);
    }

    [Fact]
    public void TheTimePhraseGoes_WithItsPreposition() =>
        Assert.Equal("The talks ran late", Title("The talks ran late into Wednesday night.", "Wednesday night"));

    [Fact]
    public void ACoordinatedTimePhraseStays_SoNoHalfIsLeftDangling() =>
        Assert.Equal("Vera said the city had learned from the floods of 2002 and 2013", Title("Vera said the city had learned from the floods of 2002 and 2013.", "2002"));

    [Fact]
    public void APossessiveGoesWithTheRoleItQualified() =>
        Assert.Equal("Soto hosted Vera for talks", Title("Soto hosted her Peruvian counterpart Ana Vera for talks on Friday.", "Friday", ("Peruvian counterpart Ana Vera", "Ana Vera", "vera")));

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
