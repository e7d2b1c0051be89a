using BorderWatch.Core.Domain;
using BorderWatch.Core.Store;
using Microsoft.EntityFrameworkCore;

namespace BorderWatch.Core.Queries;

/// <summary>Listed incidents of one actor, border (0: none), type and status under a filter's dates, and how many of them are imprecise for it.</summary>
public sealed record ActorCell(int ActorId, int BorderKey, IncidentType Type, IncidentStatus Status, int Count, int Imprecise)
{
    public TallyCell WithoutActor => new(BorderKey, Type, Status, Count, Imprecise);
}

public static partial class TalliedCounts
{
    /// <summary>
    /// Whether the actor-date tallies answer the total and the border, type and status counts of a filter made of one
    /// actor and what <see cref="Answers"/> takes (border, types, statuses, dates): the filter without its actors.
    /// </summary>
    public static bool AnswersForOneActor(IncidentFilter f) =>
        Answers(f with { Countries = [], Organizations = [], Persons = [], ActorId = null });

    /// <summary>
    /// Every (actor, border, type, status) cell of these actors' listed incidents under the filter's date range only
    /// (border, types and statuses are left to <see cref="Matching(IEnumerable{ActorCell}, int?, IncidentFilter)"/>), an
    /// incident counting once per actor: from <see cref="ActorDateTally"/>, the whole months inside the range and the
    /// year-dated rows by the filter's rule (as <see cref="CellsAsync"/>), and the at most two months a day-precise bound
    /// cuts from their incidents and links (an index range of one month each). Without dates: the actor tallies (<see cref="ActorTally"/>).
    /// </summary>
    public static async Task<IReadOnlyList<ActorCell>> ActorCellsAsync(BorderWatchDbContext db, IncidentFilter f,
        IReadOnlyCollection<int> actorIds, CancellationToken ct = default)
    {
        if (actorIds.Count == 0) return [];
        var ids = actorIds.Distinct().ToList();
        if (!IsDated(f))
            // Without dates the actor tallies (actor, border, type, status) are the answer, one row per cell: summing every
            // month of the actor-date tallies read rows that grow with the store's span (TJK at 100k: 12,966 rows, not 200).
            return await db.ActorTallies.AsNoTracking().Where(t => ids.Contains(t.ActorId) && t.Count > 0)
                .Select(t => new ActorCell(t.ActorId, t.BorderKey, t.Type, t.Status, t.Count, 0))
                .ToListAsync(ct);
        var w = DateWindow.Of(f);
        var (impreciseA, impreciseB) = (w.ImpreciseA, w.ImpreciseB);
        var tallied = await InWindow(db.ActorDateTallies.AsNoTracking().Where(t => ids.Contains(t.ActorId) && t.Count > 0), w)
            .GroupBy(t => new { t.ActorId, t.BorderKey, t.Type, t.Status })
            .Select(g => new
            {
                g.Key.ActorId, g.Key.BorderKey, g.Key.Type, g.Key.Status, N = g.Sum(t => t.Count),
                Imprecise = g.Sum(t => t.Month == 0 && (t.Year == impreciseA || t.Year == impreciseB) ? t.Count : 0),
            })
            .ToListAsync(ct);
        var cells = new Dictionary<(int, int, IncidentType, IncidentStatus), (int N, int Imprecise)>();
        void Add(int actor, int border, IncidentType type, IncidentStatus status, int n, int imprecise)
        {
            var (n0, i0) = cells.GetValueOrDefault((actor, border, type, status));
            cells[(actor, border, type, status)] = (n0 + n, i0 + imprecise);
        }
        foreach (var x in tallied) Add(x.ActorId, x.BorderKey, x.Type, x.Status, x.N, x.Imprecise);

        foreach (var r in await CutMonthLinksAsync(db, w, ids, ct))
            Add(r.ActorId, r.BorderKey, r.Type, r.Status, 1, !w.Within && r.Imprecise ? 1 : 0);
        return cells.Where(x => x.Value.N > 0)
            .Select(x => new ActorCell(x.Key.Item1, x.Key.Item2, x.Key.Item3, x.Key.Item4, x.Value.N, x.Value.Imprecise)).ToList();
    }

    /// <summary>Tallies (per actor, or pair, and month) inside the window: the whole months, and the year-dated rows by the filter's rule.</summary>
    private static IQueryable<T> InWindow<T>(IQueryable<T> q, DateWindow w) where T : class, IMonthCell
    {
        var (firstMonth, lastMonth, firstYear, lastYear) = (w.FirstMonth, w.LastMonth, w.FirstYear, w.LastYear);
        // Year 0 (undated) is never inside a range; the year bounds let the key's (actor, year) prefix be a range.
        var lo = Math.Max(1, Math.Min(firstYear, w.From?.Year ?? 1));
        var hi = Math.Max(lastYear, w.To?.Year ?? 9999);
        return q.Where(t => t.Year >= lo && t.Year <= hi
            && (t.Month == 0
                ? t.Year >= firstYear && t.Year <= lastYear
                : t.Year * 12 + t.Month >= firstMonth && t.Year * 12 + t.Month <= lastMonth));
    }

    /// <summary>One (actor, incident) link of a month a day-precise bound cuts, with the incident's cell and whether its dates reach outside the range.</summary>
    private sealed record CutMonthLink(int ActorId, int BorderKey, IncidentType Type, IncidentStatus Status, bool Imprecise);

    /// <summary>
    /// The listed incidents of the window's cut months linked to one of the actors, once per (actor, incident) whatever the
    /// roles; with <paramref name="pairedWith"/>, only those that actor is linked to as well, and not that actor's own links.
    /// </summary>
    private static async Task<List<CutMonthLink>> CutMonthLinksAsync(BorderWatchDbContext db, DateWindow w, List<int> ids, CancellationToken ct,
        int? pairedWith = null)
    {
        var lowest = w.From ?? DateOnly.MinValue;
        var highest = w.To ?? DateOnly.MaxValue;
        var links = new List<CutMonthLink>();
        foreach (var monthStart in w.CutMonths)
        {
            var rows = await (from i in w.InMonth(db, monthStart)
                              from l in i.Actors
                              where ids.Contains(l.ActorId)
                                  && (pairedWith == null || (l.ActorId != pairedWith && i.Actors.Any(o => o.ActorId == pairedWith)))
                              select new { l.ActorId, i.Id, i.BorderSegmentId, i.Type, i.Status, Imprecise = i.DateStart < lowest || i.DateEnd > highest })
                .Distinct().ToListAsync(ct);
            links.AddRange(rows.Select(r => new CutMonthLink(r.ActorId, r.BorderSegmentId ?? 0, r.Type, r.Status, r.Imprecise)));
        }
        return links;
    }

    /// <summary>
    /// Listed incidents of each of these actors under the filter's border, types, statuses and dates (its actors are not
    /// read), an incident counting once per actor: the sums of <see cref="ActorDateTally"/> grouped by actor alone (the
    /// border, types and statuses are conditions of the read, so a range of years reads the covering index
    /// <c>IX_ActorDateTallies_Counts</c> in key order and sorts nothing), plus the at most two months a day-precise bound
    /// cuts, from their incidents. Without dates, the actor tallies. SQLite 1M, the 19 states over 2015–2019: 88,599 index
    /// entries, 7–15 ms; grouped by (actor, border, type, status) as <see cref="ActorCellsAsync"/> groups, 55–98 ms.
    /// </summary>
    public static async Task<IReadOnlyDictionary<int, int>> ActorTotalsAsync(BorderWatchDbContext db, IncidentFilter f,
        IReadOnlyCollection<int> actorIds, CancellationToken ct = default)
    {
        var totals = new Dictionary<int, int>();
        if (actorIds.Count == 0) return totals;
        var ids = actorIds.Distinct().ToList();
        if (!IsDated(f))
            return await (await ActorsAsync(db, f, ct)).Where(t => ids.Contains(t.ActorId))
                .GroupBy(t => t.ActorId).Select(g => new { g.Key, N = g.Sum(t => t.Count) }).ToDictionaryAsync(x => x.Key, x => x.N, ct);
        var key = await BorderKeyAsync(db, f, ct);
        // Border, types and statuses as conditions on the index entries (one statement shape whatever the filter has).
        var (anyBorder, border) = (key is null, key ?? 0);
        var types = f.Types.Distinct().ToList();
        var statuses = f.Statuses.Distinct().ToList();
        var (anyType, anyStatus) = (types.Count == 0, statuses.Count == 0);
        var w = DateWindow.Of(f);
        var tallied = await InWindow(db.ActorDateTallies.AsNoTracking().Where(t => ids.Contains(t.ActorId) && t.Count > 0
                    && (anyBorder || t.BorderKey == border) && (anyType || types.Contains(t.Type)) && (anyStatus || statuses.Contains(t.Status))), w)
            .GroupBy(t => t.ActorId).Select(g => new { g.Key, N = g.Sum(t => t.Count) })
            .ToListAsync(ct);
        foreach (var x in tallied) totals[x.Key] = x.N;
        var cut = (await CutMonthLinksAsync(db, w, ids, ct)).Select(r => new ActorCell(r.ActorId, r.BorderKey, r.Type, r.Status, 1, 0));
        foreach (var c in Matching(cut, key, f)) totals[c.ActorId] = totals.GetValueOrDefault(c.ActorId) + 1;
        return totals;
    }

    /// <summary>The actor cells under a border key (<see cref="BorderKeyAsync"/>), the filter's types and its statuses.</summary>
    public static IEnumerable<ActorCell> Matching(IEnumerable<ActorCell> cells, int? borderKey, IncidentFilter f) =>
        cells.Where(c => (borderKey is not int k || c.BorderKey == k)
            && (f.Types.Count == 0 || f.Types.Contains(c.Type))
            && (f.Statuses.Count == 0 || f.Statuses.Contains(c.Status)));
}
