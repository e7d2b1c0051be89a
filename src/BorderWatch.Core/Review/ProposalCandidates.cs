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
        int? PlaceId, List<int> Actors, bool Reviewed);

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
    /// proposer's work) proportional to the batch, where the whole windows grew with the store. When an analyst
    /// reviewed one of the reports involved (its effective place, actors, type or dates may differ from the stored
    /// ones), every window neighbour is returned, as before.
    /// </summary>
    public static async Task<List<int>> NeighboursAsync(BorderWatchDbContext db, IReadOnlyCollection<int> reportIds, CancellationToken ct = default)
    {
        var ids = reportIds.ToList();
        var fresh = await Rows(db, db.Incidents.AsNoTracking().Where(i => ids.Contains(i.Id) && i.BorderSegmentId != null && i.DateStart != null), ct);
        if (fresh.Any(r => r.Reviewed)) return await WindowsAsync(db, fresh, ids, ct);
        var seen = ids.ToHashSet();
        var found = new HashSet<int>();
        var frontier = fresh.Select(r => r.Id).ToList();
        while (frontier.Count > 0)
        {
            var next = new List<int>();
            foreach (var n in await LinkedAsync(db, frontier, ct))
            {
                if (!InAWindow(n, fresh)) continue;
                if (n.Reviewed) return await WindowsAsync(db, fresh, ids, ct);
                if (seen.Add(n.Id)) { found.Add(n.Id); next.Add(n.Id); }
            }
            frontier = next;
        }
        return found.Order().ToList();
    }

    /// <summary>
    /// In one statement, for each of these reports, the window neighbours (<see cref="Window"/>) that share its place or
    /// one of its non-state actors, and those an analyst reviewed: the same index range per report as one query each.
    /// </summary>
    private static Task<List<Row>> LinkedAsync(BorderWatchDbContext db, List<int> reportIds, CancellationToken ct) =>
        Rows(db, (from r in db.Incidents.AsNoTracking().Where(i => reportIds.Contains(i.Id) && i.BorderSegmentId != null && i.DateStart != null)
                  from i in Ungrouped(db, db.Incidents.AsNoTracking())
                  where !i.Hidden && i.BorderSegmentId == r.BorderSegmentId
                      && i.DateStart >= r.DateStart!.Value.AddDays(-MaxSpanDays) && i.DateStart <= (r.DateEnd ?? r.DateStart)
                      && i.DateEnd >= r.DateStart && i.Type == r.Type && i.ArticleId != r.ArticleId
                      && ((r.PlaceId != null && i.PlaceId == r.PlaceId) || i.Reviews.Any()
                          || i.Actors.Any(a => a.Actor!.Kind != ActorKind.State && r.Actors.Any(ra => ra.ActorId == a.ActorId)))
                  select i).Distinct(), ct);

    /// <summary>Every window neighbour of these reports (the candidates the proposer compares them with).</summary>
    private static async Task<List<int>> WindowsAsync(BorderWatchDbContext db, List<Row> reports, List<int> ids, CancellationToken ct)
    {
        var found = new HashSet<int>();
        foreach (var r in reports) found.UnionWith(await Window(db, r).Select(i => i.Id).ToListAsync(ct));
        found.ExceptWith(ids);
        return found.Order().ToList();
    }

    /// <summary>Listed reports in no event, of another article, same type and border, whose dates overlap this one's (an index range).</summary>
    private static IQueryable<Incident> Window(BorderWatchDbContext db, Row r)
    {
        var start = r.DateStart!.Value;
        var end = r.DateEnd ?? start;
        var earliest = start.AddDays(-MaxSpanDays);
        return Ungrouped(db, db.Incidents.AsNoTracking().Where(i => !i.Hidden && i.BorderSegmentId == r.BorderSegmentId
            && i.DateStart >= earliest && i.DateStart <= end && i.DateEnd >= start
            && i.Type == r.Type && i.ArticleId != r.ArticleId));
    }

    /// <summary>Whether <paramref name="n"/> lies in one of the reports' windows (<see cref="Window"/>, same test in memory).</summary>
    private static bool InAWindow(Row n, List<Row> reports) => n.DateStart is { } s && n.DateEnd is { } e && reports.Any(r =>
        r.Type == n.Type && r.BorderSegmentId == n.BorderSegmentId && r.ArticleId != n.ArticleId
        && s >= r.DateStart!.Value.AddDays(-MaxSpanDays) && s <= (r.DateEnd ?? r.DateStart!.Value) && e >= r.DateStart!.Value);

    private static Task<List<Row>> Rows(BorderWatchDbContext db, IQueryable<Incident> q, CancellationToken ct) =>
        q.Select(i => new Row(i.Id, i.ArticleId, i.Type, i.BorderSegmentId, i.DateStart, i.DateEnd, i.PlaceId,
            i.Actors.Where(a => a.Actor!.Kind != ActorKind.State).Select(a => a.ActorId).ToList(), i.Reviews.Any())).ToListAsync(ct);

    private static IQueryable<Incident> Ungrouped(BorderWatchDbContext db, IQueryable<Incident> q) =>
        q.Where(i => !db.EventReports.Any(r => r.IncidentId == i.Id && r.Event!.Status != EventStatus.Undone));
}
