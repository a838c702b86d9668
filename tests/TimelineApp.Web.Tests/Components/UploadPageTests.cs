using System.Text;
using Bunit;
using Microsoft.AspNetCore.Components.Forms;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TimelineApp.Data;
using TimelineApp.Data.Ingest;
using TimelineApp.Web.Components.Pages;
using TimelineApp.Web.Services;
using TimelineApp.Web.Tests.Support;

namespace TimelineApp.Web.Tests.Components;

public sealed class UploadPageTests : TimelineTestContext
{
    private IRenderedComponent<UploadPage> RenderWithFile(InputFileContent file)
    {
        var cut = Render<UploadPage>();
        cut.FindComponent<InputFile>().UploadFiles(file);
        return cut;
    }

    private int StoredDatasets()
    {
        using var db = Services.GetRequiredService<IDbContextFactory<TimelineDbContext>>().CreateDbContext();
        return db.Datasets.Count();
    }

    [Fact]
    public void EmptyFile_IsRefusedBeforeAnythingIsStored()
    {
        var cut = RenderWithFile(InputFileContent.CreateFromBinary([], "empty.txt"));

        cut.Find("[data-testid=submit-upload]").Click();

        cut.WaitForAssertion(() => Assert.Contains("empty", cut.Find("[data-testid=upload-error]").TextContent, StringComparison.Ordinal));
        Assert.Equal(0, StoredDatasets());
    }

    [Fact]
    public void WhileTheDatabaseIsUnreachable_UploadsAreRefused_NotAcceptedThenLost()
    {
        Services.GetRequiredService<DatabaseStatus>().MarkUnavailable("The database cannot be reached; the app keeps trying.");
        var cut = RenderWithFile(InputFileContent.CreateFromText(Fixtures.Dump, "river.txt"));

        cut.Find("[data-testid=submit-upload]").Click();

        cut.WaitForAssertion(() => Assert.Contains("database cannot be reached", cut.Find("[data-testid=upload-error]").TextContent, StringComparison.Ordinal));
        Assert.Equal(0, StoredDatasets());
    }

    [Theory]
    [InlineData("PRAGMA query_only = ON;", "the database is read-only")]
    [InlineData("PRAGMA max_page_count = 1;", "the database or its disk is full")] // never below its size: capped where it is
    public void WhenTheDatabaseCannotStoreTheUpload_ThePageSaysWhy_AndNothingIsStored(string pragma, string reason)
    {
        ExecuteOnDatabase(pragma);
        // Large enough to need pages of its own, so a full database really refuses it.
        var cut = RenderWithFile(InputFileContent.CreateFromText(Fixtures.Dump + new string('x', 20_000), "river.txt"));

        cut.Find("[data-testid=submit-upload]").Click();

        cut.WaitForAssertion(() => Assert.Equal(
            $"Nothing was uploaded: {reason}. It has to be fixed on the server before uploads can work again.",
            cut.Find("[data-testid=upload-error]").TextContent.Trim()));
        Assert.Empty(cut.FindAll("[data-testid=job-progress]"));
        ExecuteOnDatabase("PRAGMA query_only = OFF;");
        Assert.Equal(0, StoredDatasets());
    }

    [Fact]
    public void TooLargeFile_IsRefusedWithTheLimit()
    {
        Services.GetRequiredService<IngestLimits>().MaxUploadBytes = 100;
        var cut = RenderWithFile(InputFileContent.CreateFromText(new string('x', 500), "big.txt"));

        cut.Find("[data-testid=submit-upload]").Click();

        cut.WaitForAssertion(() => Assert.Contains("larger than", cut.Find("[data-testid=upload-error]").TextContent, StringComparison.Ordinal));
        Assert.Equal(0, StoredDatasets());
    }

    [Fact]
    public void GoodFile_IsStoredAndQueued_WithItsNameAsData()
    {
        var cut = RenderWithFile(InputFileContent.CreateFromText(Fixtures.Dump, "<b>river</b>.txt"));

        cut.Find("[data-testid=submit-upload]").Click();

        cut.WaitForAssertion(() => Assert.Equal(1, StoredDatasets()));
        using var db = Services.GetRequiredService<IDbContextFactory<TimelineDbContext>>().CreateDbContext();
        Assert.Equal("<b>river</b>", db.Datasets.Single().Name);
        Assert.Equal(TimelineApp.Data.Entities.JobStatus.Queued, db.IngestJobs.Single().Status);
        Assert.Empty(cut.FindAll("b"));
    }

    [Fact]
    public async Task FailedJob_ShowsWhyOnThePage()
    {
        var ingest = Services.GetRequiredService<IngestService>();
        using var binary = new MemoryStream(Encoding.UTF8.GetBytes("<html><body>saved page</body></html>"));
        var job = await ingest.SubmitAsync(binary, "page", Fixtures.Capture, null, Xunit.TestContext.Current.CancellationToken);
        await ingest.ProcessAsync(job.Id, Xunit.TestContext.Current.CancellationToken);
        Services.GetRequiredService<Microsoft.AspNetCore.Components.NavigationManager>().NavigateTo($"/upload?job={job.Id:N}");

        var cut = Render<UploadPage>();

        cut.WaitForAssertion(() => Assert.Contains("HTML", cut.Find("[data-testid=job-progress]").TextContent, StringComparison.Ordinal));
    }

    [Fact]
    public void TheCapOnUnfinishedUploads_CountsTheAccount_AcrossAReload()
    {
        Services.GetRequiredService<IngestLimits>().MaxConcurrentJobsPerOwner = 1;

        var first = Render<UploadPage>();
        first.FindComponent<InputFile>().UploadFiles(InputFileContent.CreateFromText(Fixtures.Dump, "one.txt"));
        first.Find("[data-testid=submit-upload]").Click();
        first.WaitForAssertion(() => Assert.Equal(1, StoredDatasets()));

        // A reload (of the empty form) is a new page instance; the account is the same, so the unfinished upload still counts.
        var nav = Services.GetRequiredService<Microsoft.AspNetCore.Components.NavigationManager>();
        nav.NavigateTo("/upload");
        var reloaded = Render<UploadPage>();
        reloaded.FindComponent<InputFile>().UploadFiles(InputFileContent.CreateFromText(Fixtures.DumpWithActor, "two.txt"));
        reloaded.Find("[data-testid=submit-upload]").Click();
        reloaded.WaitForAssertion(() => Assert.Contains("in progress", reloaded.Find("[data-testid=upload-error]").TextContent, StringComparison.Ordinal));
        Assert.Equal(1, StoredDatasets());

        // Another account has its own count.
        SignInAs(TimelineApp.Data.Access.AccountRole.Editor, "another");
        nav.NavigateTo("/upload");
        var other = Render<UploadPage>();
        other.FindComponent<InputFile>().UploadFiles(InputFileContent.CreateFromText(Fixtures.DumpWithActor, "two.txt"));
        other.Find("[data-testid=submit-upload]").Click();
        other.WaitForAssertion(() => Assert.Equal(2, StoredDatasets()));
    }

    [Fact]
    public async Task ThePage_FollowsItsJobByNotification_AndOpensTheTimelineWhenDone()
    {
        var cut = RenderWithFile(InputFileContent.CreateFromText(Fixtures.Dump, "river.txt"));
        cut.Find("[data-testid=submit-upload]").Click();
        cut.WaitForAssertion(() => Assert.Contains("Queued", cut.Find("[data-testid=job-progress]").TextContent, StringComparison.Ordinal));
        using var db = Services.GetRequiredService<IDbContextFactory<TimelineDbContext>>().CreateDbContext();
        var job = db.IngestJobs.Single();

        await Services.GetRequiredService<IngestService>().ProcessAsync(job.Id, Xunit.TestContext.Current.CancellationToken);

        // Within 2 s, less than the 5 s fallback read of the job row: the page heard it from the runner.
        var nav = Services.GetRequiredService<Microsoft.AspNetCore.Components.NavigationManager>();
        cut.WaitForAssertion(() => Assert.EndsWith($"/?dataset={job.DatasetId:N}", nav.Uri, StringComparison.Ordinal), TimeSpan.FromSeconds(2));
    }

    [Fact]
    public void AQueuedJob_CanBeCancelledFromThePage()
    {
        var cut = RenderWithFile(InputFileContent.CreateFromText(Fixtures.Dump, "river.txt"));
        cut.Find("[data-testid=submit-upload]").Click();
        cut.WaitForAssertion(() => Assert.Contains("Queued", cut.Find("[data-testid=job-progress]").TextContent, StringComparison.Ordinal));

        cut.Find("[data-testid=cancel-job]").Click();

        cut.WaitForAssertion(() => Assert.Contains("Cancelled", cut.Find("[data-testid=job-progress]").TextContent, StringComparison.Ordinal), TimeSpan.FromSeconds(2));
        using var db = Services.GetRequiredService<IDbContextFactory<TimelineDbContext>>().CreateDbContext();
        Assert.Equal(TimelineApp.Data.Entities.JobStatus.Cancelled, db.IngestJobs.Single().Status);
        Assert.Equal(TimelineApp.Data.Entities.DatasetStatus.Cancelled, db.Datasets.Single().Status);
        Assert.Empty(cut.FindAll("[data-testid=cancel-job]"));
    }
}
