using NodaTime;
using TimelineApp.Core.Documents;
using TimelineApp.Core.Pipeline;
using TimelineApp.Core.Tests.Acceptance;

namespace TimelineApp.Core.Tests.Events;

/// <summary>Events from text written for these tests, through the full pipeline.</summary>
public sealed class EventPipelineTests
{
    private static readonly Capture Captured = new(Instant.FromUtc(2025, 7, 16, 12, 0), DateTimeZone.Utc); // a Wednesday

    private static TimelineResult Run(string dump) => DumpRun.Pipeline.Process(dump, Captured);

    [Fact]
    public void TitleIsTheClauseCoreWithShortNames()
    {
        var result = Run("\nEnvoy visits Oslo\nRetired Lt. Gen. Ola Brekke, a special envoy, arrived in Oslo on Monday, a senior official said, as talks resumed.\n");
        var e = Assert.Single(result.Events, e => e.Evidence[0].Phrase is not null);
        Assert.Equal("Ola Brekke arrived in Oslo", e.Title);
        Assert.Equal(new LocalDate(2025, 7, 14), e.FirstDay);
        Assert.Contains("Oslo", e.Locations);
        Assert.Contains("NOR", e.CountryCodes);
    }

    [Fact]
    public void ASentenceThatContinuesJoinsTheEventInsteadOfStartingOne()
    {
        var result = Run("\nTalks in Lima\nChilean Foreign Minister Tomas Vera met Peruvian officials in Lima on Tuesday.\nHe said the border dispute was closer to an end.\nThe weather was mild.\n");
        var e = Assert.Single(result.Events, e => e.Evidence[0].Phrase is not null);
        Assert.Equal(2, e.Evidence.Count);
        Assert.StartsWith("He said", e.Evidence[1].Sentence, StringComparison.Ordinal);
        Assert.Contains(result.Actors, a => a.Name == "Tomas Vera" && a.CountryCode == "CHL");
    }

    [Fact]
    public void LeadingHeIsThePersonThePreviousEventIsAbout()
    {
        var result = Run("\nVisit\nFrench President Luc Morel's envoy, retired Gen. Paul Abadie, arrived in Bamako on Monday.\nHe met the country's leaders on Tuesday.\n");
        var tuesday = Assert.Single(result.Events, e => e.FirstDay == new LocalDate(2025, 7, 15));
        Assert.Equal("Paul Abadie met the country's leaders", tuesday.Title); // the text never says "Abadie" alone: the name is kept whole
        Assert.Contains(result.Actors.Single(a => a.Name == "Paul Abadie").Id, tuesday.ActorIds);
    }

    [Fact]
    public void EventCountriesIncludeTheActorsCountries()
    {
        var result = Run("\nVisit\nVera, who leads the party, spoke on Tuesday.\nChilean Senator Ana Vera spoke in the capital on Monday.\n");
        var monday = Assert.Single(result.Events, e => e.FirstDay == new LocalDate(2025, 7, 14));
        Assert.Contains("CHL", monday.CountryCodes);
    }

    [Fact]
    public void CoordinatedDaysAreOneEvent()
    {
        var result = Run("\nVisit\nNATO Secretary-General Ina Berg was due in Washington on Thursday and Friday.\n");
        var e = Assert.Single(result.Events, e => e.Evidence[0].Phrase is not null);
        Assert.Equal((new LocalDate(2025, 7, 17), new LocalDate(2025, 7, 18)), (e.FirstDay, e.LastDay));
        Assert.Equal("Ina Berg was due in Washington", e.Title);
    }

    [Fact]
    public void SameHappeningInTwoDocumentsIsOneEventWithBothSources()
    {
        const string dump = "\nTrade deal signed\nTrade ministers from Chile and Peru signed a deal to cut copper tariffs on Tuesday, officials said.\n\n\nAndes Wire\n2 hours ago\n- Andes Wire\nChile and Peru sign copper deal\nLIMA -- Trade ministers from Peru and Chile signed a deal to cut copper tariffs on Tuesday in Lima. Miners welcomed it.\n";
        var result = Run(dump);
        var e = Assert.Single(result.Events, e => e.FirstDay == new LocalDate(2025, 7, 15));
        Assert.Equal([0, 1], e.DocumentIndexes.Order());
        Assert.Equal(2, e.Evidence.Count);
    }
}
