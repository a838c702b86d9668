using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using TimelineApp.Data.Entities;
using TimelineApp.Data.Storage;
using TimelineApp.Web.Components.Pages;
using TimelineApp.Web.Components.Timeline;
using TimelineApp.Web.Tests.Support;

namespace TimelineApp.Web.Tests.Components;

/// <summary>Dataset names a person can read, and an unknown dataset said to be unknown.</summary>
public sealed class DatasetDisplayNamesTests : TimelineTestContext
{
    private static DatasetSummary Summary(string name, int day = 14) =>
        new(Guid.NewGuid(), name, Instant.FromUtc(2025, 7, day, 15, 0), "UTC", DatasetStatus.Ready, Instant.FromUtc(2025, 7, day, 15, 0), null, 1, 1, 0, 0, "hash");

    [Theory]
    [InlineData("fisheries-9dd078f4993843788398f345f9a432a3", "fisheries")]
    [InlineData("fisheries_2b1f0c9a-61c3-4f8e-9a3e-0d5e1c2b7a44", "fisheries")]
    [InlineData("Reykjavik talks", "Reykjavik talks")]
    [InlineData("report-2025", "report-2025")]
    [InlineData("9dd078f4993843788398f345f9a432a3", "9dd078f4993843788398f345f9a432a3")]
    public void TheHashSuffix_IsCut_AndNothingElse(string name, string readable) =>
        Assert.Equal(readable, DatasetDisplayNames.For([Summary(name)]).Single().Value);

    [Fact]
    public void TwoNamesThatWouldBeTheSame_KeepAShortPartOfWhatTellsThemApart()
    {
        var a = Summary("fisheries-9dd078f4993843788398f345f9a432a3");
        var b = Summary("fisheries-0f1e2d3c4b5a69788796a5b4c3d2e1f0");
        var c = Summary("budget", 12);
        var d = Summary("budget", 13);

        var names = DatasetDisplayNames.For([a, b, c, d]);

        Assert.Equal("fisheries (9dd078f4)", names[a.Id]);
        Assert.Equal("fisheries (0f1e2d3c)", names[b.Id]);
        Assert.NotEqual(names[c.Id], names[d.Id]);
        Assert.StartsWith("budget (captured 2025-07-12", names[c.Id], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("dataset=2b1f0c9a61c34f8e9a3e0d5e1c2b7a44")]
    [InlineData("dataset=nope")]
    public async Task AnUnknownDatasetId_SaysSo_InsteadOfShowingAnotherDataset(string query)
    {
        await IngestAsync(Fixtures.Dump);
        Services.GetRequiredService<NavigationManager>().NavigateTo($"/?{query}");

        var cut = Render<TimelinePage>();

        cut.WaitForAssertion(() => Assert.NotNull(cut.Find("[data-testid=dataset-missing]")));
        Assert.Empty(cut.FindAll("[data-testid=event-row]"));
    }
}
