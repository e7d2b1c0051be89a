using BorderWatch.Core.Domain;
using BorderWatch.Core.Store;
using Microsoft.EntityFrameworkCore;

namespace BorderWatch.Core.Queries;

/// <summary>Pages of incidents for timelines, lists and the API; the same filter semantics as exports.</summary>
public static partial class IncidentListing
{
    public const int MaxPageSize = 500;

    /// <summary>
    /// Orders on the database so paging works. Date orders: undated last, then by first day, then by id. The others
    /// group by their column (type and status by code, border by code with "no border" last, confidence highest first)
    /// and are newest first within a group, so one index per column (column, date, id) serves them.
    /// </summary>
    public static IQueryable<Incident> Ordered(this IQueryable<Incident> q, IncidentOrder order) => order switch
    {
        IncidentOrder.Oldest => q.OrderBy(i => i.DateStart == null).ThenBy(i => i.DateStart).ThenBy(i => i.DateEnd).ThenBy(i => i.Id),
        IncidentOrder.Type => Newest(q.OrderBy(i => i.Type)),
        IncidentOrder.Status => Newest(q.OrderBy(i => i.Status)),
        IncidentOrder.Border => Newest(q.OrderBy(i => i.BorderSegmentId == null).ThenBy(i => i.BorderSegment!.Code)),
        IncidentOrder.Confidence => Newest(q.OrderByDescending(i => i.Confidence)),
        _ => Newest(q.OrderBy(i => i.DateStart == null)),
    };

    private static IOrderedQueryable<Incident> Newest(IOrderedQueryable<Incident> q) =>
        q.ThenBy(i => i.DateStart == null).ThenByDescending(i => i.DateStart).ThenByDescending(i => i.DateEnd).ThenByDescending(i => i.Id);

    /// <summary>Results are counted exactly up to this many; beyond it a page says "more than" (<see cref="IncidentPage.TotalIsLowerBound"/>).</summary>
    public const int CountCap = 10_000;

    public static async Task<IncidentPage> PageAsync(BorderWatchDbContext db, IncidentFilter filter, IncidentOrder order,
        int page, int pageSize, CancellationToken ct = default, int countCap = CountCap, Review.ListUnit unit = Review.ListUnit.Report) =>
        await PageAsync(db, await ResolvedFilter.ResolveAsync(db, filter, ct), order, page, pageSize, ct, countCap, unit);

    /// <summary>
    /// One page of the filtered incidents. The total is <paramref name="counted"/> when the caller kept it for this filter
    /// and store version, else <see cref="CountAsync"/>: from the tallies when they answer the filter, otherwise the
    /// filtered ids read up to <paramref name="countCap"/> + 1 in one statement (at most that many rows whatever the
    /// store's size; past it the total is a lower bound). The page itself is read in the requested order through the indexes. Under <see cref="Review.ListUnit.Event"/>
    /// a row is an event (<see cref="Review.EventCounts.Rows"/>: an accepted event's first listed report stands for it)
    /// and the total counts events. Every item carries the reach of the event it stands for. <paramref name="alsoLoad"/>:
    /// incidents loaded with the page's rows in the same statements (<see cref="IncidentPage.AlsoLoaded"/>), so that a page
    /// showing other incidents beside its list (the border page's undated events) makes one listing load, not two.
    /// </summary>
    public static async Task<IncidentPage> PageAsync(BorderWatchDbContext db, ResolvedFilter resolved, IncidentOrder order,
        int page, int pageSize, CancellationToken ct = default, int countCap = CountCap, Review.ListUnit unit = Review.ListUnit.Report,
        ListCount? counted = null, IReadOnlyCollection<int>? alsoLoad = null)
    {
        var filter = resolved.Filter;
        pageSize = Math.Clamp(pageSize, 1, MaxPageSize);
        var filtered = Review.EventCounts.Rows(db, resolved.Query(db), unit);
        var (total, imprecise, lowerBound) = counted ?? await CountAsync(db, resolved, ct, countCap, unit);
        var pageCount = Math.Max(1, (total + pageSize - 1) / pageSize);
        // Past a lower-bound total the requested page is read as asked (it may be empty); otherwise the last page is the limit.
        page = lowerBound ? Math.Max(1, page) : Math.Clamp(page, 1, pageCount);
        // A first page in date order walks the date index when its actor groups are large (ResolvedFilter.WalkedRows).
        var walked = page * pageSize <= ResolvedFilter.WalkedRows ? Review.EventCounts.Rows(db, resolved.Query(db, walk: true), unit) : filtered;
        var ids = order is IncidentOrder.Newest or IncidentOrder.Oldest
            ? await DatePageAsync(walked, order, (page - 1) * pageSize, pageSize, ct)
            : await filtered.Ordered(order).Skip((page - 1) * pageSize).Take(pageSize).Select(i => i.Id).ToListAsync(ct);
        var extra = alsoLoad ?? [];
        var loaded = await LoadWithReachAsync(db, extra.Count == 0 ? ids : ids.Concat(extra).Distinct().ToList(), ct);
        var byId = extra.Count == 0 ? null : loaded.ToDictionary(i => i.Id);
        IReadOnlyList<IncidentListItem> items = byId is null ? loaded : ids.Where(byId.ContainsKey).Select(id => byId[id]).ToList();
        return new IncidentPage(items, total, page, pageSize)
        {
            AlsoLoaded = byId is null ? [] : extra.Where(byId.ContainsKey).Select(id => byId[id]).ToList(),
            TotalIsLowerBound = lowerBound,
            ImpreciseCount = imprecise,
            HighlightTerms = SearchQuery.Parse(filter.Text).HighlightTerms,
        };
    }

    /// <summary>
    /// How many rows a page of this filter has in all (<see cref="IncidentPage.Total"/>, <see cref="IncidentPage.ImpreciseCount"/>,
    /// <see cref="IncidentPage.TotalIsLowerBound"/>): the same for every page and order of the filter, so a caller may keep
    /// it for the store's version (<see cref="StoreVersion"/>) and pass it to <see cref="PageAsync(BorderWatchDbContext, ResolvedFilter, IncidentOrder, int, int, CancellationToken, int, Review.ListUnit, ListCount?, IReadOnlyCollection{int}?)"/>.
    /// From the tallies when they answer the filter; otherwise the filtered ids are read up to <paramref name="countCap"/> + 1
    /// in one statement (with, under a date filter, whether each is imprecise for it), shared with the facets.
    /// </summary>
    public static async Task<ListCount> CountAsync(BorderWatchDbContext db, ResolvedFilter resolved, CancellationToken ct = default,
        int countCap = CountCap, Review.ListUnit unit = Review.ListUnit.Report)
    {
        var filter = resolved.Filter;
        countCap = Math.Max(1, countCap);
        int total;
        int? imprecise = null;
        var lowerBound = false;
        var dated = filter.From is not null || filter.To is not null;
        if (TalliedCounts.Answers(filter))
        {
            // A border, types, statuses and dates only: the store's tallies have the count (a few hundred or thousand
            // rows, not every incident), and with dates how many are imprecise.
            var cells = TalliedCounts.Matching(await resolved.CellsAsync(db, ct), await TalliedCounts.BorderKeyAsync(db, filter, ct), filter).ToList();
            total = unit == Review.ListUnit.Event ? await Review.EventCounts.CountAsync(db, filter, ct) : cells.Sum(c => c.Count);
            if (dated && filter.DateMatch == DateMatch.Overlaps) imprecise = cells.Sum(c => c.Imprecise);
        }
        else if (unit == Review.ListUnit.Report && resolved.SoleActorId is int actor && TalliedCounts.AnswersForOneActor(filter))
        {
            // One actor with a border, types, statuses and dates: the actor-date tallies have the count (the actor's
            // rows of the range's months), not up to countCap + 1 incidents and their links.
            var cells = TalliedCounts.Matching(await resolved.ActorCellsAsync(db, [actor], ct), await TalliedCounts.BorderKeyAsync(db, filter, ct), filter).ToList();
            total = cells.Sum(c => c.Count);
            if (dated && filter.DateMatch == DateMatch.Overlaps) imprecise = cells.Sum(c => c.Imprecise);
        }
        else if (dated && filter.DateMatch == DateMatch.Overlaps)
        {
            var rows = await resolved.CappedRowsAsync(db, countCap, ct);
            lowerBound = rows.Count > countCap;
            total = Math.Min(rows.Count, countCap);
            imprecise = rows.Take(countCap).Count(x => x.Imprecise);
        }
        else
        {
            // The facets count over the same rows (read once for the page and its facets).
            var n = (await resolved.CappedRowsAsync(db, countCap, ct)).Count;
            lowerBound = n > countCap;
            total = Math.Min(n, countCap);
        }
        if (dated && imprecise is null) imprecise = 0;   // within: none reaches outside
        return new ListCount(total, imprecise, lowerBound);
    }

    /// <summary>
    /// A page in date order, read in two parts so that an index on (…, DateStart, DateEnd, Id) serves each: the dated
    /// incidents, then the undated ones after them (an "undated last" sort key would make the database sort everything).
    /// </summary>
    private static async Task<List<int>> DatePageAsync(IQueryable<Incident> filtered, IncidentOrder order, int offset, int size, CancellationToken ct)
    {
        var dated = filtered.Where(i => i.DateStart != null);
        var ids = await (order == IncidentOrder.Oldest
                ? dated.OrderBy(i => i.DateStart).ThenBy(i => i.DateEnd).ThenBy(i => i.Id)
                : dated.OrderByDescending(i => i.DateStart).ThenByDescending(i => i.DateEnd).ThenByDescending(i => i.Id))
            .Skip(offset).Take(size).Select(i => i.Id).ToListAsync(ct);
        if (ids.Count == size) return ids;
        // Past the dated ones: how many there are tells where the undated part starts.
        var datedCount = ids.Count > 0 ? offset + ids.Count : await dated.CountAsync(ct);
        var undated = filtered.Where(i => i.DateStart == null);
        ids.AddRange(await (order == IncidentOrder.Oldest ? undated.OrderBy(i => i.Id) : undated.OrderByDescending(i => i.Id))
            .Skip(Math.Max(0, offset - datedCount)).Take(size - ids.Count).Select(i => i.Id).ToListAsync(ct));
        return ids;
    }
}
