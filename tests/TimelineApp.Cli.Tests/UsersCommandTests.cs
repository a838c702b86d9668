namespace TimelineApp.Cli.Tests;

/// <summary><c>timeline users ...</c> and <c>ingest --as</c> on a fresh SQLite database of their own.</summary>
public sealed class UsersCommandTests : IDisposable
{
    private const string Story = """

        Port workers end strike after agreement on wages
        ROTTERDAM--Dock workers at the Netherlands' largest port ended a strike on Saturday after unions and employers agreed on a new wage deal.
        """;

    private readonly string _directory = Directory.CreateTempSubdirectory("timeline-cli-users").FullName;

    private Dictionary<string, string> Env => new() { ["Database__DataDirectory"] = _directory };

    private Task<CliRunner.Result> RunAsync(string? stdin, params string[] args) => CliRunner.RunWithEnvironmentAsync(Env, stdin, args);

    [Fact]
    public async Task TheFirstAdmin_IsCreatedWithThePasswordOnStdin_AndListed()
    {
        var added = await RunAsync("a long admin password\n", "users", "add", "ada", "--role", "admin");
        Assert.True(added.ExitCode == 0, added.Stderr);
        Assert.Contains("created admin ada", added.Stdout, StringComparison.Ordinal);

        var list = await RunAsync(null, "users", "list");
        Assert.Equal(0, list.ExitCode);
        Assert.Contains("ada\tadmin", list.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("a long admin password", list.Stdout + added.Stdout + added.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ThereIsNoPasswordOption_WeakPasswordsAndDuplicateNamesAreRefused()
    {
        Assert.Equal(2, (await RunAsync(null, "users", "add", "ada", "--role", "admin", "--password", "a long admin password")).ExitCode);

        var weak = await RunAsync("short\n", "users", "add", "bob", "--role", "viewer");
        Assert.Equal(2, weak.ExitCode);
        Assert.Contains("at least 12 characters", weak.Stderr, StringComparison.Ordinal);

        Assert.Equal(0, (await RunAsync("a long admin password\n", "users", "add", "ada", "--role", "admin")).ExitCode);
        Assert.Equal(2, (await RunAsync("another long password\n", "users", "add", "ADA", "--role", "viewer")).ExitCode);
        Assert.Equal(2, (await RunAsync(null, "users", "set-role", "ada", "viewer")).ExitCode); // the last admin stays admin
        Assert.Equal(2, (await RunAsync("a long admin password\n", "users", "add", "cy", "--role", "owner")).ExitCode);
    }

    [Fact]
    public async Task Ingest_StoresForTheAccountNamedByAs_AndRefusesViewersAndNobody()
    {
        string dump = Path.Combine(_directory, "story.txt");
        await File.WriteAllTextAsync(dump, Story, TestContext.Current.CancellationToken);
        string[] ingest = ["ingest", dump, "--captured", "2025-07-14T15:00:00Z"];

        var before = await RunAsync(null, ingest);
        Assert.Equal(2, before.ExitCode);
        Assert.Contains("users add NAME --role admin", before.Stderr, StringComparison.Ordinal); // no account yet: how to make one

        Assert.Equal(0, (await RunAsync("a long admin password\n", "users", "add", "ada", "--role", "admin")).ExitCode);
        Assert.Equal(0, (await RunAsync("a viewer's password\n", "users", "add", "vic", "--role", "viewer")).ExitCode);
        Assert.Equal(2, (await RunAsync(null, ingest)).ExitCode); // --as is required once accounts exist

        var viewer = await RunAsync(null, [.. ingest, "--as", "vic"]);
        Assert.Equal(2, viewer.ExitCode);
        Assert.Contains("Only editors and admins", viewer.Stderr, StringComparison.Ordinal);

        var stored = await RunAsync(null, [.. ingest, "--as", "ada"]);
        Assert.True(stored.ExitCode == 0, stored.Stderr);
        Assert.Contains("stored dataset", stored.Stdout, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        Directory.Delete(_directory, recursive: true);
    }
}
