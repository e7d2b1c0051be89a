namespace BorderWatch.Core;

/// <summary>Where the store lives. Bound from the "Store" configuration section.</summary>
public sealed class StoreOptions
{
    public const string Section = "Store";

    /// <summary>"Sqlite" (default) or "PostgreSQL".</summary>
    public string Provider { get; set; } = "Sqlite";

    /// <summary>Connection string; for SQLite, empty means <see cref="DefaultSqlitePath"/>.</summary>
    public string? ConnectionString { get; set; }

    /// <summary>
    /// PostgreSQL: the web app listens for the store's change notices and keeps the store version in process (true,
    /// default). False reads the version per request: for a connection that cannot hold a LISTEN session (a pooler
    /// in transaction mode, where notices would silently never arrive).
    /// </summary>
    public bool ChangeNotices { get; set; } = true;

    /// <summary>
    /// The one SQLite file the CLI and the web app share by default, independent of the working directory:
    /// $BORDERWATCH_DB, else the user's local application data folder.
    /// </summary>
    public static string DefaultSqlitePath =>
        Environment.GetEnvironmentVariable("BORDERWATCH_DB") is { Length: > 0 } env
            ? env
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.Create), "BorderWatch", "borderwatch.db");
}
