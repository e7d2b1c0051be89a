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

    /// <summary>A new database with the schema applied.</summary>
    public async Task<StoreOptions> NewMigratedDatabaseAsync()
    {
        var options = await NewDatabaseAsync();
        await using var db = StoreSetup.Open(options);
        await StoreSetup.MigrateAsync(db);
        return options;
    }

    /// <summary>The shared sample store; tests must only read from it.</summary>
    public Task<(StoreOptions Options, SampleIncidents Sample)> SeededAsync() => seeded ??= SeedAsync();

    private async Task<(StoreOptions, SampleIncidents)> SeedAsync()
    {
        var options = await NewMigratedDatabaseAsync();
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

    public override Task DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        try { Directory.Delete(dir, recursive: true); } catch (IOException) { }
        return Task.CompletedTask;
    }
}
