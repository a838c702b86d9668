namespace TimelineApp.Core.Entities;

/// <summary>Creates the entity finder the pipeline uses by default.</summary>
public static class EntityFinderFactory
{
    public static IEntityFinder CreateDefault() => new SimpleEntityFinder(new CountryFinder(CountryCatalog.Default));
}
