using BorderWatch.Core;
using BorderWatch.Core.Store;
using BorderWatch.Ingestion;
using BorderWatch.Ingestion.Reading;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace BorderWatch.Web.Hosting;

/// <summary>
/// Before the first request: bring the schema up to date, load the gazetteer, and import the seed articles into an
/// empty store, so a fresh clone shows a populated dashboard. Each step is logged as it starts (a first start on a
/// busy machine takes a while, and the console says what it is doing).
/// </summary>
public static class StoreStartup
{
    public static async Task InitializeAsync(IServiceProvider services, CancellationToken ct = default)
    {
        await using var scope = services.CreateAsyncScope();
        var sp = scope.ServiceProvider;
        var logger = sp.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(StoreStartup).FullName!);
        var db = sp.GetRequiredService<BorderWatchDbContext>();
        logger.LogInformation("Store: {Provider} at {StoreLocation}", db.Database.ProviderName, StoreLocation(db));

        logger.LogInformation("Starting: migrating the store (first start creates it)…");
        await StoreSetup.MigrateAsync(db, ct);
        await PlannerStatistics.RefreshAsync(db, ct);
        logger.LogInformation("Starting: loading the gazetteer…");
        var ingestion = sp.GetRequiredService<IngestionService>();
        await ingestion.SyncGazetteerAsync(ct);
        await ingestion.IndexNearDuplicatesAsync(ct);

        var seeds = sp.GetRequiredService<IOptions<SeedImportOptions>>().Value;
        if (!seeds.ImportOnFirstStart || await db.Articles.AnyAsync(ct))
        {
            logger.LogInformation("Starting: store ready");
            return;
        }
        // A first start is long already, and its five-article store renders cheaply: the server listens without warm-up.
        sp.GetService<StartupWarmup>()?.Skip("the seeds were imported on this start");
        await ImportSeedsAsync(seeds.ResolvedFolder, ingestion, db, sp.GetRequiredService<Core.Review.EventProposals>(), logger, ct);
    }

    private static async Task ImportSeedsAsync(string folder, IngestionService ingestion, BorderWatchDbContext db,
        Core.Review.EventProposals proposals, ILogger logger, CancellationToken ct)
    {
        if (!Directory.Exists(folder))
        {
            logger.LogWarning("Seed folder {Folder} not found: the store stays empty until articles are ingested", folder);
            return;
        }
        IReadOnlyDictionary<string, Dashboard.ArticleSource> sources;
        try { sources = SeedSources.Read(folder); }
        catch (Exception e) when (e is InvalidDataException or System.Text.Json.JsonException or IOException)
        {
            logger.LogWarning("Seed sources not applied: {Reason}", e.Message);
            sources = new Dictionary<string, Dashboard.ArticleSource>();
        }
        var files = Directory.EnumerateFiles(folder).Where(DocumentReader.IsSupported).Order(StringComparer.Ordinal).ToList();
        int incidents = 0, failed = 0;
        var stored = new List<int>();
        for (var n = 0; n < files.Count; n++)
        {
            var name = Path.GetFileName(files[n]);
            logger.LogInformation("Starting: importing seeds {Number}/{Count}: {File}…", n + 1, files.Count, name);
            var report = await ingestion.IngestPathsAsync([files[n]], ct);
            incidents += report.IncidentsFound;
            foreach (var r in report.Results)
            {
                if (r.Outcome == IngestOutcome.Failed)
                {
                    failed++;
                    logger.LogWarning("Seed import failed: {Reason}", r.Error);
                }
                else if (r.ArticleId is int id)
                {
                    if (r.Outcome == IngestOutcome.Stored) stored.Add(id);
                    if (sources.TryGetValue(name, out var source)) await source.ApplyAsync(db, id, ct);
                }
            }
        }
        await proposals.ProposeAfterAsync("seed import", stored, ct);
        logger.LogInformation("Imported seeds from {Folder}: {Documents} document(s), {IncidentsFound} incident(s), {Failed} failed; store ready",
            folder, files.Count, incidents, failed);
    }

    private static string StoreLocation(BorderWatchDbContext db) =>
        StoreLocation(db.Database.IsSqlite(), db.Database.GetConnectionString() ?? "");

    /// <summary>Where the store is, for the start-up log: the SQLite file's full path, or the PostgreSQL server, port,
    /// database and user (never the password).</summary>
    public static string StoreLocation(bool sqlite, string connectionString)
    {
        if (sqlite) return Path.GetFullPath(new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(connectionString).DataSource);
        var pg = new Npgsql.NpgsqlConnectionStringBuilder(connectionString);
        return $"PostgreSQL {pg.Host}:{pg.Port}/{pg.Database} as {pg.Username}";
    }
}
