using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace TimelineApp.E2E.Tests;

/// <summary>
/// A story followed over two captures, in a real browser: the second capture is uploaded into the story from the
/// upload page; the story's one timeline says what changed, marks the moved and the disputed event, and keeps every
/// source. The captures are TestData/stories (written for the project; the README there says what changes).
/// </summary>
public sealed class StoryBrowserTests(AppFixture app)
{
    private static string Capture(int number) => Path.Combine(AppContext.BaseDirectory, "TestData", "stories", $"ferry-strike-capture-{number}.txt");

    /// <summary>Uploads a capture (into <paramref name="story"/> when given) and waits for its timeline; returns the story's id.</summary>
    internal static async Task<string> UploadCaptureAsync(AppFixture app, IPage page, int number, string capturedAt, string name, string? story = null)
    {
        await page.GotoAsync(app.BaseUrl + (story is null ? "/upload" : $"/upload?story={story}"));
        await page.Locator("[data-interactive=true]").WaitForAsync();
        await Assertions.Expect(page.Locator("input[data-testid=zone], [data-testid=zone] input").First).ToHaveValueAsync("Europe/Athens");
        await UploadPageDriver.ChooseFileAsync(page, Capture(number));
        await page.Locator("input[data-testid=dataset-name], [data-testid=dataset-name] input").First.FillAsync(name);
        await page.Locator("input[data-testid=captured-at], [data-testid=captured-at] input").First.FillAsync(capturedAt);
        await page.Locator("[data-testid=submit-upload]").ClickAsync();
        await Assertions.Expect(page.Locator("[data-testid=event-row]").First).ToBeVisibleAsync(new() { Timeout = 60_000 });
        return Regex.Match(page.Url, "dataset=([0-9a-f]{32})").Groups[1].Value;
    }

    [Fact]
    public async Task TwoCaptures_AreOneTimeline_ThatSaysWhatChanged_MarksMovedAndDisputed_AndKeepsEverySource()
    {
        Assert.SkipUnless(AppFixture.ShouldRun, AppFixture.SkipReason);
        string name = "Ferry strike " + Guid.NewGuid().ToString("N")[..6];
        var page = await app.NewPageAsync(new() { ViewportSize = new() { Width = 1400, Height = 1000 }, TimezoneId = "Europe/Athens" });
        string story = await UploadCaptureAsync(app, page, 1, "2025-09-16T10:00", name);
        Assert.Equal(32, story.Length);
        await Assertions.Expect(page.Locator("[data-testid=story-changes]")).ToHaveCountAsync(0); // one capture: nothing changed yet

        // The second capture goes into the story, from the upload page.
        await page.GotoAsync(app.BaseUrl + $"/upload?story={story}");
        await page.Locator("[data-interactive=true]").WaitForAsync();
        await Assertions.Expect(page.Locator("[data-testid=upload-story]")).ToContainTextAsync(name);
        string second = await UploadCaptureAsync(app, page, 2, "2025-09-17T18:00", name + ", Wednesday", story);

        // One timeline: the story's, whichever capture the address names.
        await Assertions.Expect(page.Locator("[data-testid=dataset-select]")).ToContainTextAsync(name);
        // Two moved: the talks (Thursday, now Friday), and the passengers' rescue, which a newer report puts a day earlier.
        await Assertions.Expect(page.Locator("[data-testid=story-summary]")).ToHaveTextAsync("6 new events, 2 moved, 0 with new sources since Tue 2025-09-16 10:00 EEST");

        // The moved event is marked, and its detail says where it was.
        var rows = page.Locator("[data-testid=event-row]");
        var talks = rows.Filter(new() { HasText = "meet both sides" });
        await Assertions.Expect(talks).ToHaveCountAsync(1);
        await Assertions.Expect(talks.Locator("[data-testid=event-mark][data-mark=moved]")).ToHaveCountAsync(1);
        await talks.ClickAsync();
        await Assertions.Expect(page.Locator("[data-testid=detail-moved]")).ToContainTextAsync("it was Thu 2025-09-18");
        await Assertions.Expect(page.Locator("[data-testid=detail-when]")).ToContainTextAsync("Fri 2025-09-19");

        // The disputed filter lists the one event two sources date differently; its detail says who says what, and keeps both.
        await page.Locator("[data-testid=filter-disputed]").ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("[?&]disputed=1"));
        await Assertions.Expect(rows).ToHaveCountAsync(1);
        await Assertions.Expect(rows.First.Locator("[data-testid=event-mark][data-mark=disputed]")).ToHaveCountAsync(1);
        await rows.First.ClickAsync();
        var readings = page.Locator("[data-testid=detail-reading]");
        await Assertions.Expect(readings).ToHaveCountAsync(2);
        await Assertions.Expect(readings.Filter(new() { HasText = "Harbour Wire says Sun 2025-09-14" })).ToHaveCountAsync(1);
        await Assertions.Expect(readings.Filter(new() { HasText = "Port Observer says Mon 2025-09-15" })).ToHaveCountAsync(1);
        await Assertions.Expect(page.Locator("[data-testid=detail-evidence]")).ToHaveCountAsync(2);

        // The changed filter keeps the new and moved events only; the axis marks them too.
        await page.Locator("[data-testid=filter-disputed]").ClickAsync();
        await page.Locator("[data-testid=filter-changed]").ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("[?&]changed=1"));
        await Assertions.Expect(rows.Filter(new() { HasText = "Hospitals on Crete" })).ToHaveCountAsync(1);
        await Assertions.Expect(rows.Filter(new() { HasText = "Hotel owners on Naxos" })).ToHaveCountAsync(0);
        Assert.True(await page.Locator("svg.timeline-axis .mark.story-new, svg.timeline-axis .mark.story-moved").CountAsync() > 0);
        await page.ScreenshotAsync(new() { Path = Path.Combine(AppFixture.ArtifactsDirectory, "story-two-captures.png"), FullPage = true });

        // Both captures are listed under the story.
        await page.GotoAsync(app.BaseUrl + "/datasets");
        await page.Locator("[data-interactive=true]").WaitForAsync();
        await Assertions.Expect(page.Locator($"[data-testid=dataset-row][data-dataset='{second}'] [data-testid=dataset-story]")).ToContainTextAsync("2 captures");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task ADateCorrection_AMerge_AndAHiddenEvent_SurviveReprocessingWithAnotherCaptureTime()
    {
        Assert.SkipUnless(AppFixture.ShouldRun, AppFixture.SkipReason);
        string name = "Corrected strike " + Guid.NewGuid().ToString("N")[..6];
        var page = await app.NewPageAsync(new() { ViewportSize = new() { Width = 1400, Height = 1200 }, TimezoneId = "Europe/Athens" });
        string story = await UploadCaptureAsync(app, page, 1, "2025-09-16T10:00", name);
        var rows = page.Locator("[data-testid=event-row]");
        await page.Locator("[data-testid=list-all]").ClickAsync();

        // A date: the talks were on Saturday, not Thursday.
        await rows.Filter(new() { HasText = "meet both sides" }).ClickAsync();
        await page.Locator("input[data-testid=correct-from], [data-testid=correct-from] input").First.FillAsync("2025-09-20");
        await page.Locator("[data-testid=correct-date]").ClickAsync();
        await Assertions.Expect(page.Locator("[data-testid=detail-when]")).ToContainTextAsync("Sat 2025-09-20");
        await Assertions.Expect(page.Locator("[data-testid=detail-corrected]")).ToContainTextAsync("the pipeline said Thu 2025-09-18");

        // A merge: the person the pipeline made two of.
        var actorRow = page.Locator("[data-testid=correct-actor][data-actor='Eleni Varvaki']");
        await actorRow.Locator("[data-testid=merge-with]").SelectOptionAsync(new SelectOptionValue { Label = "Stavros Kalamaras" });
        await actorRow.Locator("[data-testid=merge-save]").ClickAsync();
        await Assertions.Expect(page.Locator("[data-testid=detail-actor-corrected]")).ToContainTextAsync("Stavros Kalamaras is Eleni Varvaki");

        // Not an event: the line about the strike of 2023.
        await rows.Filter(new() { HasText = "last general ferry strike" }).ClickAsync();
        await page.Locator("[data-testid=correct-hide]").ClickAsync();
        await Assertions.Expect(rows.Filter(new() { HasText = "last general ferry strike" })).ToHaveCountAsync(0);
        await Assertions.Expect(page.Locator("[data-testid=story-corrections]")).ToContainTextAsync("1 hidden event");

        // Re-process the capture with another capture time: the pipeline's dates move, the corrections stay.
        await page.GotoAsync(app.BaseUrl + "/datasets");
        await page.Locator("[data-interactive=true]").WaitForAsync();
        var row = page.Locator($"[data-testid=dataset-row][data-dataset='{story}']");
        await row.Locator("[data-testid=reprocess]").ClickAsync();
        await page.Locator("input[data-testid=reprocess-captured], [data-testid=reprocess-captured] input").First.FillAsync("2025-09-18T09:00");
        await page.Locator("input[data-testid=reprocess-zone], [data-testid=reprocess-zone] input").First.FillAsync("Europe/Athens");
        await page.Locator("[data-testid=reprocess-go]").ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/upload\\?job="));
        await Assertions.Expect(page.Locator("[data-testid=event-row]").First).ToBeVisibleAsync(new() { Timeout = 60_000 }); // done: its timeline opens

        await page.GotoAsync(app.BaseUrl + $"/?dataset={story}&list=all");
        await page.Locator("[data-interactive=true]").WaitForAsync();
        await Assertions.Expect(page.Locator("[data-testid=event-count]")).ToContainTextAsync("2025-09-18 09:00");
        var talks = rows.Filter(new() { HasText = "meet both sides" });
        await Assertions.Expect(talks).ToContainTextAsync("Sat 2025-09-20");
        await Assertions.Expect(talks.Locator("[data-testid=event-mark][data-mark=corrected]")).ToHaveCountAsync(1);
        await Assertions.Expect(rows.Filter(new() { HasText = "last general ferry strike" })).ToHaveCountAsync(0);
        await Assertions.Expect(page.Locator("[data-testid=story-corrections]")).ToContainTextAsync("1 hidden event");
        Assert.DoesNotContain("no longer", await page.Locator("[data-testid=story-corrections]").InnerTextAsync(), StringComparison.Ordinal);
        await talks.ClickAsync();
        await Assertions.Expect(page.Locator("[data-testid=detail-actor]")).ToHaveCountAsync(1);
        await Assertions.Expect(page.Locator("[data-testid=detail-actor]")).ToContainTextAsync("Eleni Varvaki");
        await Assertions.Expect(page.Locator("[data-testid=detail-aliases]")).ToContainTextAsync("Stavros Kalamaras");

        await page.Context.CloseAsync();
    }
}
