using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;

namespace BorderWatch.Bench;

/// <summary>
/// <c>storage-cpu --profile</c>: after the timed rounds, one more round with SQLite's profile hook on the writer's
/// connection, which reports each statement the connection ran with its time (wall clock: read the shares, not the
/// figures, on a loaded machine). Statements are grouped by their kind (the first words of their SQL, and the rows of a
/// multi-row <c>INSERT</c>); prints statements per article and the share of the time per kind. The hook's own cost (the
/// SQL text of every statement marshalled to .NET) makes this round slower than the timed ones.
/// </summary>
internal sealed partial class StatementProfile
{
    private readonly Dictionary<string, (long Count, long Rows, long Nanoseconds)> _kinds = new(StringComparer.Ordinal);

    /// <summary>Hooks the profile callback on the open connection's handle.</summary>
    public void Attach(SqliteConnection connection) =>
        SQLitePCL.raw.sqlite3_profile(connection.Handle, (_, sql, ns) => Add(sql.utf8_to_string(), ns), null);

    private void Add(string sql, long ns)
    {
        // Rows of a multi-row INSERT: one more than the separators between its value tuples.
        var rows = sql.StartsWith("INSERT", StringComparison.Ordinal) ? RowSeparator().Count(sql) + 1 : 1;
        var kind = Kind(sql);
        _kinds.TryGetValue(kind, out var k);
        _kinds[kind] = (k.Count + 1, k.Rows + rows, k.Nanoseconds + ns);
    }

    // The kind of a statement: its first 70 characters with whitespace collapsed (table and first columns).
    private static string Kind(string sql)
    {
        var flat = Space().Replace(sql, " ").Trim();
        return flat.Length <= 70 ? flat : flat[..70];
    }

    public void Print(TextWriter output, int articles)
    {
        var total = _kinds.Values.Sum(k => k.Nanoseconds);
        output.WriteLine($"statements per article: {_kinds.Values.Sum(k => k.Count) / (double)articles:0.0}; " +
                         $"profiled time per article {total / 1e6 / articles:0.000} ms (wall clock)");
        output.WriteLine("| statement (first 70 characters) | per article | rows per statement | share of time |");
        output.WriteLine("|---|---|---|---|");
        foreach (var (kind, k) in _kinds.OrderByDescending(p => p.Value.Nanoseconds))
            output.WriteLine($"| `{kind.Replace("|", "\\|", StringComparison.Ordinal)}` | {k.Count / (double)articles:0.00} | " +
                             $"{k.Rows / (double)k.Count:0.0} | {100.0 * k.Nanoseconds / total:0.0}% |");
    }

    /// <summary>What is counted so far, by kind; then starts counting afresh (storage-flat: one snapshot per tenth).</summary>
    public Dictionary<string, (long Count, long Rows, long Nanoseconds)> Take()
    {
        var taken = new Dictionary<string, (long Count, long Rows, long Nanoseconds)>(_kinds, StringComparer.Ordinal);
        _kinds.Clear();
        return taken;
    }

    /// <summary>
    /// Per kind (the <paramref name="top"/> costliest over the run), the profiled time per article in each snapshot
    /// (microseconds, wall clock) and its statements per article in the first and last: which statements grow.
    /// </summary>
    public static void PrintGrowth(TextWriter output, IReadOnlyList<Dictionary<string, (long Count, long Rows, long Nanoseconds)>> tenths,
        int articlesPerTenth, int top = 24)
    {
        var kinds = tenths.SelectMany(t => t).GroupBy(p => p.Key)
            .OrderByDescending(g => g.Sum(p => p.Value.Nanoseconds)).Take(top).Select(g => g.Key).ToList();
        output.WriteLine("| statement (first 70 characters) | " + string.Join(" | ", tenths.Select((_, n) => $"{n + 1}")) +
                         " | per article first -> last |");
        output.WriteLine("|---|" + string.Concat(tenths.Select(_ => "---|")) + "---|");
        foreach (var kind in kinds)
        {
            var us = tenths.Select(t => t.TryGetValue(kind, out var k) ? k.Nanoseconds / 1e3 / articlesPerTenth : 0);
            var count = (Dictionary<string, (long Count, long Rows, long Nanoseconds)> t) =>
                t.TryGetValue(kind, out var k) ? k.Count / (double)articlesPerTenth : 0;
            output.WriteLine($"| `{kind.Replace("|", "\\|", StringComparison.Ordinal)}` | " + string.Join(" | ", us.Select(u => $"{u:0}")) +
                             $" | {count(tenths[0]):0.00} -> {count(tenths[^1]):0.00} |");
        }
        output.WriteLine("| all statements | " + string.Join(" | ", tenths.Select(t => $"{t.Values.Sum(k => k.Nanoseconds) / 1e3 / articlesPerTenth:0}")) + " | |");
    }

    [GeneratedRegex(@"\)\s*,\s*\(")]
    private static partial Regex RowSeparator();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Space();
}
