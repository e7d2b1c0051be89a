using BorderWatch.Core.Domain;
using BorderWatch.Core.Store;
using Microsoft.EntityFrameworkCore;

namespace BorderWatch.Core.Review;

/// <summary>
/// The incidents the incremental proposer compares: the listed reports of the articles just written that are in no
/// proposed or accepted event, and, for each, the listed reports of other articles it could group with (same type
/// and border, dates overlapping). Every query is an index range: articles by <c>ArticleId</c>, neighbours on
/// <c>(Hidden, BorderSegmentId, DateStart, DateEnd, Id)</c> with <c>DateStart</c> bounded on both sides, event links
/// by <c>EventReports.IncidentId</c>; nothing scans the store, so the cost follows the batch, not the store's size.
/// </summary>
public static class ProposalCandidates
{
    /// <summary>
    /// How far before a report's start a neighbour may start and still overlap it. A report's dates span at most a
    /// year (year precision), so a neighbour that overlaps starts at most this many days earlier.
    /// </summary>
    public const int MaxSpanDays = 366;

    private sealed record Row(int Id, int ArticleId, IncidentType Type, int? BorderSegmentId, DateOnly? DateStart, DateOnly? DateEnd);

    /// <summary>Listed reports of these articles in no proposed or accepted event.</summary>
    public static async Task<List<int>> NewReportsAsync(BorderWatchDbContext db, IReadOnlyCollection<int> articleIds, CancellationToken ct = default)
    {
        var ids = articleIds.Distinct().ToList();
        return await Ungrouped(db, db.Incidents.AsNoTracking().Where(i => ids.Contains(i.ArticleId) && !i.Hidden))
            .OrderBy(i => i.Id).Select(i => i.Id).ToListAsync(ct);
    }

    /// <summary>Listed reports of other articles, in no proposed or accepted event, that these reports could group with.</summary>
    public static async Task<List<int>> NeighboursAsync(BorderWatchDbContext db, IReadOnlyCollection<int> reportIds, CancellationToken ct = default)
    {
        var ids = reportIds.ToList();
        var reports = await db.Incidents.AsNoTracking().Where(i => ids.Contains(i.Id) && i.BorderSegmentId != null && i.DateStart != null)
            .Select(i => new Row(i.Id, i.ArticleId, i.Type, i.BorderSegmentId, i.DateStart, i.DateEnd)).ToListAsync(ct);
        var found = new HashSet<int>();
        foreach (var r in reports)
        {
            var start = r.DateStart!.Value;
            var end = r.DateEnd ?? start;
            var earliest = start.AddDays(-MaxSpanDays);
            var near = Ungrouped(db, db.Incidents.AsNoTracking().Where(i => !i.Hidden && i.BorderSegmentId == r.BorderSegmentId
                && i.DateStart >= earliest && i.DateStart <= end && i.DateEnd >= start
                && i.Type == r.Type && i.ArticleId != r.ArticleId));
            found.UnionWith(await near.Select(i => i.Id).ToListAsync(ct));
        }
        found.ExceptWith(ids);
        return found.Order().ToList();
    }

    private static IQueryable<Incident> Ungrouped(BorderWatchDbContext db, IQueryable<Incident> q) =>
        q.Where(i => !db.EventReports.Any(r => r.IncidentId == i.Id && r.Event!.Status != EventStatus.Undone));
}
