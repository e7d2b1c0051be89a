using BorderWatch.Core.Store;
using Microsoft.EntityFrameworkCore;

namespace BorderWatch.Core.Queries;

/// <summary>
/// A cheap token that changes when ingest, reprocessing or a review changes what the dashboard shows: the highest
/// article, incident, review and audit-entry ids and the number of listed incidents (read from indexes and the tallies). Caches of anything
/// computed from the store (map geometry, overview counts, facet counts) compare it and recompute when it differs.
/// Limit: a reprocess that only rewrites incidents in place (same ids, same count) leaves it unchanged.
/// </summary>
public static class StoreVersion
{
    public static async Task<string> ReadAsync(BorderWatchDbContext db, CancellationToken ct = default)
    {
        var articles = await db.Articles.MaxAsync(a => (int?)a.Id, ct) ?? 0;
        var incidents = await db.Incidents.MaxAsync(i => (int?)i.Id, ct) ?? 0;
        var reviews = await db.IncidentReviews.MaxAsync(r => (int?)r.Id, ct) ?? 0;
        // Every analyst action (corrections, events, merges) is audited: the newest audit entry covers what reviews do not.
        var audits = await db.AuditEntries.MaxAsync(a => (long?)a.Id, ct) ?? 0;
        // The listed count from the tallies the triggers keep (a few hundred rows), not a count of every incident.
        var listed = await db.IncidentTallies.SumAsync(t => t.Count, ct);
        return FormattableString.Invariant($"{articles}.{incidents}.{reviews}.{audits}.{listed}");
    }
}
