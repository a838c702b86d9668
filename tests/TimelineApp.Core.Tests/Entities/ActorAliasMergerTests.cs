using TimelineApp.Core.Entities;
using TimelineApp.Core.Entities.Actors;

namespace TimelineApp.Core.Tests.Entities;

/// <summary>One actor per person across the documents of a dataset, from the shapes of the names alone.</summary>
public sealed class ActorAliasMergerTests
{
    private static Actor Person(string name, string? role = null, string? country = null, params string[] aliases) =>
        new("person:" + ActorIds.Slug(name), name, ActorKind.Person, role, country, [name, .. aliases]);

    private static Actor Organization(string name) => new("org:" + ActorIds.Slug(name), name, ActorKind.Organization, null, null, [name]);

    private static Actor Single(ActorMerge merge, string alias) => Assert.Single(merge.Actors, a => a.Aliases.Contains(alias));

    [Fact]
    public void Merge_MiddleNamesAndInitialsAreOnePersonNamedByTheFullestForm()
    {
        var merge = ActorAliasMerger.Merge([Person("James Kopp", "activist", null, "Kopp"), Person("James C. Kopp"), Person("James Charles Kopp", null, "USA"), Person("Kopp")]);

        var kopp = Assert.Single(merge.Actors);
        Assert.Equal(("person:james-charles-kopp", "James Charles Kopp", "activist", "USA"), (kopp.Id, kopp.Name, kopp.Role, kopp.CountryCode));
        Assert.Equal("James Charles Kopp", kopp.Aliases[0]);
        Assert.Equal(["James C. Kopp", "James Charles Kopp", "James Kopp", "Kopp"], kopp.Aliases.Order(StringComparer.Ordinal));
        Assert.Equal("person:james-charles-kopp", merge.Map("person:james-kopp"));
        Assert.Equal(["person:james-charles-kopp", "org:fbi"], merge.Map(["person:james-kopp", "person:james-c-kopp", "org:fbi"]));
    }

    [Fact]
    public void Merge_IsTheSameWhateverTheOrderOfTheActors()
    {
        Actor[] actors = [Person("Frank Clark"), Person("Frank C. Clark"), Person("Clark"), Person("Denise O'Donnell"), Person("Denise E. O'Donnell")];
        var forward = ActorAliasMerger.Merge(actors);
        var backward = ActorAliasMerger.Merge([.. actors.Reverse()]);

        Assert.Equal(forward.Actors.Select(a => (a.Id, a.Name)), backward.Actors.Select(a => (a.Id, a.Name)));
        Assert.Equal(["Denise E. O'Donnell", "Frank C. Clark"], forward.Actors.Select(a => a.Name));
    }

    [Fact]
    public void Merge_TwoDifferentMiddleNamesStayTwoAndTheShortFormJoinsNeither()
    {
        var merge = ActorAliasMerger.Merge([Person("James Charles Kopp"), Person("James Carl Kopp"), Person("James Kopp"), Person("Kopp")]);

        Assert.Equal(4, merge.Actors.Count);
        Assert.Empty(merge.MergedIds);
    }

    [Fact]
    public void Merge_SurnameAloneJoinsTheOneBearerOfTheSurname()
    {
        var merge = ActorAliasMerger.Merge([Person("Bill Clinton"), Person("Clinton", "President", null, "President Clinton")]);

        var clinton = Assert.Single(merge.Actors);
        Assert.Equal("Bill Clinton", clinton.Name);
        Assert.Contains("President Clinton", clinton.Aliases);
        Assert.Equal("President", clinton.Role);
    }

    [Fact]
    public void Merge_SurnameSharedByTwoPeopleJoinsNeither()
    {
        var merge = ActorAliasMerger.Merge([Person("Bill Clinton"), Person("Hillary Rodham Clinton"), Person("Hillary Clinton"), Person("Clinton")]);

        Assert.Equal(["Bill Clinton", "Clinton", "Hillary Rodham Clinton"], merge.Actors.Select(a => a.Name));
        Assert.Contains("Hillary Clinton", Single(merge, "Hillary Rodham Clinton").Aliases);
    }

    [Fact]
    public void Merge_AMonarchNamedByOneNameIsNotASurname()
    {
        var merge = ActorAliasMerger.Merge([Person("Saddam Hussein", "President", null, "Hussein"), Person("Hussein", "King", "JOR", "King Hussein")]);

        Assert.Equal(2, merge.Actors.Count);
    }

    [Fact]
    public void Merge_ParticleSurnameAloneJoinsItsBearer()
    {
        var merge = ActorAliasMerger.Merge([Person("Osama bin Laden"), Person("Bin Laden")]);

        Assert.Equal("Osama bin Laden", Assert.Single(merge.Actors).Name);
    }

    [Fact]
    public void Merge_FamilyNameFirstIsNotMergedWithAnotherOfTheSameFamilyName()
    {
        var merge = ActorAliasMerger.Merge([Person("Kim Min-seok", null, "KOR", "Kim"), Person("Kim Jong Un", "leader", "PRK", "Kim"), Person("Min-seok"), Person("Kim")]);

        Assert.Equal(4, merge.Actors.Count);
    }

    [Fact]
    public void Merge_FamilyNameFirstFormsOfOneNameMerge()
    {
        var merge = ActorAliasMerger.Merge([Person("Kim Jong Un", "leader", "PRK", "Kim"), Person("Kim Jong-un", null, null, "Kim")]);

        Assert.Single(merge.Actors);
    }

    [Fact]
    public void Merge_OrganizationsAreNeverMergedWithPeople()
    {
        var merge = ActorAliasMerger.Merge([Person("Henry Ford"), Organization("Ford"), Person("Ford")]);

        Assert.Equal(2, merge.Actors.Count);
        Assert.Contains(merge.Actors, a => a.Kind == ActorKind.Organization && a.Name == "Ford");
        Assert.Equal("person:henry-ford", merge.Map("person:ford"));
    }

    [Fact]
    public void Merge_TheFormShownIsNeverOneWithATitle()
    {
        var merge = ActorAliasMerger.Merge([Person("President-elect Donald Trump"), Person("Donald Trump")]);

        Assert.Equal(("person:donald-trump", "Donald Trump"), (Assert.Single(merge.Actors).Id, merge.Actors[0].Name));
    }

    [Fact]
    public void Merge_DoubleSurnameFormsAreOnePerson()
    {
        var merge = ActorAliasMerger.Merge([Person("Álvaro Uribe Vélez"), Person("Álvaro Uribe"), Person("Miguel Uribe Turbay", "Senator", "COL", "Miguel"), Person("Uribe Turbay"), Person("Uribe")]);

        Assert.Equal(["Miguel Uribe Turbay", "Uribe", "Álvaro Uribe Vélez"], merge.Actors.Select(a => a.Name));
        Assert.Contains("Uribe Turbay", Single(merge, "Miguel Uribe Turbay").Aliases);
        Assert.Contains("Álvaro Uribe", Single(merge, "Álvaro Uribe Vélez").Aliases);
    }

    [Fact]
    public void Merge_ATwoWordNameCalledByItsLastWordIsNotADoubleSurname()
    {
        var merge = ActorAliasMerger.Merge([Person("James Charles Kopp"), Person("Charles Kopp", null, null, "Kopp")]);

        Assert.Equal(2, merge.Actors.Count);
    }
}
