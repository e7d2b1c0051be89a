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
    /// The one SQLite file the CLI and the web app share by default, independent of the working directory:
    /// $BORDERWATCH_DB, else the user's local application data folder.
    /// </summary>
    public static string DefaultSqlitePath =>
        Environment.GetEnvironmentVariable("BORDERWATCH_DB") is { Length: > 0 } env
            ? env
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.Create), "BorderWatch", "borderwatch.db");
}
