using BenchmarkDotNet.Attributes;
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
/// SQLite store (a copy of a migrated store with the gazetteer). Per-operation time is per article: articles/s = 1 s / mean.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 1, iterationCount: 6, invocationCount: 1)]
public class IngestStorageBenchmarks
{
    public const int Articles = 1000;

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
            db.Database.ExecuteSqlRaw("PRAGMA wal_checkpoint(TRUNCATE)");
        }
        SqliteConnection.ClearAllPools();
        var files = new CorpusGenerator(reference, seed: 1).Write(Path.Combine(_dir, "corpus"), Articles);
        _prepared = files.AsParallel().AsOrdered()
            .SelectMany(f => DocumentReader.ReadFile(f, CancellationToken.None))
            .Select(doc => PreparedArticle.Of(doc, ArticleAnalysis.Analyze(doc)))
            .ToList();
        Console.WriteLine($"// {_prepared.Count} articles prepared, {_prepared.Sum(p => p.Analysis.Incidents.Count)} incidents, " +
                          $"{_prepared.Average(p => p.Document.BodyText.Length):0} characters of text on average");
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

    [GlobalCleanup]
    public void Cleanup() => Directory.Delete(_dir, recursive: true);

    [Benchmark(OperationsPerInvoke = Articles, Description = "store one analysed article (writer only)")]
    public async Task<int> StoreAnalysedArticles()
    {
        await using var db = Open(_store);
        var writer = new ArticleWriter(db, NullLogger.Instance);
        var stored = 0;
        foreach (var article in _prepared)
            if ((await writer.WriteAsync(article, CancellationToken.None)).Outcome is IngestOutcome.Stored or IngestOutcome.Duplicate) stored++;
        return stored;
    }

    private static BorderWatchDbContext Open(string file) =>
        StoreSetup.Open(new StoreOptions { ConnectionString = $"Data Source={file}" });
}
