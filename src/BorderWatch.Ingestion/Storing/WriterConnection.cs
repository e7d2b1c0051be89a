using System.Data.Common;

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

    public static async Task TuneAsync(DbConnection connection, CancellationToken ct)
    {
        if (!connection.GetType().Name.StartsWith("Sqlite", StringComparison.Ordinal)) return;
        await using var command = connection.CreateCommand();
        command.CommandText = $"PRAGMA temp_store = MEMORY; PRAGMA cache_size = -{CacheKiB};";
        await command.ExecuteNonQueryAsync(ct);
    }
}
