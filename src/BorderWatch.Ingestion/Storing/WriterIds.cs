using System.Data.Common;
using Microsoft.Data.Sqlite;

namespace BorderWatch.Ingestion.Storing;

/// <summary>
/// The keys of the incidents and excerpts the batch writer inserts, assigned by the writer instead of read back row by
/// row, so an article's incidents and excerpts go in as multi-row statements (<see cref="RowInsert{T}.InsertManyAsync"/>).
/// <para>SQLite: the writer holds the store's write lock (<c>BEGIN IMMEDIATE</c>) for its whole transaction, so at the
/// first article of each transaction it reads the next free key of each table (the larger of <c>sqlite_sequence</c>'s
/// value, which <c>AUTOINCREMENT</c> keeps, and the largest key stored) and counts on from there. Inserting a key above
/// the sequence moves <c>sqlite_sequence</c> on in the same transaction, so a rollback takes both back: keys stay dense
/// and are never reused by another writer. <see cref="Reset"/> must be called whenever a transaction begins or ends.</para>
/// <para>PostgreSQL: one <c>nextval</c> per row from each table's identity sequence, all of an article's in one
/// statement (sequences are not transactional: a rolled-back article leaves a gap, as <c>SaveChanges</c> did).</para>
/// </summary>
internal sealed class WriterIds : IDisposable
{
    private readonly bool _sqlite;
    private readonly DbCommand _next;
    private long _incident;
    private long _excerpt;
    private bool _read;

    public WriterIds(DbConnection connection)
    {
        _sqlite = connection is SqliteConnection;
        _next = connection.CreateCommand();
        if (_sqlite)
        {
            _next.CommandText = $"SELECT {NextSqlite("Incidents")}, {NextSqlite("Excerpts")}";
            return;
        }
        _next.CommandText = """
            SELECT nextval(pg_get_serial_sequence('"Incidents"', 'Id')), nextval(pg_get_serial_sequence('"Excerpts"', 'Id'))
            FROM generate_series(1, @n)
            """;
        var n = _next.CreateParameter();
        n.ParameterName = "@n";
        n.DbType = System.Data.DbType.Int32;
        _next.Parameters.Add(n);
    }

    private static string NextSqlite(string table) =>
        $"""max(coalesce((SELECT "seq" FROM "sqlite_sequence" WHERE "name" = '{table}'), 0), coalesce((SELECT max("Id") FROM "{table}"), 0)) + 1""";

    /// <summary>Forgets the keys counted in the transaction that began or ended (SQLite reads them again under the lock).</summary>
    public void Reset() => _read = false;

    /// <summary>
    /// Keys for <paramref name="count"/> new incidents and as many excerpts, in <paramref name="tx"/> (which must hold the
    /// write lock): ascending, unused by any stored row or any other writer.
    /// </summary>
    public async Task<(int[] Incidents, int[] Excerpts)> TakeAsync(int count, DbTransaction tx, CancellationToken ct)
    {
        var incidents = new int[count];
        var excerpts = new int[count];
        if (count == 0) return (incidents, excerpts);
        _next.Transaction = tx;
        if (_sqlite)
        {
            if (!_read)
            {
                await using var reader = await _next.ExecuteReaderAsync(ct);
                await reader.ReadAsync(ct);
                (_incident, _excerpt) = (reader.GetInt64(0), reader.GetInt64(1));
                _read = true;
            }
            for (var i = 0; i < count; i++)
            {
                incidents[i] = checked((int)_incident++);
                excerpts[i] = checked((int)_excerpt++);
            }
            return (incidents, excerpts);
        }
        _next.Parameters[0].Value = count;
        await using (var reader = await _next.ExecuteReaderAsync(ct))
        {
            for (var i = 0; await reader.ReadAsync(ct); i++)
            {
                incidents[i] = checked((int)reader.GetInt64(0));
                excerpts[i] = checked((int)reader.GetInt64(1));
            }
        }
        Array.Sort(incidents);
        Array.Sort(excerpts);
        return (incidents, excerpts);
    }

    public void Dispose() => _next.Dispose();
}
