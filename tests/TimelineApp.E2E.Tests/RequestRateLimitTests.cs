using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;

namespace TimelineApp.E2E.Tests;

/// <summary>
/// The rate-limiting middleware on HTTP requests that carry data (Blazor's negotiate, form posts): a flood from one
/// address is answered 429 with Retry-After, while reading pages goes on. Its own app with a tiny limit, so the shared
/// browser app is not throttled.
/// </summary>
public sealed class RequestRateLimitTests : IAsyncLifetime
{
    private readonly string _dataDirectory = Directory.CreateTempSubdirectory("timeline-ratelimit").FullName;
    private WebApplicationFactory<Program> _factory = default!;

    public ValueTask InitializeAsync()
    {
        _factory = new WebApplicationFactory<Program>().WithWebHostBuilder(b =>
        {
            b.UseEnvironment("Development");
            b.UseSetting("Database:DataDirectory", _dataDirectory);
            b.UseSetting("Sample:LoadWhenEmpty", "false");
            b.UseSetting("Security:RateLimits:RequestsPerAddress", "3");
            b.UseSetting("Security:RateLimits:RequestWindow", "00:10:00");
        });
        return ValueTask.CompletedTask;
    }

    [Fact]
    public async Task AFloodOfPosts_IsAnswered429_WhileReadingGoesOn()
    {
        using var client = _factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var token = TestContext.Current.CancellationToken;

        var statuses = new List<HttpStatusCode>();
        for (int i = 0; i < 6; i++)
        {
            using var content = new FormUrlEncodedContent([new("name", "flood " + i)]);
            using var response = await client.PostAsync("/_blazor/negotiate?negotiateVersion=1", content, token);
            statuses.Add(response.StatusCode);
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
            {
                Assert.True(response.Headers.RetryAfter?.Delta > TimeSpan.Zero, "a refused client is told when to come back");
                Assert.Equal("Too many requests. Try again later.", await response.Content.ReadAsStringAsync(token));
            }
        }

        Assert.All(statuses.Take(3), s => Assert.NotEqual(HttpStatusCode.TooManyRequests, s));
        Assert.All(statuses.Skip(3), s => Assert.Equal(HttpStatusCode.TooManyRequests, s));
        using var page = await client.GetAsync("/datasets", token);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.True(page.Headers.Contains("Content-Security-Policy"));
    }

    public async ValueTask DisposeAsync()
    {
        await _factory.DisposeAsync();
        SqliteConnection.ClearAllPools();
        Directory.Delete(_dataDirectory, recursive: true);
    }
}
