using System.Data.Common;
using BorderWatch.Core.Store;
using Microsoft.EntityFrameworkCore;

namespace BorderWatch.Core.Tests.Store;

/// <summary>
/// Reads a database's schema back as sorted lines (tables, columns with type/nullability/identity, indexes,
/// foreign keys with delete rules) so two databases can be compared regardless of how they were created.
/// </summary>
public static class SchemaDescription
{
    private const string History = "__EFMigrations";   // EF's own tables (history, lock)
    // The full-text search index is raw SQL outside the EF model (IncidentSearchIndex); StoreCases checks it on its own.
    private const string Search = "IncidentSearch";
    // The batch writer's flag (SQLite only, migration WriterBatchFlag) is raw SQL outside the model too; WriterBatchCases checks it.
    private const string WriterFlag = "WriterBatch";

    public static async Task<List<string>> ReadAsync(BorderWatchDbContext db)
    {
        await db.Database.OpenConnectionAsync();
        try
        {
            var conn = db.Database.GetDbConnection();
            var lines = db.Database.IsSqlite() ? await SqliteAsync(conn) : await PostgresAsync(conn);
            lines.Sort(StringComparer.Ordinal);
            return lines;
        }
        finally { await db.Database.CloseConnectionAsync(); }
    }

    private static async Task<List<string>> SqliteAsync(DbConnection conn)
    {
        var lines = new List<string>();
        var tables = await QueryAsync(conn,
            $"SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '{History}%' AND name NOT LIKE '{Search}%' AND name <> '{WriterFlag}'");
        foreach (var t in tables)
        {
            var table = t[0];
            lines.Add($"table {table} autoincrement={t[1].Contains("AUTOINCREMENT", StringComparison.OrdinalIgnoreCase)}");
            foreach (var c in await QueryAsync(conn, $"SELECT name, type, \"notnull\", pk, dflt_value FROM pragma_table_info('{table}')"))
                lines.Add($"column {table}.{c[0]} {c[1]} notnull={c[2]} pk={c[3]} default={c[4]}");
            foreach (var i in await QueryAsync(conn, $"SELECT name, \"unique\", origin FROM pragma_index_list('{table}')"))
            {
                var cols = await QueryAsync(conn, $"SELECT name FROM pragma_index_info('{i[0]}') ORDER BY seqno");
                lines.Add($"index {table}.{i[0]} unique={i[1]} origin={i[2]} ({string.Join(",", cols.Select(x => x[0]))})");
            }
            foreach (var f in await QueryAsync(conn, $"SELECT \"table\", \"from\", \"to\", on_delete, on_update FROM pragma_foreign_key_list('{table}')"))
                lines.Add($"fk {table}.{f[1]} -> {f[0]}.{f[2]} delete={f[3]} update={f[4]}");
        }
        return lines;
    }

    private static async Task<List<string>> PostgresAsync(DbConnection conn)
    {
        var lines = new List<string>();
        foreach (var c in await QueryAsync(conn, $"""
            SELECT table_name, column_name, data_type, coalesce(character_maximum_length::text, ''), is_nullable,
                   is_identity, coalesce(identity_generation, ''), coalesce(column_default, '')
            FROM information_schema.columns WHERE table_schema = 'public' AND table_name NOT LIKE '{History}%' AND table_name NOT LIKE '{Search}%'
            """))
            lines.Add($"column {c[0]}.{c[1]} {c[2]}({c[3]}) nullable={c[4]} identity={c[5]} {c[6]} default={c[7]}");
        foreach (var i in await QueryAsync(conn, $"SELECT tablename, indexname, indexdef FROM pg_indexes WHERE schemaname = 'public' AND tablename NOT LIKE '{History}%' AND tablename NOT LIKE '{Search}%'"))
            lines.Add($"index {i[0]}.{i[1]} {i[2]}");
        foreach (var k in await QueryAsync(conn, $"""
            SELECT conrelid::regclass::text, conname, pg_get_constraintdef(oid) FROM pg_constraint
            WHERE connamespace = 'public'::regnamespace AND conrelid::regclass::text NOT LIKE '%{History}%' AND conrelid::regclass::text NOT LIKE '%{Search}%'
            """))
            lines.Add($"constraint {k[0]}.{k[1]} {k[2]}");
        return lines;
    }

    private static async Task<List<string[]>> QueryAsync(DbConnection conn, string sql)
    {
        await using var cmd = conn.CreateCommand();
        cmd.CommandText = sql;
        await using var reader = await cmd.ExecuteReaderAsync();
        var rows = new List<string[]>();
        while (await reader.ReadAsync())
        {
            var row = new string[reader.FieldCount];
            for (var i = 0; i < row.Length; i++) row[i] = reader.IsDBNull(i) ? "" : Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture)!;
            rows.Add(row);
        }
        return rows;
    }
}
