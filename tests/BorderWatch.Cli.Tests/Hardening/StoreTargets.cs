using BorderWatch.Core;
using BorderWatch.Core.Tests.Store;

namespace BorderWatch.Cli.Tests.Hardening;

/// <summary>A fresh SQLite file per test (WAL mode is set when the store is migrated).</summary>
public sealed class SqliteTarget : IStoreTarget, IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("bw-target-").FullName;
    private int _count;

    public Task<(StoreOptions, string[])> NewStoreAsync()
    {
        var file = Path.Combine(_dir, $"store{Interlocked.Increment(ref _count)}.db");
        return Task.FromResult((new StoreOptions { Provider = "sqlite", ConnectionString = $"Data Source={file}" }, new[] { "--db", file }));
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(_dir, recursive: true); } catch (IOException) { }
    }
}

/// <summary>A fresh database on the PostgreSQL server the Core tests' fixture starts.</summary>
public sealed class PostgresTarget(PostgresFixture server) : IStoreTarget
{
    public async Task<(StoreOptions, string[])> NewStoreAsync()
    {
        var options = await server.NewDatabaseAsync();
        return (options, ["--provider", "postgresql", "--connection", options.ConnectionString!]);
    }
}

public sealed class SqliteCrashAndConcurrencyTests() : CrashAndConcurrencyCases(new SqliteTarget());

/// <summary>xUnit finds collection definitions only in the test assembly itself: the server fixture is reused from the Core tests.</summary>
[CollectionDefinition(Name)]
public sealed class CliPostgresCollection : ICollectionFixture<PostgresFixture>
{
    public const string Name = "PostgreSQL server (CLI)";
}

[Collection(CliPostgresCollection.Name)]
public sealed class PostgresCrashAndConcurrencyTests(PostgresFixture server) : CrashAndConcurrencyCases(new PostgresTarget(server));
