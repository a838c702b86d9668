namespace TimelineApp.Data.Storage;

/// <summary>
/// Which database to use: <c>Database:Provider</c> is <c>Sqlite</c> (default, embedded) or <c>Postgres</c>, and
/// <c>ConnectionStrings:Timeline</c> the connection string. Without one, SQLite goes to
/// <c>timeline.db</c> in <see cref="DataDirectory"/>.
/// </summary>
public sealed class DatabaseOptions
{
    public string Provider { get; set; } = "Sqlite";

    public string? ConnectionString { get; set; }

    /// <summary>Where the embedded database lives; defaults to the user's local application data folder.</summary>
    public string? DataDirectory { get; set; }

    public bool IsPostgres => Provider.Equals("Postgres", StringComparison.OrdinalIgnoreCase) || Provider.Equals("PostgreSQL", StringComparison.OrdinalIgnoreCase);

    public static string DefaultDataDirectory() =>
        Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.Create), "TimelineApp");

    /// <summary>The connection string to use, creating the data folder for SQLite when needed.</summary>
    public string ResolveConnectionString()
    {
        if (!string.IsNullOrWhiteSpace(ConnectionString))
        {
            return ConnectionString;
        }

        if (IsPostgres)
        {
            throw new InvalidOperationException("Database:Provider is Postgres but ConnectionStrings:Timeline is not set.");
        }

        string dir = string.IsNullOrWhiteSpace(DataDirectory) ? DefaultDataDirectory() : DataDirectory;
        Directory.CreateDirectory(dir);
        return $"Data Source={Path.Combine(dir, "timeline.db")}";
    }
}
