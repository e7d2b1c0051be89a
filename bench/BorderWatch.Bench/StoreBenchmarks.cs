using BenchmarkDotNet.Attributes;
using BorderWatch.Core;
using BorderWatch.Core.Queries;
using BorderWatch.Core.Store;
using BorderWatch.Ingestion;
using Microsoft.Extensions.Logging.Abstractions;

namespace BorderWatch.Bench;

/// <summary>Ingesting the seeds into a fresh SQLite file, and a filtered export query over a store of many copies.</summary>
[MemoryDiagnoser]
public class StoreBenchmarks
{
    private string _dir = "";
    private string _queryDb = "";

    [GlobalSetup]
    public void Setup()
    {
        _dir = Directory.CreateTempSubdirectory("bw-bench-").FullName;
        _queryDb = Path.Combine(_dir, "query.db");
        using var db = StoreSetup.Open(new StoreOptions { ConnectionString = $"Data Source={_queryDb}" });
        StoreSetup.MigrateAsync(db).GetAwaiter().GetResult();
        var service = new IngestionService(db, NullLogger<IngestionService>.Instance);
        service.SyncGazetteerAsync().GetAwaiter().GetResult();
        // 200 distinct articles: each seed with a unique trailer line, so neither the hash nor the near-duplicate check merges them.
        var seeds = Directory.GetFiles(RepoPaths.Seeds, "*.txt").Order().ToArray();
        for (var i = 0; i < 40; i++)
            foreach (var seed in seeds)
            {
                var text = File.ReadAllText(seed).Replace("Russia", i % 2 == 0 ? "Russia" : "Moscow") + $"\n\nCopy {i}: " + string.Join(' ', Enumerable.Range(0, 400).Select(n => $"w{i}x{n}"));
                service.IngestContentAsync($"{Path.GetFileNameWithoutExtension(seed)}-{i}.txt", System.Text.Encoding.UTF8.GetBytes(text)).GetAwaiter().GetResult();
            }
    }

    [GlobalCleanup]
    public void Cleanup() => Directory.Delete(_dir, recursive: true);

    [Benchmark(Description = "ingest the five seeds into a new SQLite store")]
    public async Task<int> IngestSeeds()
    {
        var file = Path.Combine(_dir, $"ingest-{Guid.NewGuid():N}.db");
        await using var db = StoreSetup.Open(new StoreOptions { ConnectionString = $"Data Source={file};Pooling=False" });
        await StoreSetup.MigrateAsync(db);
        var service = new IngestionService(db, NullLogger<IngestionService>.Instance);
        await service.SyncGazetteerAsync();
        var report = await service.IngestPathsAsync([RepoPaths.Seeds]);
        return report.IncidentsFound;
    }

    [Benchmark(Description = "filtered export over ~200 articles")]
    public async Task<int> FilteredExport()
    {
        await using var db = StoreSetup.Open(new StoreOptions { ConnectionString = $"Data Source={_queryDb}" });
        var (filter, _) = IncidentFilterParser.Parse(new Dictionary<string, string?> { ["country"] = "TKM", ["from"] = "2015", ["to"] = "2019-12" });
        return (await IncidentExport.LoadAsync(db, filter, default)).Count;
    }
}
