using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Jobs;
using BorderWatch.Core;
using BorderWatch.Core.Generation;
using BorderWatch.Core.Store;
using BorderWatch.Ingestion;
using BorderWatch.Ingestion.Reading;
using BorderWatch.Ingestion.Storing;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;

namespace BorderWatch.Bench;

/// <summary>
/// Ingest outside the linguistic pipeline: <see cref="Articles"/> generated 5 KB articles are read and analysed once in
/// the setup; each invocation stores all of them through <see cref="ArticleWriter"/> (content check, near-duplicate
/// lookup on the band index, article + incidents + excerpts + actor links + bands, one transaction each) into a fresh
/// SQLite store (a copy of a migrated store with the gazetteer). The time is for all of them: articles/s = Articles / mean.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(LongInProcess))]
public class IngestStorageBenchmarks
{
    /// <summary>Articles stored per invocation (BW_STORAGE_ARTICLES overrides; default 500).</summary>
    public static readonly int Articles = int.TryParse(Environment.GetEnvironmentVariable("BW_STORAGE_ARTICLES"), out var n) ? n : 500;

    /// <summary>
    /// Generated bodies joined into one article: 6 (the default) make about 5.5 KB of text and 40 incidents per article;
    /// BW_STORAGE_BODIES=1 makes the generated corpus's own articles (about 0.9 KB, 7 incidents).
    /// </summary>
    private static readonly int BodiesPerArticle = int.TryParse(Environment.GetEnvironmentVariable("BW_STORAGE_BODIES"), out var b) && b > 0 ? b : 6;

    private string _dir = "";
    private string _template = "";
    private string _store = "";
    private List<PreparedArticle> _prepared = [];

    [GlobalSetup]
    public void Setup()
    {
        _dir = Directory.CreateTempSubdirectory("bw-bench-storage-").FullName;
        _template = Path.Combine(_dir, "template.db");
        ReferenceData reference;
        using (var db = Open(_template))
        {
            StoreSetup.MigrateAsync(db).GetAwaiter().GetResult();
            new IngestionService(db, NullLogger<IngestionService>.Instance).SyncGazetteerAsync().GetAwaiter().GetResult();
            reference = ReferenceData.LoadAsync(db, CancellationToken.None).GetAwaiter().GetResult();
            if (Environment.GetEnvironmentVariable("BW_STORAGE_NO_TRIGGERS") == "1")   // experiment: what the row triggers cost
                foreach (var sql in DropRowTriggers) db.Database.ExecuteSqlRaw(sql);
            db.Database.ExecuteSqlRaw("PRAGMA wal_checkpoint(TRUNCATE)");
        }
        SqliteConnection.ClearAllPools();
        _prepared = Prepare(reference, Path.Combine(_dir, "corpus"), Articles, BodiesPerArticle);
        Console.WriteLine($"// {_prepared.Count} articles prepared, {_prepared.Sum(p => p.Analysis.Incidents.Count)} incidents, " +
                          $"{_prepared.Average(p => p.Document.BodyText.Length):0} characters of text on average");
    }

    /// <summary>Generates <paramref name="articles"/> articles of <paramref name="bodies"/> generated bodies each, read and analysed.</summary>
    public static List<PreparedArticle> Prepare(ReferenceData reference, string folder, int articles, int bodies)
    {
        var files = new CorpusGenerator(reference, seed: 1).Write(folder, articles * bodies);
        var docs = files.AsParallel().AsOrdered().SelectMany(f => DocumentReader.Default.ReadFile(f, CancellationToken.None)).ToList();
        return docs.Chunk(bodies).AsParallel().AsOrdered()
            .Select(Joined)
            .Select(doc => PreparedArticle.Of(doc, ArticleAnalysis.Analyze(doc)))
            .ToList();
    }

    private static BorderWatch.Ingestion.Pipeline.SourceDocument Joined(BorderWatch.Ingestion.Pipeline.SourceDocument[] parts)
    {
        var body = string.Join("\n\n", parts.Select(p => p.BodyText));
        return parts[0] with
        {
            BodyText = body,
            RawText = body,
            ContentHash = Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(body))),
        };
    }

    [IterationSetup]
    public void FreshStore()
    {
        _store = Path.Combine(_dir, $"store-{Guid.NewGuid():N}.db");
        File.Copy(_template, _store);
    }

    [IterationCleanup]
    public void DropStore()
    {
        SqliteConnection.ClearAllPools();
        foreach (var f in new[] { _store, _store + "-wal", _store + "-shm" }) File.Delete(f);
    }

    // The machine is shared (load averages of 30-50 on 2 cores): wall time says little, so the CPU time the writer
    // used is reported too. Articles per CPU-second is the "per core" figure.
    private TimeSpan _cpu;
    private long _written;

    [GlobalCleanup]
    public void Cleanup()
    {
        if (_written > 0)
            Console.WriteLine($"// CPU: {_cpu.TotalMilliseconds / _written:0.00} ms per article over {_written} articles " +
                              $"= {_written / _cpu.TotalSeconds:0} articles per CPU-second");
        Directory.Delete(_dir, recursive: true);
    }

    [Benchmark(Description = "store one analysed article (writer only)")]
    public async Task<int> StoreAnalysedArticles()
    {
        var cpu = System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime;
        await using var db = Open(_store);
        await using var writer = new ArticleWriter(db, NullLogger.Instance);
        var stored = 0;
        // As the batch does when the analyses keep up: groups of ArticleWriter.GroupArticles, or GroupTime, per commit.
        foreach (var article in _prepared)
        {
            await writer.StageAsync(article, CancellationToken.None);
            if (writer.Staged >= ArticleWriter.GroupArticles || writer.GroupAge >= ArticleWriter.GroupTime)
                stored += Count(await writer.CommitAsync(CancellationToken.None));
        }
        stored += Count(await writer.CommitAsync(CancellationToken.None));
        _cpu += System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime - cpu;
        _written += _prepared.Count;
        return stored;
    }

    private static readonly string[] DropRowTriggers =
    [
        "DROP TRIGGER \"IncidentSearch_incident_insert\"", "DROP TRIGGER \"IncidentSearch_excerpt_insert\"",
        "DROP TRIGGER \"IncidentSearch_actor_insert\"", "DROP TRIGGER \"Tally_incident_insert\"", "DROP TRIGGER \"Tally_link_insert\"",
    ];

    private static int Count(IReadOnlyList<IngestResult> results) =>
        results.Count(r => r.Outcome is IngestOutcome.Stored or IngestOutcome.Duplicate);

    internal static BorderWatchDbContext Open(string file) =>
        StoreSetup.Open(new StoreOptions { ConnectionString = $"Data Source={file}" });
}

/// <summary>
/// In process (the generated project does not build in time on this loaded machine) with a timeout long enough for
/// the setup, which analyses every article once; few iterations, each a whole batch into a fresh store.
/// </summary>
public sealed class LongInProcess : BenchmarkDotNet.Configs.ManualConfig
{
    public LongInProcess() => AddJob(BenchmarkDotNet.Jobs.Job.Default
        .WithToolchain(new BenchmarkDotNet.Toolchains.InProcess.Emit.InProcessEmitToolchain(TimeSpan.FromHours(1), logOutput: true))
        .WithLaunchCount(1).WithWarmupCount(1).WithIterationCount(3).WithInvocationCount(1).WithUnrollFactor(1));
}
