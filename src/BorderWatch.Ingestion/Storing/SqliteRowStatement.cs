using System.Globalization;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace BorderWatch.Ingestion.Storing;

/// <summary>
/// One statement of the batch writer prepared straight on the SQLite handle of its open connection, its values bound by
/// position. Microsoft.Data.Sqlite binds by name on every execution (a lookup per parameter that scans the statement's
/// list of names) and builds a reader per execution; the writer runs a few hundred inserts per article, so it binds
/// here instead. The statement runs in whatever transaction the connection has open (SQLite transactions belong to the
/// connection). Values are written as Microsoft.Data.Sqlite writes them (<see cref="Bind"/>); a failing step throws the
/// same <see cref="SqliteException"/> (error code and extended code), so the writer's busy and conflict handling is unchanged.
/// </summary>
internal sealed class SqliteRowStatement : IDisposable
{
    private readonly sqlite3 _db;
    private readonly sqlite3_stmt _statement;

    public SqliteRowStatement(SqliteConnection connection, string sql)
    {
        _db = connection.Handle ?? throw new InvalidOperationException("the writer's connection is not open");
        var rc = raw.sqlite3_prepare_v2(_db, sql, out _statement);
        if (rc != raw.SQLITE_OK) SqliteException.ThrowExceptionForRC(rc, _db);
    }

    /// <summary>Binds <paramref name="value"/> (a provider value: after the model's converter) to the parameter at <paramref name="position"/> (from 1).</summary>
    public void Bind(int position, object? value)
    {
        var rc = value switch
        {
            null or DBNull => raw.sqlite3_bind_null(_statement, position),
            string s => raw.sqlite3_bind_text(_statement, position, s),
            bool b => raw.sqlite3_bind_int64(_statement, position, b ? 1 : 0),
            int i => raw.sqlite3_bind_int64(_statement, position, i),
            long l => raw.sqlite3_bind_int64(_statement, position, l),
            short s => raw.sqlite3_bind_int64(_statement, position, s),
            byte b => raw.sqlite3_bind_int64(_statement, position, b),
            double d when double.IsNaN(d) => throw new InvalidOperationException("Cannot store 'NaN' values."),
            double d => raw.sqlite3_bind_double(_statement, position, d),
            float f => raw.sqlite3_bind_double(_statement, position, f),
            // The text forms Microsoft.Data.Sqlite writes for these types (the SQLite mappings store them as TEXT).
            DateTimeOffset t => raw.sqlite3_bind_text(_statement, position, t.ToString(@"yyyy\-MM\-dd HH\:mm\:ss.FFFFFFFzzz", CultureInfo.InvariantCulture)),
            DateTime t => raw.sqlite3_bind_text(_statement, position, t.ToString(@"yyyy\-MM\-dd HH\:mm\:ss.FFFFFFF", CultureInfo.InvariantCulture)),
            DateOnly d => raw.sqlite3_bind_text(_statement, position, d.ToString(@"yyyy\-MM\-dd", CultureInfo.InvariantCulture)),
            byte[] bytes => raw.sqlite3_bind_blob(_statement, position, bytes),
            Enum e => raw.sqlite3_bind_int64(_statement, position, Convert.ToInt64(e, CultureInfo.InvariantCulture)),
            _ => throw new NotSupportedException($"the batch writer does not bind values of type {value.GetType().Name}; add it to {nameof(SqliteRowStatement)}.{nameof(Bind)}"),
        };
        if (rc != raw.SQLITE_OK) SqliteException.ThrowExceptionForRC(rc, _db);
    }

    /// <summary>Binds an integer (no boxing: the writer's typed column binders, <see cref="ColumnBinders"/>).</summary>
    public void BindInt64(int position, long value)
    {
        var rc = raw.sqlite3_bind_int64(_statement, position, value);
        if (rc != raw.SQLITE_OK) SqliteException.ThrowExceptionForRC(rc, _db);
    }

    /// <summary>Runs the bound statement to its end and makes it ready for the next values.</summary>
    public void Run()
    {
        var rc = raw.sqlite3_step(_statement);
        if (rc == raw.SQLITE_DONE)
        {
            raw.sqlite3_reset(_statement);
            return;
        }
        try { SqliteException.ThrowExceptionForRC(rc, _db); }
        finally { raw.sqlite3_reset(_statement); }
    }

    /// <summary>The key SQLite gave the row the last insert on this connection wrote.</summary>
    public long LastRowId => raw.sqlite3_last_insert_rowid(_db);

    public void Dispose() => _statement.Dispose();
}
