using System.Text.RegularExpressions;
using SQLitePCL;

namespace BorderWatch.Bench;

/// <summary>
/// <c>plans --db STORE --trace FILE… [--index NAME…] [--dump FILE]</c>: the query plans, on a given SQLite store, of every distinct
/// statement in SQL trace files (statements separated by lines <c>;;;;</c>, as written by an SQLite profile hook on the
/// app's connections while its test suites ran), through SQLite's own <c>EXPLAIN QUERY PLAN</c> on the same library the
/// app uses (parameters left unbound). Prints how many statements were planned, how many failed to prepare (another
/// schema: tables of tests), and for each <c>--index</c> the statements whose plan names it, with their plan: the proof
/// asked before an index is dropped that no query reads it. <c>--dump</c> writes every statement with its plan, in
/// trace order (to compare the plans of two stores, one without an index, with <c>diff</c>).
/// </summary>
public static partial class QueryPlans
{
    public static int Run(string[] args, TextWriter output)
    {
        string? store = null;
        var traces = new List<string>();
        var indexes = new List<string>();
        string? dump = null;
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            switch (args[i])
            {
                case "--db": store = args[i + 1]; break;
                case "--trace": traces.Add(args[i + 1]); break;
                case "--index": indexes.Add(args[i + 1]); break;
                case "--dump": dump = args[i + 1]; break;
                default: throw new ArgumentException($"unknown option {args[i]}");
            }
        }
        if (store is null || traces.Count == 0) throw new ArgumentException("plans --db STORE --trace FILE [--trace FILE…] [--index NAME…]");
        var statements = traces.SelectMany(f => File.ReadAllText(f).Split("\n;;;;\n"))
            .Select(s => s.Trim()).Where(Plannable).Distinct(StringComparer.Ordinal).ToList();
        Batteries_V2.Init();
        if (raw.sqlite3_open_v2(store, out var db, raw.SQLITE_OPEN_READONLY, null) != raw.SQLITE_OK)
            throw new InvalidOperationException($"{store}: cannot open");
        using (db)
        {
            var planned = 0;
            var failed = 0;
            var uses = indexes.ToDictionary(i => i, _ => new List<(string Sql, string Plan)>());
            var usedIndexes = new Dictionary<string, int>(StringComparer.Ordinal);
            using var all = dump is null ? null : new StreamWriter(dump);
            foreach (var sql in statements)
            {
                if (Plan(db, sql) is not { } plan) { failed++; continue; }
                planned++;
                all?.WriteLine($"--- {Flat(sql)}\n{plan}");
                foreach (Match m in IndexName().Matches(plan)) usedIndexes[m.Groups[1].Value] = usedIndexes.GetValueOrDefault(m.Groups[1].Value) + 1;
                foreach (var index in indexes)
                    if (Regex.IsMatch(plan, $@"\b{Regex.Escape(index)}\b")) uses[index].Add((sql, plan));
            }
            output.WriteLine($"{statements.Count} distinct statements in {traces.Count} trace file(s); {planned} planned on {store}, {failed} not preparable there");
            output.WriteLine("indexes named by the plans (statements):");
            foreach (var (name, count) in usedIndexes.OrderBy(p => p.Key, StringComparer.Ordinal)) output.WriteLine($"  {name}: {count}");
            foreach (var (index, found) in uses)
            {
                output.WriteLine($"{index}: {found.Count} statement(s) whose plan reads it");
                foreach (var (sql, plan) in found) output.WriteLine($"--- {Flat(sql)}\n{plan}");
            }
        }
        return 0;
    }

    private static bool Plannable(string sql) =>
        Regex.IsMatch(sql, @"^\s*(SELECT|WITH|UPDATE|DELETE)\b", RegexOptions.IgnoreCase) && !sql.Contains("sqlite_", StringComparison.OrdinalIgnoreCase);

    private static string? Plan(sqlite3 db, string sql)
    {
        if (raw.sqlite3_prepare_v2(db, "EXPLAIN QUERY PLAN " + sql, out var statement) != raw.SQLITE_OK) return null;
        using (statement)
        {
            var lines = new List<string>();
            while (raw.sqlite3_step(statement) == raw.SQLITE_ROW) lines.Add("    " + raw.sqlite3_column_text(statement, 3).utf8_to_string());
            return string.Join("\n", lines);
        }
    }

    private static string Flat(string sql)
    {
        var flat = Regex.Replace(sql, @"\s+", " ");
        return flat.Length <= 400 ? flat : flat[..400] + " …";
    }

    [GeneratedRegex(@"USING (?:COVERING )?INDEX (\S+)")]
    private static partial Regex IndexName();
}
