using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using TimelineApp.Data;
using TimelineApp.Data.Entities;

namespace TimelineApp.E2E.Tests;

/// <summary>
/// Fault-matrix rows 2, 13 and 17 (tests/README.md) through a real browser: a file over the limit, twenty
/// people uploading at once, and a page closed while its upload is on the wire. Each test names its own
/// datasets, so it only looks at what it made.
/// </summary>
public sealed class UploadFaultBrowserTests(AppFixture app)
{
    [Fact]
    public async Task Row02_AFiftyMegabyteFile_IsRefusedWithTheLimit_AndNothingIsStored()
    {
        Assert.SkipUnless(AppFixture.ShouldRun, AppFixture.SkipReason);
        string name = $"too big {Guid.NewGuid():N}";
        string file = await WriteDumpAsync(50 * 1024 * 1024, name);
        try
        {
            var page = await app.OpenAsync("/upload");
            await UploadPageDriver.SubmitAsync(page, file, name);

            await Assertions.Expect(page.Locator("[data-testid=upload-error]")).ToContainTextAsync("larger than the 20 MB limit");
            Assert.Equal(0, await DatasetsNamedAsync(name));
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public async Task UploadsOfOneAccount_AreCountedUnderIt_AcrossAReload()
    {
        // The per-account cap counts unfinished jobs by owner: the owner is the signed-in account in the interactive
        // page, not an id per page instance that a reload would reset; the datasets are the account's.
        Assert.SkipUnless(AppFixture.ShouldRun, AppFixture.SkipReason);
        string name = $"owned {Guid.NewGuid():N}";
        string file = await WriteDumpAsync(2_000, name);
        try
        {
            var page = await app.OpenAsync("/upload");
            await UploadPageDriver.SubmitAsync(page, file, name);
            await WaitForDatasetsAsync(name, 1);
            await page.GotoAsync(app.BaseUrl + "/upload");
            await page.Locator("[data-interactive=true]").WaitForAsync();
            await UploadPageDriver.SubmitAsync(page, file, name);
            await WaitForDatasetsAsync(name, 2);

            await using var db = await CreateDbContextAsync();
            var admin = await db.Users.SingleAsync(u => u.UserName == AppFixture.AdminName, TestContext.Current.CancellationToken);
            var owners = await db.Datasets.Where(d => d.Name == name)
                .Join(db.IngestJobs, d => d.Id, j => j.DatasetId, (d, j) => new { j.Owner, d.OwnerId })
                .ToListAsync(TestContext.Current.CancellationToken);
            Assert.Equal(2, owners.Count);
            Assert.All(owners, o => Assert.Equal((admin.Id.ToString("N"), (Guid?)admin.Id), (o.Owner, o.OwnerId)));
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public async Task Row17_APageClosedMidUpload_StoresNothing_AndTheSameFileUploadsAfterwards()
    {
        Assert.SkipUnless(AppFixture.ShouldRun, AppFixture.SkipReason);
        string name = $"interrupted {Guid.NewGuid():N}";
        string file = await WriteDumpAsync(19 * 1024 * 1024, name);
        try
        {
            // The page shows the upload moving; the person closes the tab before it is through.
            var page = await app.OpenAsync("/upload");
            await UploadPageDriver.SubmitAsync(page, file, name);
            await Assertions.Expect(page.Locator("[data-testid=upload-progress]")).ToBeVisibleAsync();
            await page.Context.CloseAsync();
            Assert.Equal(0, await DatasetsNamedAsync(name));

            // The same bytes again, from a new page: accepted whole, and there is one dataset of that name, so the
            // broken upload left nothing behind. (The file holds more articles than a dump may, so its job then
            // stops at reading with that message; processing 19 MB is not what this test is about.)
            var retry = await app.OpenAsync("/upload");
            await UploadPageDriver.SubmitAsync(retry, file, name);
            await Assertions.Expect(retry.Locator("[data-testid=job-progress]")).ToBeVisibleAsync(new() { Timeout = 120_000 });

            await using var db = await CreateDbContextAsync();
            var dataset = await db.Datasets.AsNoTracking().SingleAsync(d => d.Name == name, TestContext.Current.CancellationToken);
            var dump = await db.Dumps.AsNoTracking().SingleAsync(d => d.Hash == dataset.DumpHash, TestContext.Current.CancellationToken);
            Assert.Equal(new FileInfo(file).Length, dump.Size);
            Assert.Equal(1, await db.IngestJobs.CountAsync(j => j.DatasetId == dataset.Id, TestContext.Current.CancellationToken));
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public async Task Row13_TwentyPeopleUploadAtOnce_AndEveryUploadBecomesATimeline()
    {
        Assert.SkipUnless(AppFixture.ShouldRun, AppFixture.SkipReason);
        string run = Guid.NewGuid().ToString("N")[..8];
        var names = Enumerable.Range(1, 20).Select(i => $"crowd {run} {i:00}").ToList();
        var files = new List<string>();
        foreach (string name in names)
        {
            files.Add(await WriteDumpAsync(4 * 1024, name));
        }

        try
        {
            // Twenty people get their pages ready (one at a time: twenty Chromium pages loading at once would
            // measure the test machine), then all press "Process dump" together.
            var pages = new List<IPage>();
            for (int i = 0; i < names.Count; i++)
            {
                var page = await app.OpenAsync("/upload", account: $"crowd-{run}-{i:00}", role: TimelineApp.Data.Access.AccountRole.Editor); // twenty people, twenty accounts
                await UploadPageDriver.PrepareAsync(page, files[i], names[i]);
                pages.Add(page);
            }

            await Task.WhenAll(pages.Select(page => page.Locator("[data-testid=submit-upload]").ClickAsync()));
            foreach (var page in pages)
            {
                await Assertions.Expect(page.Locator("[data-testid=event-row]").First).ToBeVisibleAsync(new() { Timeout = 180_000 });
                await page.Context.CloseAsync();
            }

            await using var db = await CreateDbContextAsync();
            var datasets = await db.Datasets.AsNoTracking().Where(d => d.Name.StartsWith($"crowd {run} ")).ToListAsync(TestContext.Current.CancellationToken);
            Assert.Equal(20, datasets.Count);
            Assert.All(datasets, d => Assert.Equal(DatasetStatus.Ready, d.Status));
        }
        finally
        {
            files.ForEach(File.Delete);
        }
    }

    private Task<TimelineDbContext> CreateDbContextAsync() =>
        app.Services.GetRequiredService<IDbContextFactory<TimelineDbContext>>().CreateDbContextAsync(TestContext.Current.CancellationToken);

    // Waits on the stored count (checked every 100 ms); two minutes are a safety net, not a budget.
    private async Task WaitForDatasetsAsync(string name, int count)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromMinutes(2);
        while (await DatasetsNamedAsync(name) < count)
        {
            Assert.True(DateTime.UtcNow < deadline, $"{count} datasets named {name} were not stored within two minutes.");
            await Task.Delay(100, TestContext.Current.CancellationToken);
        }
    }

    private async Task<int> DatasetsNamedAsync(string name)
    {
        await using var db = await CreateDbContextAsync();
        return await db.Datasets.CountAsync(d => d.Name == name, TestContext.Current.CancellationToken);
    }

    // A JSON Lines dump of about the given size, unique to its name (so identical-bytes dedup never joins two tests).
    private static async Task<string> WriteDumpAsync(long bytes, string name)
    {
        string path = Path.Combine(Path.GetTempPath(), $"{name.Replace(' ', '-')}.jsonl");
        var article = new StringBuilder()
            .Append("{\"title\":\"Harbour strike ends (").Append(name).Append(")\",\"source\":\"Test Wire\",\"published\":\"2025-07-14T09:00:00Z\",")
            .Append("\"text\":\"Dock workers in Gdansk ended their strike on Saturday after talks with Polish port officials. The first ships were unloaded on Sunday.\"}\n")
            .ToString();
        await using var writer = new StreamWriter(path, append: false, new UTF8Encoding(false));
        long written = 0;
        do
        {
            await writer.WriteAsync(article);
            written += article.Length;
        }
        while (written < bytes);

        return path;
    }
}
