using TimelineApp.Core.Entities.Actors;

namespace TimelineApp.Core.Entities;

/// <summary>Creates the entity finder the pipeline uses by default.</summary>
public static class EntityFinderFactory
{
    public static IEntityFinder CreateDefault() =>
        new RuleBasedEntityFinder(new CountryFinder(CountryCatalog.Default, RoleLexicon.Default), new ActorFinder(RoleLexicon.Default));
}
