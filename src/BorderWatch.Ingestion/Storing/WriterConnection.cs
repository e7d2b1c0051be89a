using System.Data.Common;
using BorderWatch.Core.Store;

namespace BorderWatch.Ingestion.Storing;

/// <summary>
/// Settings of the batch writer's own SQLite connection (kept open for the writer's life). Every statement with
/// triggers may keep a statement journal: SQLite copies each page the statement first changes into a sub-journal, and
/// with the default <c>temp_store</c> a sub-journal over 64 KiB spills into a temporary file (<c>/var/tmp/etilqs_*</c>):
/// about 2,200 <c>pwrite</c> calls per 40-incident article, a third of the writer's CPU in the kernel, when each article
/// had a savepoint. <c>temp_store = MEMORY</c> keeps any sub-journal in memory (bounded by the pages one group changes).
/// A bigger page cache keeps a group's dirty pages in memory until the commit instead of spilling them into the WAL
/// mid-transaction and writing them again. Neither changes what is stored or when it is durable (the commit still
/// writes and syncs the WAL as before). PostgreSQL: nothing to set.
/// </summary>
internal static class WriterConnection
{
    /// <summary>The writer's page cache, in KiB (SQLite's default is 2,000 KiB per connection).</summary>
    public const int CacheKiB = 32 * 1024;

    /// <summary>
    /// SQLite: while <paramref name="skip"/> holds, this connection fires no trigger of the store (the connection's
    /// <c>SQLITE_DBCONFIG_ENABLE_TRIGGER</c>; temporary triggers still fire). The writer skips them while it inserts a
    /// group's rows: every insert trigger of the tables it writes would skip them anyway under its flag
    /// (<see cref="WriterBatch"/>), but SQLite runs each trigger's sub-program, with its <c>WHEN</c> check, for every
    /// row, about eleven per incident. The writer turns them on again before it settles what they owe (its updates
    /// there need the update triggers) and whenever its group ends; the setting lives only on this open connection.
    /// PostgreSQL: nothing to do (its triggers test the flag in their <c>WHEN</c>).
    /// </summary>
    public static void SkipTriggers(DbConnection connection, bool skip)
    {
        if (connection is not Microsoft.Data.Sqlite.SqliteConnection { Handle: { } handle }) return;
        var rc = SQLitePCL.raw.sqlite3_db_config(handle, SQLitePCL.raw.SQLITE_DBCONFIG_ENABLE_TRIGGER, skip ? 0 : 1, out var now);
        if (rc != SQLitePCL.raw.SQLITE_OK || now != (skip ? 0 : 1))
            throw new InvalidOperationException($"SQLite did not turn the connection's triggers {(skip ? "off" : "on")} (result {rc})");
    }

    /// <summary>Whether this connection fires the store's triggers (SQLite; always true elsewhere).</summary>
    public static bool FiresTriggers(DbConnection connection)
    {
        if (connection is not Microsoft.Data.Sqlite.SqliteConnection { Handle: { } handle }) return true;
        SQLitePCL.raw.sqlite3_db_config(handle, SQLitePCL.raw.SQLITE_DBCONFIG_ENABLE_TRIGGER, -1, out var now);
        return now != 0;
    }

    /// <summary>WAL pages after which a commit of the writer checkpoints (SQLite's default is 1,000: 4 MiB).</summary>
    public const int CheckpointPages = 10_000;

    /// <summary>
    /// The writer's settings on its open connection (SQLite; PostgreSQL: none): the ones above, and, for durability,
    /// <c>synchronous = NORMAL</c> and a checkpoint every <see cref="CheckpointPages"/> WAL pages (ADR 0013). Each group
    /// stays all or nothing; a power cut or OS crash may lose the last committed groups (a process crash loses nothing).
    /// Returns what to put back when the writer is done (<see cref="RestoreAsync"/>): the connection goes back to the pool.
    /// </summary>
    public static async Task<WriterDurability?> TuneAsync(DbConnection connection, CancellationToken ct)
    {
        if (!connection.GetType().Name.StartsWith("Sqlite", StringComparison.Ordinal)) return null;
        await using var command = connection.CreateCommand();
        // Setting temp_store drops the connection's temporary objects, even to the value it has: set it only if it differs.
        command.CommandText = "PRAGMA temp_store";
        var memory = await IntAsync(command, ct) == 2;
        command.CommandText = "PRAGMA synchronous";
        var synchronous = await IntAsync(command, ct);
        command.CommandText = "PRAGMA wal_autocheckpoint";
        var checkpoint = await IntAsync(command, ct);
        command.CommandText = (memory ? "" : "PRAGMA temp_store = MEMORY; ") + $"PRAGMA cache_size = -{CacheKiB}; " +
                              $"PRAGMA synchronous = NORMAL; PRAGMA wal_autocheckpoint = {CheckpointPages};";
        await command.ExecuteNonQueryAsync(ct);
        return new WriterDurability(synchronous, checkpoint);
    }

    /// <summary>Puts back the connection's durability settings from before <see cref="TuneAsync"/>.</summary>
    public static async Task RestoreAsync(DbConnection connection, WriterDurability? before)
    {
        if (before is null || connection.State != System.Data.ConnectionState.Open) return;
        await using var command = connection.CreateCommand();
        command.CommandText = FormattableString.Invariant(
            $"PRAGMA synchronous = {before.Synchronous}; PRAGMA wal_autocheckpoint = {before.CheckpointPages};");
        await command.ExecuteNonQueryAsync();
    }

    private static async Task<int> IntAsync(DbCommand command, CancellationToken ct) =>
        Convert.ToInt32(await command.ExecuteScalarAsync(ct), System.Globalization.CultureInfo.InvariantCulture);
}

/// <summary>A SQLite connection's <c>synchronous</c> level and <c>wal_autocheckpoint</c> pages.</summary>
internal sealed record WriterDurability(int Synchronous, int CheckpointPages);
