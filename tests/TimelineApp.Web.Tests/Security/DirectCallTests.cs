using System.Text;
using Bunit;
using Microsoft.AspNetCore.Components.Forms;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TimelineApp.Data;
using TimelineApp.Data.Access;
using TimelineApp.Data.Entities;
using TimelineApp.Web.Components.Pages;
using TimelineApp.Web.Tests.Support;

namespace TimelineApp.Web.Tests.Security;

/// <summary>
/// "Skips the page": the mutating handlers of the pages are called directly (as a modified client could), as a viewer,
/// as nobody, and as an account signed out everywhere. Each is refused on the server and the database is unchanged.
/// </summary>
public sealed class DirectCallTests : TimelineTestContext
{
    private string Snapshot()
    {
        using var db = Services.GetRequiredService<IDbContextFactory<TimelineDbContext>>().CreateDbContext();
        var text = new StringBuilder();
        foreach (var d in db.Datasets.AsNoTracking().OrderBy(d => d.Id).ToList())
        {
            text.AppendLine(System.Globalization.CultureInfo.InvariantCulture, $"dataset {d.Id} {d.Name} {d.OwnerId} {d.Visibility} {d.Status} {d.ZoneId} {d.CapturedAt}");
        }

        foreach (var j in db.IngestJobs.AsNoTracking().OrderBy(j => j.Id).ToList())
        {
            text.AppendLine(System.Globalization.CultureInfo.InvariantCulture, $"job {j.Id} {j.DatasetId} {j.Status}");
        }

        text.AppendLine(System.Globalization.CultureInfo.InvariantCulture, $"dumps {db.Dumps.Count()} audit {db.AuditEntries.Count()}");
        foreach (var u in db.Users.AsNoTracking().OrderBy(u => u.Id).ToList())
        {
            text.AppendLine(System.Globalization.CultureInfo.InvariantCulture, $"user {u.Id} {u.UserName} {u.SecurityStamp} {u.LockoutEnd}");
        }

        text.AppendLine(string.Join(",", db.UserRoles.AsNoTracking().OrderBy(r => r.UserId).Select(r => r.UserId + ":" + r.RoleId).ToList()));
        return text.ToString();
    }

    private async Task<(Guid Ready, Guid Queued)> TwoDatasetsAsync()
    {
        var ready = await IngestAsync(Fixtures.Dump, "ready");
        var ingest = Services.GetRequiredService<TimelineApp.Data.Ingest.IngestService>();
        using var dump = new MemoryStream(Encoding.UTF8.GetBytes(Fixtures.DumpWithActor));
        var job = await ingest.SubmitAsync(dump, "queued", Fixtures.Capture, null, Xunit.TestContext.Current.CancellationToken);
        return (ready, job.DatasetId);
    }

    private async Task AllDatasetHandlersAreRefused(IRenderedComponent<DatasetsPage> cut, Guid ready, Guid queued, string refusal)
    {
        var summary = (await Services.GetRequiredService<TimelineApp.Data.Storage.DatasetStore>().FindAsync(queued, Xunit.TestContext.Current.CancellationToken))!;
        string before = Snapshot();

        await cut.InvokeAsync(() => cut.Instance.RenameAsync(ready));
        cut.Render(); // a direct call (not an event) does not re-render by itself
        Assert.Contains(refusal, cut.Find("[data-testid=datasets-message]").TextContent, StringComparison.Ordinal);
        await cut.InvokeAsync(() => cut.Instance.DeleteAsync(summary, confirm: false));
        await cut.InvokeAsync(() => cut.Instance.CancelAsync(summary));
        await cut.InvokeAsync(() => cut.Instance.SetVisibilityAsync(summary, nameof(DatasetVisibility.Public)));
        await cut.InvokeAsync(() => cut.Instance.ReprocessAsync(ready)); // no capture given: refused for that first, still nothing changes

        Assert.Equal(before, Snapshot());
    }

    [Fact]
    public async Task AViewer_CallingEveryDatasetHandler_IsRefused_AndNothingChanges()
    {
        var (ready, queued) = await TwoDatasetsAsync();
        SignInAs(AccountRole.Viewer, "vera");

        var cut = Render<DatasetsPage>();
        cut.WaitForAssertion(() => Assert.Equal(2, cut.FindAll("[data-testid=dataset-row]").Count));
        // Nothing to click for a viewer.
        Assert.Empty(cut.FindAll("[data-testid=rename]"));
        Assert.Empty(cut.FindAll("[data-testid=delete]"));
        Assert.Empty(cut.FindAll("[data-testid=reprocess]"));
        Assert.Empty(cut.FindAll("[data-testid=cancel-job]"));
        Assert.Empty(cut.FindAll("[data-testid=visibility]"));

        await AllDatasetHandlersAreRefused(cut, ready, queued, "Your role cannot rename datasets.");
    }

    [Fact]
    public async Task Nobody_CallingEveryDatasetHandler_IsRefused_AndNothingChanges()
    {
        var (ready, queued) = await TwoDatasetsAsync();
        SignOut();

        var cut = Render<DatasetsPage>();
        await AllDatasetHandlersAreRefused(cut, ready, queued, "Sign in first.");
    }

    [Fact]
    public async Task AnAdminSignedOutEverywhere_IsRefusedAtTheNextChange_ByTheOldSession()
    {
        var (ready, queued) = await TwoDatasetsAsync();
        var cut = Render<DatasetsPage>();
        cut.WaitForAssertion(() => Assert.Equal(2, cut.FindAll("[data-testid=rename]").Count)); // an admin may

        await Services.GetRequiredService<AccountService>().SignOutEverywhereAsync(Admin.AccountId!.Value, Xunit.TestContext.Current.CancellationToken);

        await AllDatasetHandlersAreRefused(cut, ready, queued, "no longer valid");
    }

    [Fact]
    public async Task AnEditor_CannotTouchAnotherAccountsPrivateDataset_NorSeeIt()
    {
        var ready = await IngestAsync(Fixtures.Dump, "admin's own");
        await Services.GetRequiredService<DatasetActions>().SetVisibilityAsync(Admin, ready, DatasetVisibility.Private, Xunit.TestContext.Current.CancellationToken);
        var editor = SignInAs(AccountRole.Editor, "eddie");
        string before = Snapshot();

        var actions = Services.GetRequiredService<DatasetActions>();
        await Assert.ThrowsAsync<AccessDeniedException>(() => actions.RenameAsync(editor, ready, "mine now", Xunit.TestContext.Current.CancellationToken));
        await Assert.ThrowsAsync<AccessDeniedException>(() => actions.DeleteAsync(editor, ready, Xunit.TestContext.Current.CancellationToken));
        await Assert.ThrowsAsync<AccessDeniedException>(() => actions.SetVisibilityAsync(editor, ready, DatasetVisibility.Public, Xunit.TestContext.Current.CancellationToken));
        Assert.Equal(before, Snapshot());

        var cut = Render<DatasetsPage>();
        cut.WaitForAssertion(() => Assert.Empty(cut.FindAll("[data-testid=dataset-row]")));
    }

    [Fact]
    public async Task AViewer_SubmittingAnUpload_IsRefused_AndNothingIsStored()
    {
        SignInAs(AccountRole.Viewer, "vera");
        string before = Snapshot();

        var cut = Render<UploadPage>();
        cut.FindComponent<InputFile>().UploadFiles(InputFileContent.CreateFromText(Fixtures.Dump, "river.txt"));
        await cut.InvokeAsync(() => cut.Instance.SubmitAsync());
        cut.Render();

        cut.WaitForAssertion(() => Assert.Contains("Only editors and admins", cut.Find("[data-testid=upload-error]").TextContent, StringComparison.Ordinal));
        Assert.Equal(before, Snapshot());
    }

    [Fact]
    public void AnEditorsUpload_IsOwnedByTheEditor_Private_AndAudited()
    {
        var editor = SignInAs(AccountRole.Editor, "eddie");

        var cut = Render<UploadPage>();
        cut.FindComponent<InputFile>().UploadFiles(InputFileContent.CreateFromText(Fixtures.Dump, "river.txt"));
        cut.Find("[data-testid=submit-upload]").Click();

        cut.WaitForAssertion(() => Assert.NotEmpty(cut.FindAll("[data-testid=job-progress]")));
        using var db = Services.GetRequiredService<IDbContextFactory<TimelineDbContext>>().CreateDbContext();
        var dataset = db.Datasets.Single();
        Assert.Equal(editor.AccountId, dataset.OwnerId);
        Assert.Equal(DatasetVisibility.Private, dataset.Visibility);
        var audit = db.AuditEntries.Single(a => a.Action == "Upload");
        Assert.Equal(("eddie", "web", dataset.Id), (audit.ActorName, audit.Via, audit.DatasetId!.Value));
    }

    [Fact]
    public async Task TheTimeline_NeverShowsAnotherAccountsPrivateDataset_EvenByItsId()
    {
        var secret = await IngestAsync(Fixtures.Dump, "admin's secret");
        await Services.GetRequiredService<DatasetActions>().SetVisibilityAsync(Admin, secret, DatasetVisibility.Private, Xunit.TestContext.Current.CancellationToken);
        var shared = await IngestAsync(Fixtures.DumpWithActor, "shared");
        SignInAs(AccountRole.Editor, "eddie");

        Services.GetRequiredService<Microsoft.AspNetCore.Components.NavigationManager>().NavigateTo($"/?dataset={secret:N}");
        var cut = Render<TimelinePage>();

        cut.WaitForAssertion(() => Assert.NotEmpty(cut.FindAll("[data-testid=dataset-missing]")));
        Assert.Empty(cut.FindAll("[data-testid=event-row]"));
        Assert.DoesNotContain("admin's secret", cut.Markup, StringComparison.Ordinal);
        Assert.NotEqual(Guid.Empty, shared);
    }
}
