using BorderWatch.Core.Store;
using Microsoft.Data.Sqlite;

namespace BorderWatch.Core.Tests.Store;

/// <summary>Hands out empty databases on one provider, and one shared store migrated and filled with <see cref="SampleIncidents"/>.</summary>
public abstract class StoreFixture : IAsyncLifetime
{
    private Task<(StoreOptions Options, SampleIncidents Sample)>? seeded;

    public abstract string ProviderName { get; }

    /// <summary>A new, empty database (not migrated).</summary>
    public abstract Task<StoreOptions> NewDatabaseAsync();

    private readonly SemaphoreSlim templateLock = new(1, 1);
    private StoreOptions? migratedTemplate;

    /// <summary>
    /// A new database with the schema applied: a copy of one database this fixture migrated once (the migrations are
    /// the same for every test, and applying all of them to each new database was most of these tests' time).
    /// Tests of migrating itself start from <see cref="NewDatabaseAsync"/>.
    /// </summary>
    public async Task<StoreOptions> NewMigratedDatabaseAsync()
    {
        await templateLock.WaitAsync();
        try
        {
            if (migratedTemplate is null)
            {
                var template = await NewDatabaseAsync();
                await using (var db = StoreSetup.Open(template)) await StoreSetup.MigrateAsync(db);
                migratedTemplate = template;
            }
        }
        finally { templateLock.Release(); }
        return await CopyDatabaseAsync(migratedTemplate);
    }

    /// <summary>
    /// The same database reached through pooled connections, for a test that runs many short queries on it and never
    /// uses it as a template. SQLite connections pool already (the default of Microsoft.Data.Sqlite); PostgreSQL's
    /// test databases do not (a database copied as a template must have no session open), so without this every query
    /// of such a test started a new server backend (ci39).
    /// </summary>
    public virtual StoreOptions Pooled(StoreOptions options) => options;

    /// <summary>A new database holding what <paramref name="source"/> holds (no connection to it may be open).</summary>
    protected abstract Task<StoreOptions> CopyDatabaseAsync(StoreOptions source);

    /// <summary>The shared sample store; tests must only read from it.</summary>
    public Task<(StoreOptions Options, SampleIncidents Sample)> SeededAsync() => seeded ??= SeedAsync();

    private async Task<(StoreOptions, SampleIncidents)> SeedAsync()
    {
        var options = Pooled(await NewMigratedDatabaseAsync());   // only read, never a template
        await using var db = StoreSetup.Open(options);
        return (options, await SampleIncidents.SeedAsync(db));
    }

    public virtual Task InitializeAsync() => Task.CompletedTask;
    public abstract Task DisposeAsync();
}

/// <summary>SQLite files in a temporary directory, removed afterwards.</summary>
public sealed class SqliteFixture : StoreFixture
{
    private readonly string dir = Directory.CreateTempSubdirectory("bw-sqlite-").FullName;
    private int count;

    public override string ProviderName => StoreSetup.Sqlite;

    public string NewPath() => Path.Combine(dir, $"store{Interlocked.Increment(ref count)}.db");

    public override Task<StoreOptions> NewDatabaseAsync() =>
        Task.FromResult(new StoreOptions { Provider = "sqlite", ConnectionString = $"Data Source={NewPath()}" });

    /// <summary>SQLite's online backup into a new file, then WAL on, as <see cref="StoreSetup.MigrateAsync"/> leaves a store.</summary>
    protected override async Task<StoreOptions> CopyDatabaseAsync(StoreOptions source)
    {
        var copy = await NewDatabaseAsync();
        await using (var from = new SqliteConnection(Unpooled(source)))
        await using (var to = new SqliteConnection(Unpooled(copy)))
        {
            await from.OpenAsync();
            await to.OpenAsync();
            from.BackupDatabase(to);
            await using var wal = to.CreateCommand();
            wal.CommandText = "PRAGMA journal_mode=WAL;";
            await wal.ExecuteNonQueryAsync();
        }
        return copy;
    }

    private static string Unpooled(StoreOptions options) =>
        new SqliteConnectionStringBuilder(options.ConnectionString) { Pooling = false }.ToString();

    public override Task DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        try { Directory.Delete(dir, recursive: true); } catch (IOException) { }
        return Task.CompletedTask;
    }
}
