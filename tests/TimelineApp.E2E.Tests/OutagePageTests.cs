using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;

namespace TimelineApp.E2E.Tests;

/// <summary>
/// The database goes away while the app runs, in Production: pages answer a short page saying so (503), never an
/// empty 500 or a stack trace, and /health names the reason. No browser needed: plain HTTP against the real app.
/// </summary>
public sealed class OutagePageTests
{
    [Fact]
    public async Task InProduction_ADatabaseGoneAway_GivesAPageSayingSo_NotAnEmpty500OrAStackTrace()
    {
        var ct = TestContext.Current.CancellationToken;
        string directory = Directory.CreateTempSubdirectory("timeline-outage").FullName;
        // No pooling: every request opens the file anew, as after a server restart, so removing the folder is an outage.
        string connection = $"Data Source={Path.Combine(directory, "timeline.db")};Pooling=False";
        await using var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(b =>
        {
            b.UseEnvironment("Production");
            b.UseSetting("ConnectionStrings:Timeline", connection);
            b.UseSetting("Sample:LoadWhenEmpty", "false");
        });
        using var client = factory.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri("/datasets", UriKind.Relative), ct)).StatusCode);

        SqliteConnection.ClearAllPools();
        Directory.Delete(directory, recursive: true);

        foreach (string page in new[] { "/", "/datasets" })
        {
            using var response = await client.GetAsync(new Uri(page, UriKind.Relative), ct);
            string body = await response.Content.ReadAsStringAsync(ct);
            Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
            Assert.Contains("Database unavailable", body, StringComparison.Ordinal);
            Assert.Contains("The database cannot be reached right now", body, StringComparison.Ordinal);
            Assert.DoesNotContain("Exception", body, StringComparison.Ordinal);
            Assert.DoesNotContain(" at ", body, StringComparison.Ordinal);
        }

        using var health = await client.GetAsync(new Uri("/health", UriKind.Relative), ct);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, health.StatusCode);
        Assert.Contains("\"database\"", await health.Content.ReadAsStringAsync(ct), StringComparison.Ordinal);
    }

    [Fact]
    public async Task EveryBrowserGetsAPersistentClientIdCookie_KeptAcrossRequests()
    {
        var ct = TestContext.Current.CancellationToken;
        string directory = Directory.CreateTempSubdirectory("timeline-cookie").FullName;
        try
        {
            await using var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(b =>
            {
                b.UseSetting("Database:DataDirectory", directory);
                b.UseSetting("Sample:LoadWhenEmpty", "false");
            });
            using var client = factory.CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = false });

            using var first = await client.GetAsync(new Uri("/upload", UriKind.Relative), ct);
            string setCookie = Assert.Single(first.Headers.GetValues("Set-Cookie"), c => c.StartsWith("timeline-client=", StringComparison.Ordinal));
            Assert.Contains("max-age=31536000", setCookie, StringComparison.OrdinalIgnoreCase);
            Assert.Contains("httponly", setCookie, StringComparison.OrdinalIgnoreCase);

            using var again = new HttpRequestMessage(HttpMethod.Get, new Uri("/upload", UriKind.Relative));
            again.Headers.Add("Cookie", setCookie.Split(';')[0]);
            using var second = await client.SendAsync(again, ct);
            Assert.False(second.Headers.TryGetValues("Set-Cookie", out var more) && more.Any(c => c.StartsWith("timeline-client=", StringComparison.Ordinal)));
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(directory, recursive: true);
        }
    }
}
