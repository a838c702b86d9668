using TimelineApp.Core.Entities;

namespace TimelineApp.Core.Tests.Entities;

/// <summary>People and organizations from linguistic cues, on text written for these tests.</summary>
public sealed class ActorFinderTests
{
    private static readonly IEntityFinder Finder = EntityFinderFactory.CreateDefault();

    private static DocumentEntities Find(string text) => Finder.Find(text, []);

    private static Actor Person(DocumentEntities found, string name) =>
        Assert.Single(found.Actors, a => a.Name == name && a.Kind == ActorKind.Person);

    [Fact]
    public void TitleGivesRoleAndCountryAndSurnameJoins()
    {
        var found = Find("Norwegian Foreign Minister Ola Brekke arrived in Oslo on Monday. Brekke said the talks went well.");
        var brekke = Person(found, "Ola Brekke");
        Assert.Equal(("Foreign Minister", "NOR"), (brekke.Role, brekke.CountryCode));
        Assert.Contains("Brekke", brekke.Aliases);
        Assert.Equal(2, found.Mentions.Count(m => m.Id == brekke.Id));
    }

    [Fact]
    public void FamilyNameFirstJoinsByTheFirstWord()
    {
        var found = Find("North Korean leader Ri Chol Su met the delegation. Ri during the meeting praised the army.");
        var ri = Person(found, "Ri Chol Su");
        Assert.Equal("PRK", ri.CountryCode);
        Assert.Contains("Ri", ri.Aliases);
    }

    [Fact]
    public void AppositionGivesRoleAndCountry()
    {
        var found = Find("\"We are ready,\" said the head of Chile's civil defense agency, Marta Soto.");
        var soto = Person(found, "Marta Soto");
        Assert.Equal("CHL", soto.CountryCode);
        Assert.StartsWith("head of Chile's", soto.Role, StringComparison.Ordinal);
    }

    [Fact]
    public void TheCountrysLeaderTakesTheCountryJustNamed()
    {
        var found = Find("The minister spoke at Peru's southern port of Callao, where he met the country's leader, Ana Ruiz, on Friday.");
        Assert.Equal("PER", Person(found, "Ana Ruiz").CountryCode);
    }

    [Fact]
    public void PossessorGivesItsCountryToAnEnvoy()
    {
        var found = Find("French President Luc Morel's special envoy to Mali, retired Gen. Paul Abadie, arrived on Monday.");
        Assert.Equal("FRA", Person(found, "Paul Abadie").CountryCode);
    }

    [Fact]
    public void OfficialsListedTogetherShareTheirGovernment()
    {
        var found = Find("He met Canadian Prime Minister Ann Lee, Foreign Minister Bob Roy and Defense Minister Cal Tao.");
        Assert.Equal("CAN", Person(found, "Bob Roy").CountryCode);
        Assert.Equal("CAN", Person(found, "Cal Tao").CountryCode);
    }

    [Fact]
    public void OrganizationsActThroughOfficialsAndCitations()
    {
        var found = Find("NATO Secretary-General Ina Berg spoke, according to the Estonian Defense Ministry. ENA reported the visit.");
        Assert.Contains(found.Actors, a => a.Name == "NATO" && a.Kind == ActorKind.Organization);
        Assert.Contains(found.Actors, a => a.Name == "Estonian Defense Ministry" && a.Kind == ActorKind.Organization && a.CountryCode == "EST");
        Assert.Contains(found.Actors, a => a.Name == "ENA" && a.Kind == ActorKind.Organization);
        Assert.Equal("Secretary-General", Person(found, "Ina Berg").Role);
    }

    [Fact]
    public void AcronymOfAnOrganizationIsItsAlias()
    {
        var found = Find("The report came according to the Korean Central News Agency. KCNA reported more later.");
        var agency = Assert.Single(found.Actors, a => a.Kind == ActorKind.Organization);
        Assert.Contains("KCNA", agency.Aliases);
    }

    [Theory]
    [InlineData("Trump spoke to reporters at Joint Base Andrews on Sunday.")]
    [InlineData("Shares of Harlow Brandt & Co. rose, said an analyst at Merrow Lynde.")]
    [InlineData("The Demilitarized Zone separates the two Koreas.")]
    public void PlacesCompaniesAndOrdinaryWordsAreNotPeople(string text) =>
        Assert.DoesNotContain(Find(text).Actors, a => a.Kind == ActorKind.Person && a.Name.Contains(' ', StringComparison.Ordinal));

    [Fact]
    public void RoyalsByGivenNameAreTheirOwnPerson()
    {
        var found = Find("Iraqi President Omar Hussein met King Hussein in Amman.");
        Assert.Contains(found.Actors, a => a.Name == "Omar Hussein");
        Assert.Contains(found.Actors, a => a.Name == "Hussein" && a.Role == "King");
    }
}
