using System.Data.Common;
using Npgsql;

namespace BorderWatch.Core.Generation;

/// <summary>
/// Loads rows into one table as fast as the provider allows, inside the caller's transaction: a prepared INSERT run
/// once per row on SQLite, binary COPY on PostgreSQL (one round trip per table instead of one per row). No change
/// tracking, no per-row statement parsing. Values are plain CLR values; null is written as NULL.
/// </summary>
public abstract class BulkInsert : IAsyncDisposable
{
    public int Rows { get; protected set; }

    public abstract Task AddAsync(CancellationToken ct, params object?[] values);

    /// <summary>Finishes the load (PostgreSQL commits the COPY here); rows are visible once the transaction commits.</summary>
    public abstract ValueTask DisposeAsync();

    public static async Task<BulkInsert> OpenAsync(DbConnection connection, DbTransaction transaction, string table, string[] columns, CancellationToken ct) =>
        connection is NpgsqlConnection npgsql
            ? new PostgresCopy(await npgsql.BeginBinaryImportAsync(
                $"COPY \"{table}\" ({string.Join(", ", columns.Select(c => $"\"{c}\""))}) FROM STDIN (FORMAT BINARY)", ct))
            : new PreparedInsert(connection, transaction, table, columns);

    private sealed class PreparedInsert : BulkInsert
    {
        private readonly DbCommand command;
        private readonly DbParameter[] parameters;

        public PreparedInsert(DbConnection connection, DbTransaction transaction, string table, string[] columns)
        {
            command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = $"INSERT INTO \"{table}\" ({string.Join(", ", columns.Select(c => $"\"{c}\""))}) " +
                                  $"VALUES ({string.Join(", ", columns.Select((_, i) => "@p" + i))})";
            parameters = new DbParameter[columns.Length];
            for (var i = 0; i < columns.Length; i++)
            {
                var p = command.CreateParameter();
                p.ParameterName = "@p" + i;
                command.Parameters.Add(p);
                parameters[i] = p;
            }
        }

        public override async Task AddAsync(CancellationToken ct, params object?[] values)
        {
            for (var i = 0; i < parameters.Length; i++) parameters[i].Value = values[i] ?? DBNull.Value;
            if (Rows == 0) await command.PrepareAsync(ct);
            await command.ExecuteNonQueryAsync(ct);
            Rows++;
        }

        public override ValueTask DisposeAsync() => command.DisposeAsync();
    }

    private sealed class PostgresCopy(NpgsqlBinaryImporter importer) : BulkInsert
    {
        public override async Task AddAsync(CancellationToken ct, params object?[] values)
        {
            await importer.StartRowAsync(ct);
            foreach (var v in values)
            {
                switch (v)
                {
                    case null: await importer.WriteNullAsync(ct); break;
                    case short h: await importer.WriteAsync(h, NpgsqlTypes.NpgsqlDbType.Smallint, ct); break;
                    case int i: await importer.WriteAsync(i, NpgsqlTypes.NpgsqlDbType.Integer, ct); break;
                    case long l: await importer.WriteAsync(l, NpgsqlTypes.NpgsqlDbType.Bigint, ct); break;
                    case double d: await importer.WriteAsync(d, NpgsqlTypes.NpgsqlDbType.Double, ct); break;
                    case bool b: await importer.WriteAsync(b, NpgsqlTypes.NpgsqlDbType.Boolean, ct); break;
                    case DateOnly date: await importer.WriteAsync(date, NpgsqlTypes.NpgsqlDbType.Date, ct); break;
                    case DateTimeOffset t: await importer.WriteAsync(t.ToUniversalTime(), NpgsqlTypes.NpgsqlDbType.TimestampTz, ct); break;
                    case string s: await importer.WriteAsync(s, NpgsqlTypes.NpgsqlDbType.Text, ct); break;
                    default: throw new ArgumentException($"BulkInsert: no PostgreSQL type for {v.GetType().Name}");
                }
            }
            Rows++;
        }

        public override async ValueTask DisposeAsync()
        {
            await importer.CompleteAsync();
            await importer.DisposeAsync();
        }
    }
}
