using BorderWatch.Core.Queries;
using BorderWatch.Core.Store;
using Microsoft.EntityFrameworkCore;

namespace BorderWatch.Core.Review;

/// <summary>The lists an analyst works from.</summary>
public static class ReviewQueries
{
    /// <summary>
    /// The review queue: incidents matching <paramref name="filter"/> that nobody has reviewed, lowest confidence
    /// first, then newest (incident date, undated last, then id). Returns ids; <see cref="ReviewViews.EffectiveAsync(BorderWatchDbContext, IEnumerable{int}, CancellationToken)"/> loads them.
    /// </summary>
    public static Task<List<int>> QueueAsync(BorderWatchDbContext db, IncidentFilter filter, int skip = 0, int take = 50, CancellationToken ct = default) =>
        db.Incidents.AsNoTracking().Apply(filter)
            .Where(i => !i.Reviews.Any())
            .OrderBy(i => i.Confidence).ThenByDescending(i => i.DateStart != null).ThenByDescending(i => i.DateStart).ThenByDescending(i => i.Id)
            .Skip(skip).Take(take).Select(i => i.Id).ToListAsync(ct);

    /// <summary>How many incidents the queue holds under <paramref name="filter"/>.</summary>
    public static Task<int> QueueCountAsync(BorderWatchDbContext db, IncidentFilter filter, CancellationToken ct = default) =>
        db.Incidents.AsNoTracking().Apply(filter).Where(i => !i.Reviews.Any()).CountAsync(ct);

    /// <summary>
    /// Orphaned decisions: incidents carrying analysts' work (a review, a merge into them, an event link) that a reprocess
    /// found nothing for in their sentence, and that no analyst has re-attached or dismissed yet
    /// (<see cref="Domain.DecisionAttachment.Orphaned"/>, stored: listed after any later run or restart). Kept, superseded.
    /// </summary>
    public static Task<List<int>> OrphanedDecisionsAsync(BorderWatchDbContext db, CancellationToken ct = default) =>
        db.IncidentAttachments.AsNoTracking()
            .Where(a => a.State == Domain.DecisionAttachment.Orphaned)
            .OrderBy(a => a.IncidentId).Select(a => a.IncidentId).ToListAsync(ct);

    /// <summary>The incidents currently merged into <paramref name="targetId"/> (their latest decision is that merge).</summary>
    public static Task<List<int>> MergedIntoAsync(BorderWatchDbContext db, int targetId, CancellationToken ct = default) =>
        db.Incidents.AsNoTracking()
            .Where(i => i.Reviews.OrderByDescending(r => r.Id).Take(1)
                .Any(r => r.Decision == Domain.ReviewDecision.Merged && r.MergedIntoId == targetId))
            .OrderBy(i => i.Id).Select(i => i.Id).ToListAsync(ct);
}
