using System.Net;
using Bunit;
using Microsoft.AspNetCore.Components.Forms;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TimelineApp.Data;
using TimelineApp.Data.Ingest;
using TimelineApp.Web.Components.Pages;
using TimelineApp.Web.Security;
using TimelineApp.Web.Tests.Support;

namespace TimelineApp.Web.Tests.Security;

public sealed class UploadRateLimitTests : TimelineTestContext
{
    private const string Browser = "0123456789abcdef0123456789abcdef";

    [Fact]
    public void AnUploadFlood_IsRefusedWithTheLimitsMessage_AndNothingIsStoredForTheRefusedOnes()
    {
        Services.GetRequiredService<RateLimitSettings>().UploadsPerClient = 2;
        Services.GetRequiredService<IngestLimits>().MaxConcurrentJobsPerOwner = 10; // so only the rate limit refuses

        var nav = Services.GetRequiredService<Microsoft.AspNetCore.Components.NavigationManager>();
        var outcomes = new List<string>();
        for (int i = 0; i < 5; i++)
        {
            nav.NavigateTo("/upload"); // a fresh form each time (an accepted upload moves the page to its job)
            var cut = Render<UploadPage>(p => p.AddCascadingValue<HttpContext>(Request(Browser, "203.0.113.7")));
            cut.FindComponent<InputFile>().UploadFiles(InputFileContent.CreateFromText(Fixtures.Dump + $"\n\nNote {i}.\n", $"river-{i}.txt"));
            cut.Find("[data-testid=submit-upload]").Click();
            cut.WaitForAssertion(() => Assert.True(cut.FindAll("[data-testid=upload-error], [data-testid=job-progress]").Count > 0));
            outcomes.Add(cut.FindAll("[data-testid=upload-error]") is { Count: > 0 } error ? error[0].TextContent.Trim() : "accepted");
        }

        Assert.Equal(["accepted", "accepted"], outcomes.Take(2));
        Assert.All(outcomes.Skip(2), message => Assert.Equal("Too many uploads: at most 2 every 10 minutes. Nothing was stored; try again later.", message));
        using var db = Services.GetRequiredService<IDbContextFactory<TimelineDbContext>>().CreateDbContext();
        Assert.Equal(2, db.Datasets.Count());
        Assert.Equal(2, db.IngestJobs.Count());
    }

    [Fact]
    public void AnotherBrowser_HasItsOwnAllowance()
    {
        using var limiter = new UploadRateLimiter(new RateLimitSettings { UploadsPerClient = 1, UploadsPerAddress = 100 });

        Assert.True(limiter.TryAcquire(new UploadRequester("a", "198.51.100.1")));
        Assert.False(limiter.TryAcquire(new UploadRequester("a", "198.51.100.1")));
        Assert.True(limiter.TryAcquire(new UploadRequester("b", "198.51.100.1")));
    }

    [Fact]
    public void NewCookiesFromOneAddress_DoNotEscapeTheAddressLimit()
    {
        using var limiter = new UploadRateLimiter(new RateLimitSettings { UploadsPerClient = 5, UploadsPerAddress = 3 });

        bool[] accepted = [.. Enumerable.Range(0, 5).Select(i => limiter.TryAcquire(new UploadRequester($"fresh-{i}", "198.51.100.2")))];

        Assert.Equal([true, true, true, false, false], accepted);
        Assert.True(limiter.TryAcquire(new UploadRequester("fresh-9", "198.51.100.3")));
    }

    [Fact]
    public void TheAllowanceComesBack_AfterTheWindow()
    {
        using var limiter = new UploadRateLimiter(new RateLimitSettings { UploadsPerClient = 1, UploadWindow = TimeSpan.FromMilliseconds(200) });
        var requester = new UploadRequester("a", null);

        Assert.True(limiter.TryAcquire(requester));
        Assert.False(limiter.TryAcquire(requester));
        Thread.Sleep(700); // the limiter replenishes on its own timer (every window)
        Assert.True(limiter.TryAcquire(requester));
    }

    private static DefaultHttpContext Request(string clientId, string address)
    {
        var context = new DefaultHttpContext();
        context.Request.Headers.Cookie = $"{TimelineApp.Web.Services.ClientIdCookie.Name}={clientId}";
        context.Connection.RemoteIpAddress = IPAddress.Parse(address);
        return context;
    }
}
