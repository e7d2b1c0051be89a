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
/// projection must list the columns in the order <c>read</c> reads them. Without <c>values</c>: one parameter at most,
/// whose value is <paramref name="query"/>'s argument (an <c>int[]</c> passed with <c>EF.Parameter</c> goes as the
/// provider sends it: JSON text on SQLite, an array on PostgreSQL). With <c>values</c> (store40): the values of EF's
/// parameters for an argument; each of EF's parameters is matched to the one value it has for the stand-in (several
/// parameters may share one value: Apply's "Hidden = @hidden" in a subquery too), so the stand-in's values must differ
/// from each other, be the values EF sends and each be sent: anything else throws when made.
/// </summary>
public sealed class LeanStatement<TArg>(Func<BorderWatchDbContext, TArg, IQueryable> query, TArg standIn, int columns,
    Func<TArg, object?[]>? values = null)
{
    private sealed record Made(string Sql, Sent[] Parameters);

    // One of EF's parameters: its name, which of the values it sends, and whether as JSON text (an int[] on SQLite).
    private sealed record Sent(string Name, int Value, bool AsJson);

    private readonly ConditionalWeakTable<IModel, Made> byModel = new();

    /// <summary>The SQL this statement runs on this context's model (what EF generates for the query).</summary>
    public string Sql(BorderWatchDbContext db) => MadeFor(db).Sql;

    private object?[] ValuesOf(TArg arg) => values is null ? [arg] : values(arg);

    private Made MadeFor(BorderWatchDbContext db) => byModel.GetValue(db.Model, model =>
    {
        using var command = query(db, standIn).CreateDbCommand();
        if (values is null)
        {
            if (command.Parameters.Count > 1)
                throw new InvalidOperationException($"A lean statement takes one parameter at most; EF made {command.Parameters.Count}.");
            return new Made(command.CommandText, command.Parameters.Count == 0 ? []
                : [new Sent(command.Parameters[0].ParameterName, 0, command.Parameters[0].Value is string && standIn is int[])]);
        }
        var wanted = values(standIn);
        var sent = new List<Sent>();
        foreach (DbParameter parameter in command.Parameters)
        {
            var matches = Enumerable.Range(0, wanted.Length).Where(k => Sends(wanted[k], parameter.Value, out _)).ToList();
            if (matches.Count != 1)
                throw new InvalidOperationException($"EF's parameter {parameter.ParameterName} ({parameter.Value}) matches {matches.Count} of the stand-in's values: {command.CommandText}");
            Sends(wanted[matches[0]], parameter.Value, out var asJson);
            sent.Add(new Sent(parameter.ParameterName, matches[0], asJson));
        }
        if (Enumerable.Range(0, wanted.Length).FirstOrDefault(k => sent.All(p => p.Value != k), -1) is var unsent and >= 0)
            throw new InvalidOperationException($"The stand-in's value {wanted[unsent]} is in none of EF's parameters: {command.CommandText}");
        return new Made(command.CommandText, [.. sent]);
    });

    // Whether EF sends this value for the stand-in's value (an int[] as JSON text on SQLite).
    private static bool Sends(object? value, object? sent, out bool asJson)
    {
        asJson = value is int[] ids && sent is string text && text == Json(ids);
        if (asJson) return true;
        if (value is int[] a && sent is int[] b) return a.AsSpan().SequenceEqual(b);
        return Equals(value ?? DBNull.Value, sent ?? DBNull.Value);
    }

    /// <summary>The rows of the statement for <paramref name="arg"/>, each read by <paramref name="read"/>.</summary>
    public async Task<List<TRow>> ReadAsync<TRow>(BorderWatchDbContext db, TArg arg, Func<DbDataReader, TRow> read, CancellationToken ct = default)
    {
        var made = MadeFor(db);
        var builder = db.GetService<IRelationalCommandBuilderFactory>().Create().Append(made.Sql);
        Dictionary<string, object?>? parameters = null;
        if (made.Parameters.Length > 0)
        {
            var given = ValuesOf(arg);
            var connection = db.Database.GetDbConnection();
            using var maker = connection.CreateCommand();
            parameters = [];
            foreach (var sent in made.Parameters)
            {
                var parameter = maker.CreateParameter();
                parameter.ParameterName = sent.Name;
                parameter.Value = sent.AsJson ? Json((int[])given[sent.Value]!) : given[sent.Value] ?? DBNull.Value;
                builder.AddRawParameter(sent.Name, parameter);
                parameters[sent.Name] = parameter;
            }
        }
        var rows = new List<TRow>();
        await using var reader = await builder.Build().ExecuteReaderAsync(new RelationalCommandParameterObject(
            db.GetService<IRelationalConnection>(), parameters, null, db, db.GetService<IRelationalCommandDiagnosticsLogger>(),
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
