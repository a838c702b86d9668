using TimelineApp.Core.Entities;

namespace TimelineApp.Core.Tests.Entities;

/// <summary>Country cues: names, code forms, demonyms, capitals as metonyms, places, and what is not a country.</summary>
public sealed class CountryFinderTests
{
    private static readonly CountryFinder Finder = new(CountryCatalog.Default);

    private static List<string> Codes(string text) => [.. Finder.Find(text).Where(m => m.Kind == EntityKind.Country).Select(m => m.Id)];

    [Theory]
    [InlineData("The U.S. and the UK agreed.", "USA,GBR")]
    [InlineData("US strikes hit the region.", "USA")]
    [InlineData("Pyongyang and Moscow share views.", "PRK,RUS")]
    [InlineData("A Ukrainian drone hit an Iranian ship.", "UKR,IRN")]
    [InlineData("The Kremlin said talks were over.", "RUS")]
    [InlineData("North Korean troops crossed over.", "PRK")]
    [InlineData("Officials in Côte d'Ivoire and Türkiye met.", "CIV,TUR")]
    [InlineData("Delegates from the Democratic Republic of Congo arrived.", "COD")]
    [InlineData("Trade with Papua New Guinea grew.", "PNG")]
    public void FindsCountryCues(string text, string expected) => Assert.Equal(expected.Split(','), Codes(text));

    [Theory]
    [InlineData("Wildfires spread across Washington state.")]
    [InlineData("Exports to South America and Latin American markets rose.")]
    [InlineData("The actor Nora Washington said she was moved.")]
    [InlineData("Analysts said Jordan Miles would run again.")]
    [InlineData("Ships crossed the South China Sea near the Korean Peninsula.")]
    [InlineData("We told us everything.")]
    public void IgnoresWhatIsNotACountry(string text) => Assert.Empty(Codes(text));

    [Fact]
    public void CapitalAfterAPrepositionIsAlsoALocation()
    {
        var mentions = Finder.Find("The envoy arrived in Kyiv on Monday.").ToList();
        Assert.Contains(mentions, m => m.Kind == EntityKind.Country && m.Id == "UKR");
        Assert.Contains(mentions, m => m.Kind == EntityKind.Location && m.Id == "Kyiv" && m.CountryCode == "UKR");
    }

    [Fact]
    public void PlaceInsideACountryIsALocationWithItsCountry()
    {
        var m = Assert.Single(Finder.Find("They met in Wonsan."));
        Assert.Equal((EntityKind.Location, "Wonsan", "PRK"), (m.Kind, m.Id, m.CountryCode));
    }

    [Fact]
    public void CatalogCoversEverySovereignCountryOnce()
    {
        var entries = CountryCatalog.Default.Entries;
        Assert.True(entries.Count >= 195, $"{entries.Count} entries");
        Assert.Equal(entries.Count, entries.Select(e => e.Code).Distinct().Count());
        Assert.All(entries, e => Assert.Matches("^[A-Z]{3}$", e.Code));
        Assert.Equal("Japan", CountryCatalog.Default["JPN"]?.Name);
    }

    [Fact]
    public void CoordinatedReferenceCarriesTheCountriesOver()
    {
        const string text = "The U.S., South Korea and Japan expanded drills. The three countries held an air drill.";
        var places = Finder.Find(text).ToList();
        var carried = CoordinatedCountries.Resolve(text, places).ToList();
        Assert.Equal(["USA", "KOR", "JPN"], carried.Select(m => m.Id));
        Assert.All(carried, m => Assert.Equal("The three countries", text[m.Span.Start..m.Span.End]));
    }
}
