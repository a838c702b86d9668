using System.Text;
using Bunit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TimelineApp.Data;
using TimelineApp.Data.Entities;
using TimelineApp.Data.Ingest;
using TimelineApp.Web.Components.Pages;
using TimelineApp.Web.Tests.Support;

namespace TimelineApp.Web.Tests.Components;

public sealed class DatasetsPageTests : TimelineTestContext
{
    [Fact]
    public async Task AQueuedDataset_HasACancelButton_ThatEndsItsJobOnTheServer()
    {
        var ingest = Services.GetRequiredService<IngestService>();
        using var dump = new MemoryStream(Encoding.UTF8.GetBytes(Fixtures.Dump));
        var job = await ingest.SubmitAsync(dump, "waiting", Fixtures.Capture, null, Xunit.TestContext.Current.CancellationToken);
        var ready = await IngestAsync(Fixtures.DumpWithActor, "ready");

        var cut = Render<DatasetsPage>();
        cut.WaitForAssertion(() => Assert.Single(cut.FindAll("[data-testid=cancel-job]"))); // only the queued one has it
        cut.Find("[data-testid=cancel-job]").Click();

        cut.WaitForAssertion(() => Assert.Contains("Cancelled processing of “waiting”", cut.Find("[data-testid=datasets-message]").TextContent, StringComparison.Ordinal));
        Assert.Empty(cut.FindAll("[data-testid=cancel-job]"));
        using var db = Services.GetRequiredService<IDbContextFactory<TimelineDbContext>>().CreateDbContext();
        Assert.Equal(JobStatus.Cancelled, db.IngestJobs.Single(j => j.Id == job.Id).Status);
        Assert.Equal(DatasetStatus.Cancelled, db.Datasets.Single(d => d.Id == job.DatasetId).Status);
        Assert.Equal(DatasetStatus.Ready, db.Datasets.Single(d => d.Id == ready).Status);
    }

    [Fact]
    public async Task ADatasetThePipelineCut_SaysWhatWasLeftOut_OnItsRow()
    {
        var crowded = await IngestAsync(Fixtures.DumpWithManyDatedSentences(400), "crowded");
        var plain = await IngestAsync(Fixtures.Dump, "plain");

        var cut = Render<DatasetsPage>();

        cut.WaitForAssertion(() => Assert.Equal(2, cut.FindAll("[data-testid=dataset-row]").Count));
        var crowdedRow = cut.Find($"[data-dataset='{crowded:N}']");
        Assert.Contains("limit 300 per article", crowdedRow.QuerySelector("[data-testid=dataset-note]")?.TextContent ?? string.Empty, StringComparison.Ordinal);
        Assert.Null(cut.Find($"[data-dataset='{plain:N}']").QuerySelector("[data-testid=dataset-note]"));
    }
}
