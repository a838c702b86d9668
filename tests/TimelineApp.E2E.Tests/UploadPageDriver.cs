using Microsoft.Playwright;

namespace TimelineApp.E2E.Tests;

/// <summary>What a person does on the upload page, as the browser tests need it.</summary>
internal static class UploadPageDriver
{
    // Blazor wires the file input up in its first after-render, a moment after the circuit is up; a choice made
    // before that is not seen, so the test chooses again, as a person would, until the page shows the file.
    // Chromium fires "change" only when the selection differs, so a retry first clears the earlier choice.
    // MudFileUpload keeps an input it has read from, hidden with d-none, beside the fresh one it renders after a
    // choice: the test always uses the one a person would, the visible one.
    public static async Task ChooseFileAsync(IPage page, string file)
    {
        string name = Path.GetFileName(file);
        var input = page.Locator("input[type=file]:not(.d-none)");
        for (int attempt = 1; ; attempt++)
        {
            if (attempt > 1)
            {
                await input.SetInputFilesAsync(Array.Empty<string>());
            }

            await input.SetInputFilesAsync(file);
            try
            {
                await Assertions.Expect(page.Locator("[data-testid=chosen-name]")).ToContainTextAsync(name, new() { Timeout = 10_000 });
                return;
            }
            catch (PlaywrightException) when (attempt < 6)
            {
                // Not seen yet: choose again.
            }
        }
    }

    /// <summary>Chooses the file and names the dataset and the capture time.</summary>
    public static async Task PrepareAsync(IPage page, string file, string datasetName)
    {
        await ChooseFileAsync(page, file);
        await page.Locator("input[data-testid=dataset-name], [data-testid=dataset-name] input").First.FillAsync(datasetName);
        await page.Locator("input[data-testid=captured-at], [data-testid=captured-at] input").First.FillAsync("2025-07-14T15:00");
    }

    /// <summary>Prepares the upload and presses "Process dump".</summary>
    public static async Task SubmitAsync(IPage page, string file, string datasetName)
    {
        await PrepareAsync(page, file, datasetName);
        await page.Locator("[data-testid=submit-upload]").ClickAsync();
    }
}
