using Bunit;
using Bunit.TestDoubles;
using Microsoft.AspNetCore.Components;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using MudBlazor.Services;
using NodaTime;
using NodaTime.Testing;
using TimelineApp.Core.Documents;
using TimelineApp.Core.Pipeline;
using System.Security.Claims;
using TimelineApp.Data;
using TimelineApp.Data.Access;
using TimelineApp.Data.Ingest;
using TimelineApp.Data.Storage;
using TimelineApp.Web.Services;

namespace TimelineApp.Web.Tests.Support;

/// <summary>
/// A bUnit context with the app's real services over an in-memory SQLite database and a fake clock.
/// The pipeline is built once per test run: the recognizer is expensive to create.
/// </summary>
public abstract class TimelineTestContext : BunitContext
{
    private static readonly Lazy<TimelinePipeline> SharedPipeline = new(() => TimelinePipeline.CreateDefault());
    private readonly SqliteConnection _connection = new("Data Source=:memory:");

    protected TimelineTestContext()
    {
        _connection.Open();
        Clock = new FakeClock(Instant.FromUtc(2025, 7, 14, 16, 0));
        Services.AddMudServices(o =>
        {
            o.SnackbarConfiguration.ShowTransitionDuration = 0;
            o.SnackbarConfiguration.HideTransitionDuration = 0;
            o.PopoverOptions.CheckForPopoverProvider = false;
        });
        Services.AddSingleton<IClock>(Clock);
        Services.AddDbContextFactory<TimelineDbContext>(o => o.UseSqlite(_connection, s => s.MigrationsAssembly(DatabaseSetup.SqliteMigrationsAssembly)));
        Services.AddSingleton(SharedPipeline.Value);
        Services.AddSingleton(new IngestLimits());
        Services.AddSingleton<DatasetStore>();
        Services.AddIngest();
        Services.AddSingleton<TimelineCache>();
        Services.AddSingleton<ViewerPriority>();
        Services.AddScoped<ViewerClock>();
        Services.AddSingleton(ReadyDatabase());
        Services.AddSingleton(new TimelineApp.Web.Security.RateLimitSettings());
        Services.AddSingleton<TimelineApp.Web.Security.UploadRateLimiter>();
        Services.AddTimelineAccounts(new AccountOptions());
        Services.AddScoped<TimelineApp.Web.Accounts.CurrentActor>();
        Authorization = AddAuthorization();
        JSInterop.Mode = JSRuntimeMode.Loose;
        SetRendererInfo(new RendererInfo("Server", isInteractive: true));
        using var db = Services.GetRequiredService<IDbContextFactory<TimelineDbContext>>().CreateDbContext();
        db.Database.Migrate(); // the app's real schema path, as at start-up
        Admin = SignInAs(AccountRole.Admin, "admin"); // tests act as an admin unless they sign in as someone else
    }

    protected FakeClock Clock { get; }

    protected BunitAuthorizationContext Authorization { get; }

    /// <summary>The admin every test starts signed in as.</summary>
    protected Actor Admin { get; }

    /// <summary>Creates an account with the role (through the real account service) and signs it in; returns its actor.</summary>
    protected Actor SignInAs(AccountRole role, string name)
    {
        var accounts = Services.GetRequiredService<AccountService>();
        var created = accounts.CreateAsync(AccountService.Operator, name, "a long enough password", role).GetAwaiter().GetResult();
        Assert.True(created.Succeeded, string.Join("; ", created.Errors));
        var actor = accounts.ActorForAsync(name, "web").GetAwaiter().GetResult()!;
        Authorization.SetAuthorized(name).SetRoles(Actor.RoleName(role)).SetClaims(
            new Claim(ClaimTypes.NameIdentifier, actor.AccountId!.Value.ToString()),
            new Claim(TimelineApp.Web.Accounts.CurrentActor.SecurityStampClaim, actor.SecurityStamp!));
        return actor;
    }

    /// <summary>Nobody signed in.</summary>
    protected void SignOut() => Authorization.SetNotAuthorized();

    /// <summary>Runs SQL on the test's database connection: a per-connection PRAGMA reaches every context the app makes.</summary>
    protected void ExecuteOnDatabase(string sql)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private static DatabaseStatus ReadyDatabase()
    {
        var status = new DatabaseStatus();
        status.MarkReady();
        return status;
    }

    /// <summary>Ingests a dump through the real ingest path and returns the new dataset's id.</summary>
    protected async Task<Guid> IngestAsync(string dump, string name = "Test dump", Capture? capture = null)
    {
        var ingest = Services.GetRequiredService<IngestService>();
        using var stream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(dump));
        var job = await ingest.SubmitAsync(stream, name, capture ?? Fixtures.Capture, owner: null, Xunit.TestContext.Current.CancellationToken);
        var done = await ingest.ProcessAsync(job.Id, Xunit.TestContext.Current.CancellationToken);
        Assert.Equal(TimelineApp.Data.Entities.JobStatus.Succeeded, done.Status);
        return done.DatasetId;
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _connection.Dispose();
        }

        base.Dispose(disposing);
    }
}
