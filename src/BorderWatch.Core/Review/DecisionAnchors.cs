using BorderWatch.Core.Store;
using Microsoft.EntityFrameworkCore;

namespace BorderWatch.Core.Review;

/// <summary>
/// Which incidents carry analysts' work: a review of their own, another incident's review that merges into them, or a link to an event.
/// The pipeline never deletes such an incident; re-extraction re-attaches it or lists it as orphaned.
/// </summary>
public static class DecisionAnchors
{
    public static async Task<HashSet<int>> ForArticleAsync(BorderWatchDbContext db, int articleId, CancellationToken ct = default)
    {
        var ids = db.Incidents.Where(i => i.ArticleId == articleId).Select(i => i.Id);
        var reviewed = await db.IncidentReviews.Where(r => ids.Contains(r.IncidentId)).Select(r => r.IncidentId).ToListAsync(ct);
        var mergeTargets = await db.IncidentReviews.Where(r => r.MergedIntoId != null && ids.Contains(r.MergedIntoId.Value))
            .Select(r => r.MergedIntoId!.Value).ToListAsync(ct);
        var reports = await db.EventReports.Where(r => ids.Contains(r.IncidentId)).Select(r => r.IncidentId).ToListAsync(ct);
        return [.. reviewed, .. mergeTargets, .. reports];
    }
}
