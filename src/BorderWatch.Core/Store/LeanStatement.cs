using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace BorderWatch.Core.Store;

/// <summary>
/// A read of a fixed shape whose SQL EF generates once per model (from <paramref name="query"/> with a stand-in argument:
/// the same SQL, on either provider, that the query itself runs), then runs through EF's command layer (the context's
/// connection and transaction, its command interceptors and logging: the statement is counted and logged like any other)
/// and reads by column ordinal with <c>read</c>, without EF's query pipeline and shapers (store36: the query cache
/// lookup, parameter extraction and materialisation cost several times the statement's own reading). The query's
/// projection must list the columns in the order <c>read</c> reads them; one parameter at most, whose value is
/// <paramref name="query"/>'s argument (an <c>int[]</c> passed with <c>EF.Parameter</c> goes as the provider sends it:
/// JSON text on SQLite, an array on PostgreSQL).
/// </summary>
public sealed class LeanStatement<TArg>(Func<BorderWatchDbContext, TArg, IQueryable> query, TArg standIn, int columns)
{
    private sealed record Made(string Sql, string? ParameterName, bool AsJson);

    private readonly ConditionalWeakTable<IModel, Made> byModel = new();

    /// <summary>The SQL this statement runs on this context's model (what EF generates for the query).</summary>
    public string Sql(BorderWatchDbContext db) => MadeFor(db).Sql;

    private Made MadeFor(BorderWatchDbContext db) => byModel.GetValue(db.Model, _ =>
    {
        using var command = query(db, standIn).CreateDbCommand();
        if (command.Parameters.Count > 1)
            throw new InvalidOperationException($"A lean statement takes one parameter at most; EF made {command.Parameters.Count}.");
        var parameter = command.Parameters.Count == 1 ? command.Parameters[0] : null;
        return new Made(command.CommandText, parameter?.ParameterName, parameter?.Value is string && standIn is int[]);
    });

    /// <summary>The rows of the statement for <paramref name="arg"/>, each read by <paramref name="read"/>.</summary>
    public async Task<List<TRow>> ReadAsync<TRow>(BorderWatchDbContext db, TArg arg, Func<DbDataReader, TRow> read, CancellationToken ct = default)
    {
        var made = MadeFor(db);
        var builder = db.GetService<IRelationalCommandBuilderFactory>().Create().Append(made.Sql);
        Dictionary<string, object?>? values = null;
        if (made.ParameterName is string name)
        {
            var connection = db.Database.GetDbConnection();
            DbParameter parameter;
            using (var maker = connection.CreateCommand()) parameter = maker.CreateParameter();
            parameter.ParameterName = name;
            parameter.Value = made.AsJson ? Json((int[])(object)arg!) : arg is null ? DBNull.Value : arg;
            builder.AddRawParameter(name, parameter);
            values = new Dictionary<string, object?> { [name] = parameter };
        }
        var rows = new List<TRow>();
        await using var reader = await builder.Build().ExecuteReaderAsync(new RelationalCommandParameterObject(
            db.GetService<IRelationalConnection>(), values, null, db, db.GetService<IRelationalCommandDiagnosticsLogger>(),
            CommandSource.FromSqlQuery), ct);
        var data = reader.DbDataReader;
        if (data.FieldCount != columns)
            throw new InvalidOperationException($"A lean statement read {data.FieldCount} columns where {columns} were expected: {made.Sql}");
        while (await data.ReadAsync(ct)) rows.Add(read(data));
        return rows;
    }

    /// <summary>Ids as the JSON array EF's SQLite provider sends for a parameterised collection.</summary>
    private static string Json(int[] ids)
    {
        var text = new System.Text.StringBuilder(ids.Length * 8 + 2).Append('[');
        for (var i = 0; i < ids.Length; i++)
        {
            if (i > 0) text.Append(',');
            text.Append(ids[i]);
        }
        return text.Append(']').ToString();
    }
}

/// <summary>Column values as EF's converters give them: enums stored by name (<c>HasConversion&lt;string&gt;</c>).</summary>
public static class LeanColumns
{
    /// <summary>An enum stored by its name, read as EF's string converter reads it (case-insensitive; unknown: default).</summary>
    public static T Enum<T>(this DbDataReader r, int i) where T : struct, System.Enum
    {
        var text = r.GetString(i);
        // The members' names looked up first (store38: the tally cells parse two per row on every render); anything
        // else (a number, a list of flags, spaces) as Enum.TryParse reads it.
        if (Names<T>.ByName.TryGetValue(text, out var v)) return v;
        return System.Enum.TryParse(text, ignoreCase: true, out v) ? v : default;
    }

    private static class Names<T> where T : struct, System.Enum
    {
        public static readonly System.Collections.Frozen.FrozenDictionary<string, T> ByName = Read();

        private static System.Collections.Frozen.FrozenDictionary<string, T> Read()
        {
            var names = new Dictionary<string, T>(StringComparer.OrdinalIgnoreCase);
            foreach (var name in System.Enum.GetNames<T>())
                if (System.Enum.TryParse<T>(name, ignoreCase: true, out var value)) names.TryAdd(name, value);
            return System.Collections.Frozen.FrozenDictionary.ToFrozenDictionary(names, StringComparer.OrdinalIgnoreCase);
        }
    }

    public static string? NullableString(this DbDataReader r, int i) => r.IsDBNull(i) ? null : r.GetString(i);

    public static int? NullableInt(this DbDataReader r, int i) => r.IsDBNull(i) ? null : r.GetInt32(i);

    public static DateOnly? NullableDate(this DbDataReader r, int i) => r.IsDBNull(i) ? null : r.GetFieldValue<DateOnly>(i);
}
