using BorderWatch.Core.Store;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace BorderWatch.Core.Tests.Store;

public class StoreSetupTests : IDisposable
{
    private readonly string dir = Directory.CreateTempSubdirectory("bw-setup-").FullName;

    [Fact]
    public void Unknown_provider_is_a_clear_argument_error()
    {
        var ex = Should.Throw<ArgumentException>(() => StoreSetup.Open(new StoreOptions { Provider = "Oracle" }));
        ex.Message.ShouldContain("unknown provider 'Oracle'");
        ex.Message.ShouldContain("PostgreSQL");
    }

    [Fact]
    public void Provider_names_are_case_insensitive()
    {
        using var pg = StoreSetup.Open(new StoreOptions { Provider = "postgresql", ConnectionString = "Host=127.0.0.1;Database=x" });
        pg.Database.ProviderName.ShouldBe("Npgsql.EntityFrameworkCore.PostgreSQL");
        using var lite = StoreSetup.Open(new StoreOptions { Provider = "SQLITE", ConnectionString = $"Data Source={Path.Combine(dir, "a.db")}" });
        lite.Database.IsSqlite().ShouldBeTrue();
    }

    [Fact]
    public async Task Sqlite_creates_the_missing_directory_and_uses_wal_and_foreign_keys()
    {
        var path = Path.Combine(dir, "nested", "deeper", "store.db");
        await using (var db = StoreSetup.Open(new StoreOptions { ConnectionString = path }))   // a bare path works too
        {
            await StoreSetup.MigrateAsync(db);
            (await db.Database.SqlQueryRaw<string>("PRAGMA journal_mode").ToListAsync()).Single().ShouldBe("wal");
            await db.Database.OpenConnectionAsync();
            (await db.Database.SqlQueryRaw<long>("PRAGMA foreign_keys").ToListAsync()).Single().ShouldBe(1L);
        }
        File.Exists(path).ShouldBeTrue();
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        try { Directory.Delete(dir, recursive: true); } catch (IOException) { }
    }
}
