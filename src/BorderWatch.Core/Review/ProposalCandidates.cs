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

    private sealed record Row(int Id, int ArticleId, IncidentType Type, int? BorderSegmentId, DateOnly? DateStart, DateOnly? DateEnd,
        int? PlaceId, List<int> Actors);

    /// <summary>Listed reports of these articles in no proposed or accepted event.</summary>
    public static async Task<List<int>> NewReportsAsync(BorderWatchDbContext db, IReadOnlyCollection<int> articleIds, CancellationToken ct = default)
    {
        var ids = articleIds.Distinct().ToList();
        return await Ungrouped(db, db.Incidents.AsNoTracking().Where(i => ids.Contains(i.ArticleId) && !i.Hidden))
            .OrderBy(i => i.Id).Select(i => i.Id).ToListAsync(ct);
    }

    /// <summary>
    /// Listed reports of other articles, in no proposed or accepted event, that these reports could group with: the
    /// reports reachable from them through reports that share a place or a non-state actor, among the date-window
    /// neighbours (same type and border, dates overlapping one of these reports). The grouping
    /// (<see cref="EventProposer"/>) links only reports that share a place or an actor, so a window neighbour that
    /// shares nothing along such a path ends alone and changes no proposal; leaving it out keeps the set (and the
    /// proposer's work) proportional to the batch, where the whole windows grew with the store. The stored columns
    /// read here are the reviewed values (ADR 0011, <see cref="ReviewedColumns"/>), as the proposer's effective ones.
    /// </summary>
    public static async Task<List<int>> NeighboursAsync(BorderWatchDbContext db, IReadOnlyCollection<int> reportIds, CancellationToken ct = default)
    {
        var ids = reportIds.ToList();
        var fresh = await Rows(db, db.Incidents.AsNoTracking().Where(i => ids.Contains(i.Id) && i.BorderSegmentId != null && i.DateStart != null), ct);
        var seen = ids.ToHashSet();
        var found = new HashSet<int>();
        var frontier = fresh.Select(r => r.Id).ToList();
        while (frontier.Count > 0)
        {
            var next = new List<int>();
            foreach (var n in await LinkedAsync(db, frontier, ct))
            {
                if (!InAWindow(n, fresh)) continue;
                if (seen.Add(n.Id)) { found.Add(n.Id); next.Add(n.Id); }
            }
            frontier = next;
        }
        return found.Order().ToList();
    }

    /// <summary>
    /// In one statement, for each of these reports, its window neighbours that share its place or one of its non-state
    /// actors: listed reports in no event, of another article, same type and border, dates overlapping (the index
    /// range on border and <c>DateStart</c>, bounded on both sides, per report).
    /// </summary>
    private static Task<List<Row>> LinkedAsync(BorderWatchDbContext db, List<int> reportIds, CancellationToken ct) =>
        Rows(db, (from r in db.Incidents.AsNoTracking().Where(i => reportIds.Contains(i.Id) && i.BorderSegmentId != null && i.DateStart != null)
                  from i in Ungrouped(db, db.Incidents.AsNoTracking())
                  where !i.Hidden && i.BorderSegmentId == r.BorderSegmentId
                      && i.DateStart >= r.DateStart!.Value.AddDays(-MaxSpanDays) && i.DateStart <= (r.DateEnd ?? r.DateStart)
                      && i.DateEnd >= r.DateStart && i.Type == r.Type && i.ArticleId != r.ArticleId
                      && ((r.PlaceId != null && i.PlaceId == r.PlaceId)
                          || i.Actors.Any(a => a.Actor!.Kind != ActorKind.State && r.Actors.Any(ra => ra.ActorId == a.ActorId)))
                  select i).Distinct(), ct);

    /// <summary>Whether <paramref name="n"/> lies in the window of one of the reports (the same test as <see cref="LinkedAsync"/>'s, in memory).</summary>
    private static bool InAWindow(Row n, List<Row> reports) => n.DateStart is { } s && n.DateEnd is { } e && reports.Any(r =>
        r.Type == n.Type && r.BorderSegmentId == n.BorderSegmentId && r.ArticleId != n.ArticleId
        && s >= r.DateStart!.Value.AddDays(-MaxSpanDays) && s <= (r.DateEnd ?? r.DateStart!.Value) && e >= r.DateStart!.Value);

    private static Task<List<Row>> Rows(BorderWatchDbContext db, IQueryable<Incident> q, CancellationToken ct) =>
        q.Select(i => new Row(i.Id, i.ArticleId, i.Type, i.BorderSegmentId, i.DateStart, i.DateEnd, i.PlaceId,
            i.Actors.Where(a => a.Actor!.Kind != ActorKind.State).Select(a => a.ActorId).ToList())).ToListAsync(ct);

    private static IQueryable<Incident> Ungrouped(BorderWatchDbContext db, IQueryable<Incident> q) =>
        q.Where(i => !db.EventReports.Any(r => r.IncidentId == i.Id && r.Event!.Status != EventStatus.Undone));
}
