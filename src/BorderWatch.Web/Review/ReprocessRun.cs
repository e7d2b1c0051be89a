using BorderWatch.Core.Review;
using BorderWatch.Ingestion;
using BorderWatch.Ingestion.Incidents;
using BorderWatch.Web.Dashboard;
using Microsoft.EntityFrameworkCore;

namespace BorderWatch.Web.Review;

/// <summary>How far a reprocess run has got.</summary>
public sealed record ReprocessProgress(int Done, int Total, int Failed)
{
    public double Fraction => Total == 0 ? 1 : (double)Done / Total;
}

/// <summary>A finished run: the summed report (as the CLI prints it) and the orphaned decisions left for analysts.</summary>
public sealed record ReprocessOutcome(ReprocessReport Report, IReadOnlyList<int> Orphaned);

/// <summary>
/// The admin's reprocess: the same <see cref="IngestionService.ReprocessAsync"/> the CLI's <c>reprocess</c> calls,
/// article by article so the page can show progress (each article is its own transaction either way), then the
/// orphaned decisions. Only an admin may start it. The detector is the process's one (DI), as the ingest's.
/// </summary>
public sealed class ReprocessRun(StoreContexts store, CurrentAnalyst current, ILoggerFactory loggers, IncidentDetector detector)
{
    public async Task<ReprocessOutcome> RunAsync(IProgress<ReprocessProgress>? progress = null, CancellationToken ct = default)
    {
        if (await current.GetAsync() is not { IsAdmin: true })
            throw new ReviewException("admin", "only an admin may reprocess the store");
        await using var db = store.Open();
        var service = new IngestionService(db, loggers.CreateLogger<IngestionService>(), detector: detector);
        await service.SyncGazetteerAsync(ct);
        var ids = await db.Articles.AsNoTracking().Where(a => a.DuplicateOfId == null).OrderBy(a => a.Id).Select(a => a.Id).ToListAsync(ct);
        var reports = new List<ReprocessReport>();
        var failed = 0;
        progress?.Report(new ReprocessProgress(0, ids.Count, 0));
        for (var n = 0; n < ids.Count; n++)
        {
            var r = await service.ReprocessAsync(ids[n], ct, recordRun: false);
            failed += r.Failures?.Count ?? 0;
            reports.Add(r);
            progress?.Report(new ReprocessProgress(n + 1, ids.Count, failed));
        }
        await new EventProposals(db, loggers.CreateLogger<EventProposals>()).ProposeAfterAsync("admin reprocess", ids, ct);
        var sum = new ReprocessReport(reports.Sum(r => r.Articles), reports.Sum(r => r.Added), reports.Sum(r => r.Updated), reports.Sum(r => r.Removed),
            reports.Sum(r => r.ReviewedKept), reports.Sum(r => r.Reattached), reports.Sum(r => r.Orphaned), reports.SelectMany(r => r.Failures ?? []).ToList());
        await service.RecordRunAsync(sum, ct);
        return new ReprocessOutcome(sum, await ReviewQueries.OrphanedDecisionsAsync(db, ct));
    }
}
