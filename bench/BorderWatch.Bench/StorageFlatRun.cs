using System.Diagnostics;
using System.Runtime.InteropServices;
using BorderWatch.Core;
using BorderWatch.Core.Generation;
using BorderWatch.Core.Store;
using BorderWatch.Ingestion;
using BorderWatch.Ingestion.Duplicates;
using BorderWatch.Ingestion.Reading;
using BorderWatch.Ingestion.Storing;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;

namespace BorderWatch.Bench;

/// <summary>
/// <c>dotnet run -c Release -- storage-flat [--articles N] [--pool P]</c>: the storage path alone over a long batch, to
/// see whether it stays flat as the store grows. P generated articles are analysed once (the pool); N other generated
/// articles (seed 2) are read and fingerprinted in chunks of 1,000 as the batch goes, each paired with the incidents of
/// pool article k mod P: its cleaned text is the pool article's text (where the excerpts point) followed by its own,
/// with its own content hash and near-duplicate bands, so the checks and the band index see N distinct articles. One writer stores them into one SQLite
/// store, in groups as the batch does. For each tenth: the writer thread's CPU time per article, the wall time, and the
/// process's resident memory at its end; then the peak RSS. <c>--profile</c> hooks SQLite's profile callback on the
/// writer's connection (<see cref="StatementProfile"/>) and prints, per statement kind, its time per article in each
/// tenth: which statements grow with the store (the hook's own cost makes the CPU figures of such a run higher).
/// <c>--group N</c> commits every N articles (by default a group ends at <see cref="ArticleWriter.GroupArticles"/> or
/// after <see cref="ArticleWriter.GroupTime"/> of wall clock, so its size, and the cost per article, follows the load).
/// </summary>
public static class StorageFlatRun
{
    [StructLayout(LayoutKind.Sequential)] private struct Timespec { public long Seconds; public long Nanoseconds; }
    [DllImport("libc", EntryPoint = "clock_gettime")] private static extern int ClockGetTime(int clock, out Timespec time);
    private static double ThreadCpuMs() { ClockGetTime(3, out var t); return t.Seconds * 1e3 + t.Nanoseconds / 1e6; }

    public static int Run(string[] args, TextWriter output)
    {
        int articles = 100_000, pool = 1_000, group = 0;
        var profile = args.Contains("--profile");
        args = [.. args.Where(a => a != "--profile")];
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            var value = int.Parse(args[i + 1], System.Globalization.CultureInfo.InvariantCulture);
            if (args[i] == "--articles") articles = value;
            else if (args[i] == "--pool") pool = value;
            else if (args[i] == "--group") group = value;
            else throw new ArgumentException($"unknown option {args[i]}");
        }
        var dir = Directory.CreateTempSubdirectory("bw-storage-flat-").FullName;
        try
        {
            var store = Path.Combine(dir, "store.db");
            ReferenceData reference;
            using (var db = IngestStorageBenchmarks.Open(store))
            {
                StoreSetup.MigrateAsync(db).GetAwaiter().GetResult();
                new IngestionService(db, NullLogger<IngestionService>.Instance).SyncGazetteerAsync().GetAwaiter().GetResult();
                reference = ReferenceData.LoadAsync(db, CancellationToken.None).GetAwaiter().GetResult();
            }
            SqliteConnection.ClearAllPools();
            var analyses = IngestStorageBenchmarks.Prepare(reference, Path.Combine(dir, "pool"), pool, 1).Select(p => p.Analysis).ToArray();
            var files = new CorpusGenerator(reference, seed: 2).Write(Path.Combine(dir, "corpus"), articles);
            output.WriteLine($"pool of {analyses.Length} analysed articles ({analyses.Average(a => a.Incidents.Count):0.0} incidents each); " +
                             $"{files.Count} articles to store; load average {LoadAverage()}");

            using var db2 = IngestStorageBenchmarks.Open(store);
            var statements = profile ? new StatementProfile() : null;
            var tenths = new List<Dictionary<string, (long Count, long Rows, long Nanoseconds)>>();
            if (statements is not null)
            {
                db2.Database.OpenConnection();   // the writer's connection: it stays open for the writer's life
                statements.Attach((SqliteConnection)db2.Database.GetDbConnection());
            }
            var writer = new ArticleWriter(db2, new ErrorLog());
            var tenth = Math.Max(1, articles / 10);
            var counts = new Dictionary<IngestOutcome, int>();
            double cpu = 0;
            var wall = Stopwatch.StartNew();
            var k = 0;
            output.WriteLine("tenth | articles | writer CPU per article | wall | articles per CPU-second | RSS at end");
            foreach (var chunk in files.Chunk(1000))
            {
                var prepared = chunk.AsParallel().AsOrdered()
                    .SelectMany(f => DocumentReader.Default.ReadFile(f, CancellationToken.None))
                    .ToList()
                    .Select((doc, n) =>
                    {
                        // The pool article's text first (its incidents' excerpts point into it), then this article's own.
                        var analysis = analyses[(k + n) % analyses.Length];
                        var text = analysis.CleanedText + "\n\n" + doc.BodyText;
                        return new PreparedArticle(doc, analysis with { CleanedText = text }, ShinglePrint.Of(text));
                    })
                    .ToList();
                foreach (var article in prepared)
                {
                    var before = ThreadCpuMs();
                    writer.StageAsync(article, CancellationToken.None).GetAwaiter().GetResult();
                    if (group > 0 ? writer.Staged >= group : writer.Staged >= ArticleWriter.GroupArticles || writer.GroupAge >= ArticleWriter.GroupTime)
                        Tally(counts, writer.CommitAsync(CancellationToken.None).GetAwaiter().GetResult());
                    cpu += ThreadCpuMs() - before;
                    k++;
                    if (k % tenth == 0)
                    {
                        var commitBefore = ThreadCpuMs();
                        Tally(counts, writer.CommitAsync(CancellationToken.None).GetAwaiter().GetResult());
                        cpu += ThreadCpuMs() - commitBefore;
                        output.WriteLine($"{k / tenth} | {k} | {cpu / tenth:0.000} ms | {wall.Elapsed.TotalSeconds:0.0} s | {tenth / (cpu / 1000):0} | " +
                                         $"{Status("VmRSS")} | load {LoadAverage()}");
                        cpu = 0;
                        if (statements is not null)
                        {
                            tenths.Add(statements.Take());
                            output.WriteLine($"  pages per article: {PageCounts((SqliteConnection)db2.Database.GetDbConnection(), tenth)}");
                        }
                        wall.Restart();
                    }
                }
            }
            Tally(counts, writer.CommitAsync(CancellationToken.None).GetAwaiter().GetResult());
            writer.DisposeAsync().AsTask().GetAwaiter().GetResult();
            if (statements is not null)
            {
                StatementProfile.PrintGrowth(output, tenths, tenth);
                // The writer re-shingles each candidate text it reads to confirm a near-copy: that CPU is not in the profile.
                var prints = analyses.Select(a => ShinglePrint.Of(a.CleanedText)).ToArray();
                for (var round = 0; round < 3; round++)
                {
                    var start = ThreadCpuMs();
                    for (var n = 0; n < analyses.Length; n++) NearDuplicates.Jaccard(prints[n].Shingles, NearDuplicates.Shingles(analyses[(n + 1) % analyses.Length].CleanedText));
                    var strings = ThreadCpuMs() - start;
                    start = ThreadCpuMs();
                    for (var n = 0; n < analyses.Length; n++) ShingleHashes.Jaccard(prints[n].Hashes, ShingleHashes.Of(analyses[(n + 1) % analyses.Length].CleanedText));
                    var hashes = ThreadCpuMs() - start;
                    output.WriteLine($"confirming one candidate (shingling its text, Jaccard), thread CPU: as strings {strings * 1000 / analyses.Length:0} us, " +
                                     $"as hashes {hashes * 1000 / analyses.Length:0} us; {analyses.Average(a => a.CleanedText.Length):0} characters");
                }
            }
            output.WriteLine($"outcomes: {string.Join(", ", counts.Select(c => $"{c.Key} {c.Value}"))}; peak RSS {Status("VmHWM")}; " +
                             $"store {new FileInfo(store).Length / 1048576.0:0} MB; load average {LoadAverage()}");
            return 0;
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(dir, recursive: true);
        }
    }

    // The writer connection's page cache counters since the last call (reset): hits, misses (pages read from the file)
    // and pages written, per article. Counts, unlike times, do not depend on the machine's load.
    private static string PageCounts(SqliteConnection connection, int articles)
    {
        string Count(string name, int op)
        {
            SQLitePCL.raw.sqlite3_db_status(connection.Handle, op, out var current, out _, 1);
            return $"{name} {current / (double)articles:0.0}";
        }
        return string.Join(", ", Count("cache hits", 7), Count("misses", 8), Count("written", 9));
    }

    private static void Tally(Dictionary<IngestOutcome, int> counts, IReadOnlyList<IngestResult> results)
    {
        foreach (var r in results)
        {
            if (r.Outcome == IngestOutcome.Failed && !counts.ContainsKey(IngestOutcome.Failed)) Console.WriteLine($"first failure: {r.Error}");
            counts[r.Outcome] = counts.GetValueOrDefault(r.Outcome) + 1;
        }
    }

    private static string Status(string key) =>
        File.ReadLines("/proc/self/status").FirstOrDefault(l => l.StartsWith(key + ":", StringComparison.Ordinal))?[(key.Length + 1)..].Trim() ?? "?";

    private static string LoadAverage() => File.ReadAllText("/proc/loadavg").Split(' ')[0];

    /// <summary>Writes the writer's first errors to the console (a failed article would otherwise show only as a count).</summary>
    private sealed class ErrorLog : Microsoft.Extensions.Logging.ILogger
    {
        private int _shown;
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;
        public bool IsEnabled(Microsoft.Extensions.Logging.LogLevel level) => level >= Microsoft.Extensions.Logging.LogLevel.Error;
        public void Log<TState>(Microsoft.Extensions.Logging.LogLevel level, Microsoft.Extensions.Logging.EventId id, TState state, Exception? e, Func<TState, Exception?, string> format)
        {
            if (level >= Microsoft.Extensions.Logging.LogLevel.Error && _shown++ < 3) Console.WriteLine($"{format(state, e)} {e?.GetBaseException().Message}");
        }
    }
}
