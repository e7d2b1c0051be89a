using BorderWatch.Core.Store;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace BorderWatch.Core.Tests.Store;

/// <summary>
/// A process that starts while another migrates the same PostgreSQL database waits for the migration lock as long as
/// it is held, not only as long as one command may take (CI: a second CLI batch died on the 30 s command timeout).
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class PostgresMigrationLockTests(PostgresFixture server)
{
    [Fact]
    public async Task Migrating_waits_for_the_lock_longer_than_the_command_timeout()
    {
        var database = await server.NewDatabaseAsync();
        await using (var first = StoreSetup.Open(database)) await StoreSetup.MigrateAsync(first);
        // Commands of this store give up after 2 s; "another process" holds the lock for 5 s. (The database is migrated
        // already, so what runs after the lock is a few small queries.)
        var impatient = new StoreOptions { Provider = database.Provider, ConnectionString = database.ConnectionString + ";Command Timeout=2" };
        await using var holder = new NpgsqlConnection(database.ConnectionString);
        await holder.OpenAsync();
        await using (var take = new NpgsqlCommand("SELECT pg_advisory_lock(4780374506601595220)", holder)) await take.ExecuteNonQueryAsync();
        await using var db = StoreSetup.Open(impatient);
        var migrating = StoreSetup.MigrateAsync(db);
        await Task.Delay(TimeSpan.FromSeconds(5));
        migrating.IsCompleted.ShouldBeFalse("it waits while the lock is held");
        await using (var release = new NpgsqlCommand("SELECT pg_advisory_unlock(4780374506601595220)", holder)) await release.ExecuteNonQueryAsync();
        await migrating;
        (await db.Database.GetPendingMigrationsAsync()).ShouldBeEmpty();
        db.Database.GetCommandTimeout().ShouldBeNull("the store's own timeout is back for the other commands");
    }
}
