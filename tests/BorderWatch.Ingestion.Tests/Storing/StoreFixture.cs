using BorderWatch.Core;
using BorderWatch.Core.Store;
using BorderWatch.Ingestion.Limits;
using Microsoft.Extensions.Logging.Abstractions;

namespace BorderWatch.Ingestion.Tests.Storing;

/// <summary>A fresh SQLite file in a temp folder, migrated, with the gazetteer synced.</summary>
public sealed class TempStore : IAsyncDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("bw-ingest-").FullName;
    public string File => Path.Combine(_dir, "store.db");
    public string Folder => _dir;

    public BorderWatchDbContext Open() => StoreSetup.Open(new StoreOptions { ConnectionString = $"Data Source={File};Pooling=False" });

    public static async Task<TempStore> CreateAsync()
    {
        var store = new TempStore();
        await using var db = store.Open();
        await StoreSetup.MigrateAsync(db);
        await new IngestionService(db, NullLogger<IngestionService>.Instance).SyncGazetteerAsync();
        return store;
    }

    /// <summary>The ingestion on this store, with minutes of time budget: the 60 s wall-time default is for hostile
    /// input, and on a saturated CI machine an ordinary seed article can need more (the hostile tests set their own).</summary>
    public IngestionService Service(BorderWatchDbContext db) => new(db, NullLogger<IngestionService>.Instance, Generous);

    public static IngestLimits Generous { get; } = new() { ReadBudget = TimeSpan.FromMinutes(10), AnalysisBudget = TimeSpan.FromMinutes(10) };

    public static string SeedsFolder => Path.Combine(AppContext.BaseDirectory, "Data", "seeds");

    public ValueTask DisposeAsync()
    {
        try { Directory.Delete(_dir, recursive: true); } catch (IOException) { /* a late WAL handle on a slow machine */ }
        return ValueTask.CompletedTask;
    }
}
