using TimelineApp.Core.Entities;
using TimelineApp.Core.Entities.Actors;

namespace TimelineApp.Core.Tests.Entities;

/// <summary>
/// People without a title or a verb of saying, from cues that hold in any news (invented names, so no rule can
/// know them): acting, being acted on, appositions with an occupation, lists, repeated surnames, particles,
/// initials and suffixes; and names of places and things that take none of these cues.
/// </summary>
public sealed class NameCueTests
{
    private static readonly ActorFinder Finder = new(RoleLexicon.Default);

    private static IReadOnlyList<string> People(string text) =>
        [.. Finder.Find(text, [], []).Actors.Where(a => a.Kind == ActorKind.Person).Select(a => a.Name)];

    [Theory]
    [InlineData("Police arrested Tomasz Nowak at the border.", "Tomasz Nowak")]
    [InlineData("The opposition, led by Hana Oduya, said it would appeal.", "Hana Oduya")]
    [InlineData("Ferro Lindqvist was elected leader of the group.", "Ferro Lindqvist")]
    [InlineData("Rescuers pulled Tran Van Minh, a driver, from the water.", "Tran Van Minh")]
    [InlineData("The bill came after the death of Jean-Paul Garnier last year.", "Jean-Paul Garnier")]
    [InlineData("Among those hit is her brother, Tom Waddle, whose farm flooded.", "Tom Waddle")]
    [InlineData("\"We waited,\" said Ramon de la Vega, a lawyer for the families.", "Ramon de la Vega")]
    [InlineData("Retired farmer Pieter van der Walt said he waited four hours.", "Pieter van der Walt")]
    [InlineData("Aiko Morimoto, a nursing student who marched every week, spoke.", "Aiko Morimoto")]
    [InlineData("The foreign minister held talks with Rosa Kellerman in the capital.", "Rosa Kellerman")]
    [InlineData("The court heard from Anselm Brodeur, a former driver, last year.", "Anselm Brodeur")]
    [InlineData("A jury found Dorota Wilk guilty of fraud.", "Dorota Wilk")]
    [InlineData("Officials paid Halina Brzeska compensation last month.", "Halina Brzeska")]
    [InlineData("Voters in the district chose Kofi Antwi-Mensah on Thursday.", "Kofi Antwi-Mensah")]
    [InlineData("Obi Nwankwo and Ada Eze were among those rescued.", "Ada Eze")]
    [InlineData("Students marched, carrying portraits of Tomas Vrba.", "Tomas Vrba")]
    [InlineData("The letter, signed by Idris Farouk, arrived on Tuesday.", "Idris Farouk")]
    [InlineData("A statement from Celia Montoya's office denied the report.", "Celia Montoya")]
    [InlineData("Odile Carrère, spokeswoman for the ruling party, said the vote was final.", "Odile Carrère")]
    [InlineData("Odile Carrère, party spokeswoman, said the vote was final.", "Odile Carrère")]
    [InlineData("Claims against Park Soo-ah, Jeon's wife, grew.", "Park Soo-ah")]
    [InlineData("Vikram Sethi, appearing for the association, had argued that the bank erred.", "Vikram Sethi")]
    [InlineData("Last year he lost the final to Dario Kemp.", "Dario Kemp")]
    [InlineData("She lost the race to Kwesi Owusu-Ansah.", "Kwesi Owusu-Ansah")]
    [InlineData("He was jailed for years under President Samuel arap Kirui.", "Samuel arap Kirui")]
    [InlineData("Nakamura Ren, the Giants outfielder, was hurt.", "Nakamura Ren")]
    public void ANameThatActsOrIsActedOnIsAPerson(string text, string name) =>
        Assert.Contains(name, People(text));

    [Fact]
    public void NamesListedWithAPersonArePeople()
    {
        var people = People("Voting follows in turn: Dara Okonjo, Luis Ferreira, Ana Bastos and Paulo Quinn, who presides.");
        Assert.Contains("Luis Ferreira", people);
        Assert.Contains("Ana Bastos", people);
    }

    [Fact]
    public void FamilyNameFirstJoinsItsLaterSurname()
    {
        var found = Finder.Find("Sato Haruki was named to the post on Monday. Sato's first test comes soon.", [], []);
        var person = Assert.Single(found.Actors, a => a.Name == "Sato Haruki");
        Assert.Contains("Sato", person.Aliases);
    }

    [Theory]
    [InlineData("The delegation arrived from Porto Velho on Monday.")]
    [InlineData("The ferry came from Nova Scotia with supplies.")]
    [InlineData("The boy crossed the Florida Straits, should be returned to his father, the judge said.")]
    [InlineData("He spoke at Havana's Karl Marx Theater on Friday.")]
    [InlineData("The inspectors found Port Arden flooded.")]
    public void WithFromAndFoundCueNoPlace(string text) =>
        Assert.Empty(People(text));

    [Fact]
    public void TheFirstOfTwoSurnamesStandsForThePerson()
    {
        var found = Finder.Find("A judge found Ernesto Salgado Ruiz guilty on Monday. Salgado's lawyer said they would appeal.", [], []);
        var person = Assert.Single(found.Actors, a => a.Name == "Ernesto Salgado Ruiz");
        Assert.Contains("Salgado", person.Aliases);
    }

    [Fact]
    public void AMonthAfterANameIsNotPartOfIt()
    {
        var people = People("Mr. Brandt, 52 years old, will succeed Walter K. Ostrom Feb. 1, when Mr. Ostrom retires.");
        Assert.Contains("Walter K. Ostrom", people);
        Assert.DoesNotContain(people, p => p.Contains("Feb", StringComparison.Ordinal));
    }

    [Fact]
    public void AJuniorIsNotHisFather()
    {
        var found = Finder.Find("Tobias Mwangi died on Sunday. His children Amina Mwangi and Tobias Mwangi Jr. spoke at the service.", [], []);
        Assert.Contains(found.Actors, a => a.Name == "Tobias Mwangi Jr.");
        Assert.DoesNotContain("Tobias Mwangi Jr.", Assert.Single(found.Actors, a => a.Name == "Tobias Mwangi").Aliases);
    }

    [Fact]
    public void ACouncillorsTitleIsATitle()
    {
        var found = Finder.Find("Cllr Joan Pike said the bridge would reopen. Councillor Pike later apologised.", [], []);
        var person = Assert.Single(found.Actors, a => a.Kind == ActorKind.Person);
        Assert.Equal("Joan Pike", person.Name);
    }

    [Fact]
    public void ACompanyAbbreviationMakesANameAFirm() =>
        Assert.DoesNotContain("Harlan Vickery Co", People("Harlan Vickery Co said its profit fell in the quarter."));

    [Fact]
    public void InitialsAndSuffixesKeepTheSurname()
    {
        var found = Finder.Find("President Joseph Q. Adler Jr. flew over the site. Adler said it would be rebuilt. Police questioned J. Mehta on Friday.", [], []);
        var adler = Assert.Single(found.Actors, a => a.Name == "Joseph Q. Adler Jr.");
        Assert.Contains("Adler", adler.Aliases);
        Assert.Contains(found.Actors, a => a.Name == "J. Mehta");
    }

    [Fact]
    public void AnOpeningAdverbIsNotPartOfAName()
    {
        var people = People("Certainly Boris Kell will be missed, the club said.");
        Assert.DoesNotContain(people, p => p.Contains("Certainly", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Floods reached Quang Binh and Hai Duong late on Monday.")]
    [InlineData("The Phong Lac bridge was built in the 1990s.")]
    [InlineData("Heavy rain fell in Nam Dinh, where Binh Phuoc province also flooded.")]
    [InlineData("The Social Democrats said they would vote against the bill.")]
    public void PlacesAndThingsTakeNoPersonCue(string text) =>
        Assert.Empty(People(text));
}
