using BorderWatch.Core.Store;
using BorderWatch.Ingestion;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace BorderWatch.Web.Hosting;

/// <summary>
/// Before the first request: bring the schema up to date, load the gazetteer, and import the seed articles into an
/// empty store, so a fresh clone shows a populated dashboard.
/// </summary>
public static class StoreStartup
{
    public static async Task InitializeAsync(IServiceProvider services, CancellationToken ct = default)
    {
        await using var scope = services.CreateAsyncScope();
        var sp = scope.ServiceProvider;
        var logger = sp.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(StoreStartup).FullName!);
        var db = sp.GetRequiredService<BorderWatchDbContext>();
        await StoreSetup.MigrateAsync(db, ct);

        var ingestion = sp.GetRequiredService<IngestionService>();
        await ingestion.SyncGazetteerAsync(ct);

        var seeds = sp.GetRequiredService<IOptions<SeedImportOptions>>().Value;
        if (!seeds.ImportOnFirstStart || await db.Articles.AnyAsync(ct)) return;
        var folder = seeds.ResolvedFolder;
        if (!Directory.Exists(folder))
        {
            logger.LogWarning("Seed folder {Folder} not found: the store stays empty until articles are ingested", folder);
            return;
        }
        var report = await ingestion.IngestPathsAsync([folder], ct);
        logger.LogInformation("Imported seeds from {Folder}: {Documents} document(s), {IncidentsFound} incident(s), {Failed} failed",
            folder, report.Results.Count, report.IncidentsFound, report.Failed);
        foreach (var failure in report.Results.Where(r => r.Outcome == IngestOutcome.Failed))
            logger.LogWarning("Seed import failed: {Reason}", failure.Error);
    }
}
