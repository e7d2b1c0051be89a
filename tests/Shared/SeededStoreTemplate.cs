using Microsoft.Data.Sqlite;

namespace BorderWatch.TestSupport;

/// <summary>
/// The SQLite store that a test process's first seeded dashboard built on its first start (migrated, gazetteer synced,
/// the five seed articles imported through the whole pipeline), kept so that the process's later seeded SQLite
/// dashboards start on a copy of it instead of analysing the same five articles again (docs/testing.md: the seed import
/// was the largest fixed cost of every seeded web host). A copy starts as a restart on a seeded store does: migrations,
/// the gazetteer sync and the near-copy index still run, and the import is skipped because the store holds articles.
/// The first seeded start of each process still imports for real, and the tests of the first start itself
/// (StartupLogTests) use a dashboard that never starts from a copy.
/// </summary>
public static class SeededStoreTemplate
{
    /// <summary>Set to 0, every seeded start imports the seeds itself (to measure what the copies save, or to rule them out).</summary>
    public const string Switch = "BORDERWATCH_TEST_SEED_COPY";

    private static readonly object Gate = new();
    private static string? template;

    /// <summary>
    /// Puts a copy of the kept store at <paramref name="path"/> and says so; false (nothing written) when no store is kept
    /// yet or a file is already there: that start then imports the seeds itself.
    /// </summary>
    public static bool TryCopyTo(string path)
    {
        if (Environment.GetEnvironmentVariable(Switch) == "0") return false;   // every start imports, as before
        string? kept;
        lock (Gate) kept = template;
        if (kept is null || File.Exists(path)) return false;
        Backup(kept, path, "WAL");   // as StoreSetup.MigrateAsync leaves a store
        return true;
    }

    /// <summary>
    /// Keeps the store at <paramref name="path"/>, just seeded by a first start, unless one is kept already or the import
    /// was not complete: a seed that failed (its analysis budget under load: StoreStartup logs "Seed import failed" and goes
    /// on) leaves no article, and a short store must not seed every later dashboard of the process (review38 C5). Then
    /// nothing is kept and the next seeded start imports for itself.
    /// </summary>
    public static void Keep(string path, string? seedFolder = null)
    {
        if (!CompleteImport(path, seedFolder ?? Path.Combine(AppContext.BaseDirectory, "seeds"))) return;
        lock (Gate)
        {
            if (template is not null) return;
            var folder = Directory.CreateTempSubdirectory("bw-seeded-template-").FullName;
            var copy = Path.Combine(folder, "store.db");
            Backup(path, copy, "DELETE");   // one file, read by every later copy
            template = copy;
            AppDomain.CurrentDomain.ProcessExit += (_, _) =>
            {
                try { Directory.Delete(folder, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
            };
        }
    }

    /// <summary>The store holds one article for every seed text of the folder (the texts StoreStartup imports).</summary>
    public static bool CompleteImport(string path, string seedFolder)
    {
        if (!Directory.Exists(seedFolder)) return false;
        var seeds = Directory.EnumerateFiles(seedFolder).Count(BorderWatch.Ingestion.Reading.DocumentReader.IsSupported);
        using var connection = new SqliteConnection($"Data Source={path};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var count = connection.CreateCommand();
        count.CommandText = "SELECT COUNT(*) FROM \"Articles\";";
        return seeds > 0 && Convert.ToInt32(count.ExecuteScalar()) == seeds;
    }

    /// <summary>SQLite's online backup (a consistent copy while the app that owns the source runs).</summary>
    private static void Backup(string from, string to, string journalMode)
    {
        using (var source = new SqliteConnection($"Data Source={from};Mode=ReadOnly;Pooling=False"))
        using (var target = new SqliteConnection($"Data Source={to};Pooling=False"))
        {
            source.Open();
            target.Open();
            source.BackupDatabase(target);
            using var mode = target.CreateCommand();
            mode.CommandText = $"PRAGMA journal_mode={journalMode};";
            mode.ExecuteScalar();
        }
    }
}
