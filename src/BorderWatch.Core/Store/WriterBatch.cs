using System.Data.Common;

namespace BorderWatch.Core.Store;

/// <summary>
/// The batch writer's flag: set inside the writer's transaction, it makes the insert-path row triggers (search index,
/// tallies, <c>Hidden</c>) skip the rows that transaction inserts; the writer then owes what they would have written
/// (<see cref="SearchAndTallies.ForWrittenArticles"/>) and clears the flag before it commits. The flag lives only in
/// the transaction: SQLite, a row of the one-row table <c>WriterBatch</c> that is never committed (deleted before the
/// commit; a crash or rollback discards it, and no other connection sees an uncommitted row); PostgreSQL, a
/// transaction-local setting (<c>set_config(…, true)</c>), gone at commit, rollback or a dropped session. Every other
/// write path keeps its triggers.
/// </summary>
public static class WriterBatch
{
    /// <summary>The PostgreSQL setting the triggers' <c>WHEN</c> reads.</summary>
    public const string PostgresSetting = "bw.writer_batch";

    private const string SqliteSet = """INSERT OR REPLACE INTO "WriterBatch" ("Id") VALUES (1);""";
    private const string SqliteClear = """DELETE FROM "WriterBatch";""";
    private const string PostgresSet = $"SELECT set_config('{PostgresSetting}', 'on', true);";
    private const string PostgresClear = $"SELECT set_config('{PostgresSetting}', '', true);";

    private static bool IsPostgres(DbConnection connection) => connection.GetType().Name.StartsWith("Npgsql", StringComparison.Ordinal);

    /// <summary>Sets the flag in <paramref name="tx"/>: from now on its inserts skip the insert-path triggers.</summary>
    public static Task SetAsync(DbConnection connection, DbTransaction tx, CancellationToken ct) =>
        ExecuteAsync(connection, tx, IsPostgres(connection) ? PostgresSet : SqliteSet, ct);

    /// <summary>
    /// Writes what the skipped triggers owe for the incidents of <paramref name="articleIds"/> (tallies, search rows;
    /// see <see cref="SearchAndTallies.ForWrittenArticles"/>) and clears the flag; call it last before the commit.
    /// </summary>
    /// <param name="tallies">False when the caller has added the tallies of these incidents already.</param>
    /// <param name="search">False when the caller has added the search rows of these incidents already.</param>
    public static async Task SettleAsync(DbConnection connection, DbTransaction tx, IReadOnlyCollection<int> articleIds, CancellationToken ct,
        bool tallies = true, bool search = true)
    {
        var postgres = IsPostgres(connection);
        if (articleIds.Count > 0)
            foreach (var sql in SearchAndTallies.ForWrittenArticles(postgres, articleIds, tallies, search)) await ExecuteAsync(connection, tx, sql, ct);
        await ExecuteAsync(connection, tx, postgres ? PostgresClear : SqliteClear, ct);
    }

    private static async Task ExecuteAsync(DbConnection connection, DbTransaction tx, string sql, CancellationToken ct)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = tx;
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(ct);
    }
}
