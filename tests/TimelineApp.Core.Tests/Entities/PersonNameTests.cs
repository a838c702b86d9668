using TimelineApp.Core.Entities;
using TimelineApp.Core.Entities.Actors;

namespace TimelineApp.Core.Tests.Entities;

/// <summary>Names read into given, middle and surname parts, and which forms can be one person's.</summary>
public sealed class PersonNameTests
{
    private static PersonName Parse(string name, bool familyNameFirst = false) => PersonName.Parse(name, familyNameFirst, RoleLexicon.Default)!;

    private static bool Compatible(string a, string b) => Parse(a).IsCompatibleWith(Parse(b));

    [Fact]
    public void Parse_MiddleInitialAndSuffix()
    {
        var name = Parse("John C. Maxwell Jr.");
        Assert.Equal(("John", "Maxwell", "Jr"), (name.Given, name.Surname, name.Suffix));
        Assert.Equal(["C."], name.Middles);
    }

    [Theory]
    [InlineData("Hans van der Berg", "van der Berg")]
    [InlineData("Juan de la Cruz", "de la Cruz")]
    [InlineData("Mohammed bin Salman", "bin Salman")]
    [InlineData("Luiz Inacio Lula da Silva", "da Silva")]
    [InlineData("Abdel Fattah al-Sisi", "al-Sisi")]
    [InlineData("Martin Luther King III", "King")]
    public void Parse_ParticlesBelongToTheSurnameAndSuffixesDoNot(string written, string surname) =>
        Assert.Equal(surname, Parse(written).Surname);

    [Fact]
    public void Parse_TitlesAreDropped()
    {
        var name = Parse("President Clinton");
        Assert.True(name.IsSurnameOnly);
        Assert.Equal("clinton", name.SurnameKey);
    }

    [Fact]
    public void Parse_TitleWithASuffixIsDroppedAndMarked()
    {
        var name = Parse("President-elect Donald Trump");
        Assert.Equal(("Donald", "Trump", true), (name.Given, name.Surname, name.Titled));
        Assert.False(Parse("Donald Trump").Titled);
    }

    [Fact]
    public void Parse_RomanizedHyphenatedGivenNameIsFamilyNameFirst()
    {
        var name = Parse("Kim Min-seok");
        Assert.True(name.FamilyNameFirst);
        Assert.Equal(("Kim", "Min-seok"), (name.Surname, name.Given));
        Assert.False(Parse("Jean-Luc Picard").FamilyNameFirst);
    }

    [Theory]
    [InlineData("James C. Kopp", "James Kopp", true)]
    [InlineData("James C. Kopp", "James Charles Kopp", true)]
    [InlineData("James Charles Kopp", "James Kopp", true)]
    [InlineData("J.R. Okafor", "James Robert Okafor", true)]
    [InlineData("George H. W. Bush", "George Herbert Walker Bush", true)]
    [InlineData("José Álvarez", "Jose Alvarez", true)]
    [InlineData("James Charles Kopp", "James Carl Kopp", false)]
    [InlineData("George W. Bush", "George Herbert Walker Bush", false)]
    [InlineData("Bill Clinton", "Hillary Clinton", false)]
    [InlineData("Martin Luther King Jr.", "Martin Luther King III", false)]
    [InlineData("Tobias Mwangi Jr.", "Tobias Mwangi", false)]
    [InlineData("Tobias Mwangi Jr.", "Tobias K. Mwangi Jr.", true)]
    [InlineData("Henry A. Dalton III", "Henry Dalton", true)]
    [InlineData("Kopp", "James Kopp", false)]
    [InlineData("Claudia Sheinbaum", "Claudia Sheinbaum Pardo", true)]
    [InlineData("Claudia Pardo", "Claudia Sheinbaum Pardo", true)]
    [InlineData("Claudia Sheinbaum", "Claudia Pardo", false)]
    [InlineData("James Charles", "James C. Kopp", false)]
    public void IsCompatibleWith_GivenNamesAgreeAndMiddlePartsFit(string a, string b, bool expected)
    {
        Assert.Equal(expected, Compatible(a, b));
        Assert.Equal(expected, Compatible(b, a));
    }

    [Fact]
    public void IsCompatibleWith_FamilyNameFirstNamesCompareTheWholeGivenName()
    {
        Assert.False(Parse("Kim Min-seok").IsCompatibleWith(Parse("Kim Jong Un", familyNameFirst: true)));
        Assert.True(Parse("Kim Jong-un", familyNameFirst: true).IsCompatibleWith(Parse("Kim Jong Un", familyNameFirst: true)));
    }
}
