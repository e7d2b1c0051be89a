using System.Diagnostics;
using BorderWatch.Core;
using BorderWatch.Core.Generation;
using BorderWatch.Core.Store;
using BorderWatch.Ingestion;
using BorderWatch.Ingestion.Storing;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;

namespace BorderWatch.Bench;

/// <summary>
/// <c>dotnet run -c Release -- storage-cpu [--articles N] [--bodies B] [--rounds R] [--wait S]</c>: the writer of
/// <see cref="IngestStorageBenchmarks"/> (generated articles analysed once, then stored in groups as the batch stores
/// them, each round into a fresh copy of a migrated store with the gazetteer) timed in CPU time of this process, best
/// of R rounds, because on the shared machine wall time measures the scheduler. Prints CPU per article, articles per
/// CPU-second, bytes allocated per article and the load average. <c>--wait S</c> sleeps S seconds once the articles
/// are prepared (to attach <c>perf record -p PID</c> to the store rounds only). <c>--drop T1,T2</c> drops the named
/// triggers from the template first: an experiment to see what they cost (the store may then lack what they keep);
/// <c>--sql "…"</c> runs any statements on the template first (an experiment: drop an index, replace a table);
/// <c>--sql-b "…"</c> (repeatable) makes one more template each (B, C, …), the first with these statements run on it, and
/// alternates the rounds between them (A, B, A, B…: side by side in one process, on the same prepared articles),
/// printing best and median of each;
/// <c>--group N</c> commits every N articles whatever the time (see <see cref="StoreAll(Func{BorderWatchDbContext}, List{PreparedArticle}, int)"/>);
/// <c>--profile</c> adds a round with SQLite's profile hook and prints the statements per article by kind (<see cref="StatementProfile"/>).
/// </summary>
public static class StorageCpuTime
{
    public static int Run(string[] args, TextWriter output)
    {
        int articles = 500, bodies = 1, rounds = 5, wait = 0, group = 0;
        string[] drop = [];
        var sql = "";
        var variants = new List<string>();
        var profile = args.Contains("--profile");
        args = [.. args.Where(a => a != "--profile")];
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            if (args[i] == "--drop") { drop = args[i + 1].Split(','); continue; }
            if (args[i] == "--sql") { sql = args[i + 1]; continue; }
            if (args[i] == "--sql-b") { variants.Add(args[i + 1]); continue; }
            var value = int.Parse(args[i + 1], System.Globalization.CultureInfo.InvariantCulture);
            switch (args[i])
            {
                case "--articles": articles = value; break;
                case "--bodies": bodies = value; break;
                case "--rounds": rounds = value; break;
                case "--wait": wait = value; break;
                case "--group": group = value; break;
                default: throw new ArgumentException($"unknown option {args[i]}");
            }
        }
        var dir = Directory.CreateTempSubdirectory("bw-storage-cpu-").FullName;
        try
        {
            var template = Path.Combine(dir, "template.db");
            ReferenceData reference;
            using (var db = IngestStorageBenchmarks.Open(template))
            {
                StoreSetup.MigrateAsync(db).GetAwaiter().GetResult();
                new IngestionService(db, NullLogger<IngestionService>.Instance).SyncGazetteerAsync().GetAwaiter().GetResult();
                reference = ReferenceData.LoadAsync(db, CancellationToken.None).GetAwaiter().GetResult();
                // An experiment only (--drop): what named triggers cost; the store may then lack what they keep.
                foreach (var name in drop)
                    Execute(db, $"DROP TRIGGER \"{name.Replace("\"", "", StringComparison.Ordinal)}\"");
                // An experiment only (--sql): any statements run on the template first (drop an index, replace a table).
                if (sql.Length > 0) Execute(db, sql);
                db.Database.ExecuteSqlRaw("PRAGMA wal_checkpoint(TRUNCATE)");
            }
            SqliteConnection.ClearAllPools();
            // --sql-b (repeatable): more templates, the first with these statements run on it; the rounds alternate between them.
            var templates = new List<(string Name, string Path)> { ("A", template) };
            foreach (var (variant, n) in variants.Select((v, n) => (v, n)))
            {
                var name = ((char)('B' + n)).ToString();
                var copy = Path.Combine(dir, $"template-{name}.db");
                File.Copy(template, copy);
                using (var db = IngestStorageBenchmarks.Open(copy))
                {
                    Execute(db, variant);
                    db.Database.ExecuteSqlRaw("PRAGMA wal_checkpoint(TRUNCATE)");
                }
                SqliteConnection.ClearAllPools();
                templates.Add((name, copy));
            }
            var prepared = IngestStorageBenchmarks.Prepare(reference, Path.Combine(dir, "corpus"), articles, bodies);
            var incidents = prepared.Sum(p => p.Analysis.Incidents.Count);
            output.WriteLine($"{prepared.Count} articles, {incidents} incidents ({(double)incidents / prepared.Count:0.0} per article), " +
                             $"{prepared.Average(p => p.Document.BodyText.Length):0} characters of text on average; pid {Environment.ProcessId}");
            if (wait > 0) Thread.Sleep(TimeSpan.FromSeconds(wait));
            var timed = templates.ToDictionary(t => t.Name, _ => new List<(TimeSpan Cpu, long Bytes)>());
            for (var r = 0; r <= rounds; r++)   // round 0 warms up
            {
                foreach (var (name, source) in templates)
                {
                    var store = Path.Combine(dir, $"store-{name}-{r}.db");
                    File.Copy(source, store);
                    var bytes = GC.GetTotalAllocatedBytes(precise: true);
                    var before = Process.GetCurrentProcess().TotalProcessorTime;
                    var stored = StoreAll(store, prepared, group);
                    var cpu = Process.GetCurrentProcess().TotalProcessorTime - before;
                    bytes = GC.GetTotalAllocatedBytes(precise: true) - bytes;
                    if (stored != prepared.Count) throw new InvalidOperationException($"stored {stored} of {prepared.Count}");
                    output.WriteLine($"round {r}{(templates.Count > 1 ? " " + name : "")}: {cpu.TotalMilliseconds / prepared.Count:0.000} ms CPU per article, " +
                                     $"{bytes / prepared.Count / 1024.0:0} KB allocated per article");
                    if (r > 0) timed[name].Add((cpu, bytes));
                    SqliteConnection.ClearAllPools();
                    foreach (var f in new[] { store, store + "-wal", store + "-shm" }) File.Delete(f);
                }
            }
            if (profile)
                foreach (var (name, source) in templates)
                {
                    if (templates.Count > 1) output.WriteLine($"profile {name}:");
                    Profile(source, Path.Combine(dir, $"store-profile-{name}.db"), prepared, group, output);
                }
            foreach (var (name, rows) in timed)
            {
                var best = rows.MinBy(x => x.Cpu);
                var median = rows.Select(x => x.Cpu.TotalMilliseconds).Order().ToList() is var ms && ms.Count > 0
                    ? (ms[(ms.Count - 1) / 2] + ms[ms.Count / 2]) / 2 : 0;
                output.WriteLine($"{(templates.Count > 1 ? name + ": " : "")}best of {rounds}: {best.Cpu.TotalMilliseconds / prepared.Count:0.000} ms CPU per article = " +
                                 $"{prepared.Count / best.Cpu.TotalSeconds:0} articles per CPU-second, median {median / prepared.Count:0.000} ms, " +
                                 $"{best.Bytes / prepared.Count / 1024.0:0} KB allocated per article");
            }
            output.WriteLine($"load average {File.ReadAllText("/proc/loadavg").Trim()}");
            return 0;
        }
        finally { Directory.Delete(dir, recursive: true); }
    }

    private static void Execute(BorderWatchDbContext db, string sql)
    {
        db.Database.OpenConnection();
        using var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private static int StoreAll(string store, List<PreparedArticle> prepared, int group) =>
        StoreAll(() => IngestStorageBenchmarks.Open(store), prepared, group);

    // One more round with SQLite's profile hook on the writer's connection (StatementProfile): statements per article by kind.
    private static void Profile(string template, string store, List<PreparedArticle> prepared, int group, TextWriter output)
    {
        File.Copy(template, store);
        var statements = new StatementProfile();
        StoreAll(() =>
        {
            var db = IngestStorageBenchmarks.Open(store);
            db.Database.OpenConnection();   // the writer's connection: it stays open for the writer's life
            statements.Attach((SqliteConnection)db.Database.GetDbConnection());
            return db;
        }, prepared, group);
        SqliteConnection.ClearAllPools();
        statements.Print(output, prepared.Count);
    }

    /// <summary>Stores the articles through one <see cref="ArticleWriter"/> in groups, as the batch does; returns how many were stored.</summary>
    /// <param name="group">Commit every this many articles, whatever the time (0: as the batch does when the analyses
    /// keep up, <see cref="ArticleWriter.GroupArticles"/> or <see cref="ArticleWriter.GroupTime"/>, whichever comes
    /// first; on a loaded machine the time cuts groups at sizes that follow the load). 1 is the batch when the writer
    /// waits for every analysis (it commits whenever the next article is not ready).</param>
    internal static int StoreAll(Func<BorderWatchDbContext> open, List<PreparedArticle> prepared, int group = 0)
    {
        using var db = open();
        var writer = new ArticleWriter(db, NullLogger.Instance);
        try
        {
            var stored = 0;
            foreach (var article in prepared)
            {
                writer.StageAsync(article, CancellationToken.None).GetAwaiter().GetResult();
                if (group > 0 ? writer.Staged >= group : writer.Staged >= ArticleWriter.GroupArticles || writer.GroupAge >= ArticleWriter.GroupTime)
                    stored += Count(writer.CommitAsync(CancellationToken.None).GetAwaiter().GetResult());
            }
            return stored + Count(writer.CommitAsync(CancellationToken.None).GetAwaiter().GetResult());
        }
        finally { writer.DisposeAsync().AsTask().GetAwaiter().GetResult(); }
    }

    private static int Count(IReadOnlyList<IngestResult> results) =>
        results.Count(r => r.Outcome is IngestOutcome.Stored or IngestOutcome.Duplicate);
}
