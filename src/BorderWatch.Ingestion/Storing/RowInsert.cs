using System.Data.Common;
using BorderWatch.Core.Store;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace BorderWatch.Ingestion.Storing;

/// <summary>
/// One prepared <c>INSERT</c> of an entity type, built from the EF model (table, columns, value converters and type
/// mappings), so a row goes in exactly as <c>SaveChanges</c> would write it, on SQLite and PostgreSQL alike, without
/// change tracking. The command is made once and reused for every row (the provider keeps its compiled statement);
/// a store-generated integer key comes back through <c>RETURNING</c> and is set on the entity. On SQLite the statements
/// are prepared on the connection's handle and bound by position (<see cref="SqliteRowStatement"/>), with the values the
/// type mappings' converters give, as Microsoft.Data.Sqlite would bind them; PostgreSQL goes through the provider.
/// </summary>
internal sealed class RowInsert<T> : IDisposable where T : class
{
    private readonly DbCommand _command;
    private readonly (IProperty Property, string Parameter, RelationalTypeMapping Mapping)[] _columns;
    private readonly IProperty? _generatedKey;
    private readonly SqliteConnection? _sqlite;
    private readonly DbConnection _connection;
    private readonly string _insertInto;
    // After the values: the upsert clause of a tally row (addToCount), else nothing.
    private readonly string _onConflict = "";
    // Multi-row inserts of rows without a generated key, by row count (made on first use, reused after).
    private readonly Dictionary<int, DbCommand> _many = [];
    // SQLite: the same statements prepared on the handle (one row, and many rows by row count).
    private readonly SqliteRowStatement? _row;
    // SQLite: each column's binder by position (ColumnBinders: compiled getters, no boxing where the type allows).
    private readonly Action<SqliteRowStatement, T, int>[] _binders = [];
    private readonly Dictionary<int, SqliteRowStatement> _rows = [];

    /// <summary>At most this many rows per multi-row statement (<see cref="InsertManyAsync"/>).</summary>
    public const int RowsPerStatement = 32;

    /// <param name="throughProvider">SQLite: bind through Microsoft.Data.Sqlite's parameters instead of by position
    /// (what the tests compare the positional binding with).</param>
    /// <param name="assignedKey">The caller sets the store-generated key on each row (<see cref="WriterIds"/>): the key is
    /// written like any other column and rows can go in many per statement (<see cref="InsertManyAsync"/>).</param>
    /// <param name="addToCount">A tally row: where a row with the same key is stored, its <c>"Count"</c> grows by this
    /// row's (<c>ON CONFLICT (key) DO UPDATE</c>, the upsert of the tally triggers and of <see cref="SearchAndTallies.AddTallies"/>).</param>
    public RowInsert(BorderWatchDbContext db, DbConnection connection, bool throughProvider = false, bool assignedKey = false, bool addToCount = false)
    {
        var type = db.Model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T).Name} is not in the model");
        var table = StoreObjectIdentifier.Table(type.GetTableName()!, type.GetSchema());
        var key = type.FindPrimaryKey()!.Properties;
        _generatedKey = !assignedKey && key.Count == 1 && key[0].ValueGenerated == ValueGenerated.OnAdd ? key[0] : null;
        _command = connection.CreateCommand();
        var columns = new List<(IProperty, string, RelationalTypeMapping)>();
        foreach (var property in type.GetProperties())
        {
            if (property == _generatedKey) continue;
            var mapping = (RelationalTypeMapping)property.GetRelationalTypeMapping();
            var name = "@p" + columns.Count;
            _command.Parameters.Add(mapping.CreateParameter(_command, name, null, property.IsNullable));
            columns.Add((property, name, mapping));
        }
        _columns = [.. columns];
        var names = string.Join(", ", _columns.Select(c => Quote(c.Property.GetColumnName(table)!)));
        var values = string.Join(", ", _columns.Select(c => c.Parameter));
        _sqlite = connection as SqliteConnection;
        _connection = connection;
        _insertInto = (_sqlite is not null ? "INSERT OR ROLLBACK INTO " : "INSERT INTO ") + $"{Quote(table.Name)} ({names}) VALUES ";
        // SQLite: OR ROLLBACK, so a failing row ends the whole transaction (the writer then redoes its group article by
        // article) and no statement needs a statement journal (each statement with triggers otherwise copies every page
        // it first touches); the new key is read with sqlite3_last_insert_rowid instead of RETURNING's result table.
        if (addToCount)
        {
            var count = Quote(type.FindProperty("Count")?.GetColumnName(table) ?? throw new InvalidOperationException($"{typeof(T).Name} has no Count"));
            _onConflict = $" ON CONFLICT ({string.Join(", ", key.Select(k => Quote(k.GetColumnName(table)!)))}) " +
                          $"DO UPDATE SET {count} = {Quote(table.Name)}.{count} + excluded.{count}";
        }
        _command.CommandText = $"{_insertInto}({values}){_onConflict}" +
            (_sqlite is not null || _generatedKey is null ? "" : $" RETURNING {Quote(_generatedKey.GetColumnName(table)!)}");
        if (_sqlite is not null && !throughProvider)
        {
            _row = new SqliteRowStatement(_sqlite, _command.CommandText);
            _binders = [.. _columns.Select(c => ColumnBinders.For<T>(c.Property, c.Mapping))];
        }
    }

    /// <summary>Inserts the row in <paramref name="transaction"/>; a generated key is set on <paramref name="row"/>.</summary>
    public async Task InsertAsync(T row, DbTransaction transaction, CancellationToken ct)
    {
        if (_row is not null)
        {
            BindByPosition(_row, row, 0);
            _row.Run();
            if (_generatedKey is not null) SetKey(row, _row.LastRowId);
            return;
        }
        _command.Transaction = transaction;
        Bind(_command, row, 0);
        if (_generatedKey is null || _sqlite is not null)
        {
            await _command.ExecuteNonQueryAsync(ct);
            if (_generatedKey is not null) SetKey(row, SQLitePCL.raw.sqlite3_last_insert_rowid(_sqlite!.Handle));
            return;
        }
        SetKey(row, await _command.ExecuteScalarAsync(ct) ?? throw new InvalidOperationException($"no key returned for a new {typeof(T).Name}"));
    }

    /// <summary>
    /// Inserts rows without a store-generated key (actor links, band rows, or rows whose key the writer assigned) in <paramref name="transaction"/>,
    /// up to <see cref="RowsPerStatement"/> rows per statement: one statement's fixed cost (binding, stepping, the
    /// provider's reader) for many rows. Same values as <see cref="InsertAsync"/> would write row by row.
    /// </summary>
    public async Task InsertManyAsync(IReadOnlyList<T> rows, DbTransaction transaction, CancellationToken ct)
    {
        if (_generatedKey is not null) throw new InvalidOperationException($"{typeof(T).Name} has a generated key: insert its rows one by one");
        for (var start = 0; start < rows.Count; start += RowsPerStatement)
        {
            var count = Math.Min(RowsPerStatement, rows.Count - start);
            if (_row is not null)
            {
                var statement = count == 1 ? _row : ManyRows(count);
                for (var r = 0; r < count; r++) BindByPosition(statement, rows[start + r], r * _columns.Length);
                statement.Run();
                continue;
            }
            var command = count == 1 ? _command : Many(count);
            command.Transaction = transaction;
            for (var r = 0; r < count; r++) Bind(command, rows[start + r], r * _columns.Length);
            await command.ExecuteNonQueryAsync(ct);
        }
    }

    // A parameter per value, made by the column's type mapping as SaveChanges makes it (converter, provider type, and a
    // size fitted to this value: a reused parameter would keep the size of the first value and cut longer ones). The
    // row's values go to the command's parameters from `first` on, under the names the command already gives them.
    private void Bind(DbCommand command, T row, int first)
    {
        for (var n = 0; n < _columns.Length; n++)
        {
            var (property, _, mapping) = _columns[n];
            var at = first + n;
            var value = property.GetGetter().GetClrValueUsingContainingEntity(row);
            command.Parameters[at] = mapping.CreateParameter(command, command.Parameters[at].ParameterName, value, property.IsNullable);
        }
    }

    // The provider value of each column (after the model's converter), bound at its position in the statement.
    private void BindByPosition(SqliteRowStatement statement, T row, int first)
    {
        for (var n = 0; n < _binders.Length; n++) _binders[n](statement, row, first + n + 1);
    }

    private SqliteRowStatement ManyRows(int count)
    {
        if (_rows.TryGetValue(count, out var made)) return made;
        // Anonymous placeholders, numbered left to right as BindByPosition binds them: SQLite looks each named one up
        // in the statement's list of names while it parses (a scan per name, so a 32-row statement of 20 columns cost
        // some 200,000 string comparisons to prepare).
        var row = "(" + string.Join(", ", Enumerable.Repeat("?", _columns.Length)) + ")";
        made = new SqliteRowStatement(_sqlite!, _insertInto + string.Join(", ", Enumerable.Repeat(row, count)) + _onConflict);
        _rows[count] = made;
        return made;
    }

    private DbCommand Many(int count)
    {
        if (_many.TryGetValue(count, out var made)) return made;
        var command = _connection.CreateCommand();
        var rows = new List<string>(count);
        for (var r = 0; r < count; r++)
        {
            var names = new List<string>(_columns.Length);
            foreach (var (property, _, mapping) in _columns)
            {
                var name = "@r" + command.Parameters.Count;
                command.Parameters.Add(mapping.CreateParameter(command, name, null, property.IsNullable));
                names.Add(name);
            }
            rows.Add("(" + string.Join(", ", names) + ")");
        }
        command.CommandText = _insertInto + string.Join(", ", rows) + _onConflict;
        _many[count] = command;
        return command;
    }

    private void SetKey(T row, object id) =>
        _generatedKey!.PropertyInfo!.SetValue(row, Convert.ChangeType(id, _generatedKey.ClrType, System.Globalization.CultureInfo.InvariantCulture));

    private static string Quote(string name) => "\"" + name.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    public void Dispose()
    {
        _command.Dispose();
        foreach (var command in _many.Values) command.Dispose();
        _many.Clear();
        _row?.Dispose();
        foreach (var statement in _rows.Values) statement.Dispose();
        _rows.Clear();
    }
}
