using BorderWatch.Core.Domain;
using BorderWatch.Core.Store;
using Microsoft.EntityFrameworkCore;

namespace BorderWatch.Core.Queries;

/// <summary>How a list of incidents is sorted. Undated incidents come last in the date orders; ties break by id.</summary>
public enum IncidentOrder { Newest, Oldest, Type, Border, Status, Confidence }

/// <summary>An actor as a list shows it: enough for a chip that applies a filter.</summary>
public sealed record ActorRef(int Id, ActorKind Kind, string CanonicalName, string DisplayName, ActorRole Role);

/// <summary>An excerpt with the article it comes from.</summary>
public sealed record ExcerptRef(int Id, int ArticleId, string? ArticleTitle, string ArticleSource, int Start, int End, string Text);

/// <summary>One incident as timelines and lists show it.</summary>
public sealed record IncidentListItem
{
    public required int Id { get; init; }
    public required IncidentType Type { get; init; }
    public PartialDate Date { get; init; }
    public bool DateInferred { get; init; }
    public string? DateNote { get; init; }
    public string? BorderCode { get; init; }
    public string? BorderName { get; init; }
    public IncidentStatus Status { get; init; }
    public string? Attribution { get; init; }
    public required string Summary { get; init; }
    public double Confidence { get; init; }
    public string? Location { get; init; }
    public int ArticleId { get; init; }
    public string? ArticleTitle { get; init; }
    public string? OutletName { get; init; }
    /// <summary>Articles that carry the incident: those of its excerpts plus their syndicated copies.</summary>
    public int SourceCount { get; init; }
    public IReadOnlyList<ActorRef> Actors { get; init; } = [];
    public IReadOnlyList<ExcerptRef> Excerpts { get; init; } = [];
    /// <summary>Where analysts' decisions leave it (the values above are then the reviewed ones).</summary>
    public Review.ReviewState Review { get; init; }
    public string? ReviewedBy { get; init; }
    public DateTimeOffset? ReviewedAt { get; init; }
    public int? MergedIntoId { get; init; }
    /// <summary>The event it stands for in event counts with that event's reach (set on list pages: <see cref="Review.EventReaches"/>).</summary>
    public Review.EventReach? Event { get; init; }
}

/// <summary>How many rows a filtered list has in all (<see cref="IncidentListing.CountAsync"/>): the same for each of its pages and orders.</summary>
/// <param name="Imprecise">With a date filter, how many reach outside its range (<see cref="IncidentPage.ImpreciseCount"/>); null without one.</param>
/// <param name="LowerBound">More match than were counted (<see cref="IncidentPage.TotalIsLowerBound"/>).</param>
public sealed record ListCount(int Total, int? Imprecise, bool LowerBound);

/// <summary>One page of a filtered, ordered incident list.</summary>
public sealed record IncidentPage(IReadOnlyList<IncidentListItem> Items, int Total, int Page, int PageSize)
{
    public int PageCount => Total == 0 ? 1 : (Total + PageSize - 1) / PageSize;

    /// <summary>
    /// With a date filter: how many of the <see cref="Total"/> results have dates that reach outside the filter's range
    /// (a "2016" incident under a March 2016 filter). Always 0 under <see cref="DateMatch.Within"/>; null without a date filter.
    /// </summary>
    public int? ImpreciseCount { get; init; }

    /// <summary>
    /// More incidents match than were counted (<see cref="IncidentListing.CountCap"/>): <see cref="Total"/> and
    /// <see cref="ImpreciseCount"/> are then lower bounds ("more than 10,000"), and pages past them may still hold results.
    /// </summary>
    public bool TotalIsLowerBound { get; init; }

    /// <summary>The words and phrases of the text filter to highlight (folded, prefixes ending in '*'); empty without one.</summary>
    public IReadOnlyList<string> HighlightTerms { get; init; } = [];
}

/// <summary>Pages of incidents for timelines, lists and the API; the same filter semantics as exports.</summary>
public static class IncidentListing
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
    /// and the total counts events. Every item carries the reach of the event it stands for.
    /// </summary>
    public static async Task<IncidentPage> PageAsync(BorderWatchDbContext db, ResolvedFilter resolved, IncidentOrder order,
        int page, int pageSize, CancellationToken ct = default, int countCap = CountCap, Review.ListUnit unit = Review.ListUnit.Report,
        ListCount? counted = null)
    {
        var filter = resolved.Filter;
        pageSize = Math.Clamp(pageSize, 1, MaxPageSize);
        var filtered = Review.EventCounts.Rows(db, resolved.Query(db), unit);
        var (total, imprecise, lowerBound) = counted ?? await CountAsync(db, resolved, ct, countCap, unit);
        var pageCount = Math.Max(1, (total + pageSize - 1) / pageSize);
        // Past a lower-bound total the requested page is read as asked (it may be empty); otherwise the last page is the limit.
        page = lowerBound ? Math.Max(1, page) : Math.Clamp(page, 1, pageCount);
        var ids = order is IncidentOrder.Newest or IncidentOrder.Oldest
            ? await DatePageAsync(filtered, order, (page - 1) * pageSize, pageSize, ct)
            : await filtered.Ordered(order).Skip((page - 1) * pageSize).Take(pageSize).Select(i => i.Id).ToListAsync(ct);
        var items = await Review.EventReaches.AttachAsync(db, await LoadAsync(db, ids, ct), ct);
        return new IncidentPage(items, total, page, pageSize)
        {
            TotalIsLowerBound = lowerBound,
            ImpreciseCount = imprecise,
            HighlightTerms = SearchQuery.Parse(filter.Text).HighlightTerms,
        };
    }

    /// <summary>
    /// How many rows a page of this filter has in all (<see cref="IncidentPage.Total"/>, <see cref="IncidentPage.ImpreciseCount"/>,
    /// <see cref="IncidentPage.TotalIsLowerBound"/>): the same for every page and order of the filter, so a caller may keep
    /// it for the store's version (<see cref="StoreVersion"/>) and pass it to <see cref="PageAsync(BorderWatchDbContext, ResolvedFilter, IncidentOrder, int, int, CancellationToken, int, Review.ListUnit, ListCount?)"/>.
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

    /// <summary>
    /// Every id of the filtered incidents in the order, <paramref name="size"/> at a time. Date orders: keyset reads, each
    /// batch the next ones after the last (DateStart, DateEnd, Id) sent, through the date index, then the undated ones by
    /// id; a batch costs the same wherever it is in the view. Type, status and border orders (newest first within a
    /// group): the same keyset reads within each group, the groups in the database's order of their values (with
    /// <paramref name="db"/>), so the first batch does not wait for the whole view to be sorted. Confidence (a number, no
    /// groups to walk): the ordered ids in one read, then in batches.
    /// </summary>
    public static async IAsyncEnumerable<int[]> OrderedIdBatchesAsync(IQueryable<Incident> filtered, IncidentOrder order, int size,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct = default, BorderWatchDbContext? db = null)
    {
        if (order is IncidentOrder.Newest or IncidentOrder.Oldest)
        {
            await foreach (var batch in DateBatchesAsync(filtered, order == IncidentOrder.Oldest, size, ct)) yield return batch;
            yield break;
        }
        if (db is null || order == IncidentOrder.Confidence)
        {
            foreach (var chunk in (await filtered.Ordered(order).Select(i => i.Id).ToListAsync(ct)).Chunk(size)) yield return chunk;
            yield break;
        }
        foreach (var group in await GroupsAsync(db, filtered, order, ct))
            await foreach (var batch in DateBatchesAsync(group, oldest: false, size, ct)) yield return batch;
    }

    /// <summary>The filtered incidents split into the groups of a type, status or border order, in that order.</summary>
    private static async Task<List<IQueryable<Incident>>> GroupsAsync(BorderWatchDbContext db, IQueryable<Incident> filtered, IncidentOrder order, CancellationToken ct)
    {
        switch (order)
        {
            case IncidentOrder.Border:
                // By code as the database sorts it, then "no border" last (as Ordered does).
                var borders = await db.BorderSegments.AsNoTracking().OrderBy(b => b.Code).Select(b => b.Id).ToListAsync(ct);
                return [.. borders.Select(id => filtered.Where(i => i.BorderSegmentId == id)), filtered.Where(i => i.BorderSegmentId == null)];
            case IncidentOrder.Type:
                return [.. (await InDatabaseOrderAsync(db, Enum.GetValues<IncidentType>(), ct)).Select(t => filtered.Where(i => i.Type == t))];
            default:
                return [.. (await InDatabaseOrderAsync(db, Enum.GetValues<IncidentStatus>(), ct)).Select(s => filtered.Where(i => i.Status == s))];
        }
    }

    /// <summary>
    /// Enum values in the order the database sorts their stored names (the column holds the name): SQLite compares text
    /// bytewise (its BINARY collation, i.e. ordinal); PostgreSQL sorts them itself, under the database's collation, which
    /// is the column's.
    /// </summary>
    private static async Task<List<T>> InDatabaseOrderAsync<T>(BorderWatchDbContext db, T[] values, CancellationToken ct) where T : struct, Enum
    {
        var names = values.Select(v => v.ToString()).ToArray();
        var sorted = db.Database.IsSqlite()
            ? names.Order(StringComparer.Ordinal).ToList()
            : await db.Database.SqlQuery<string>($"SELECT v AS \"Value\" FROM unnest({names}::text[]) AS v ORDER BY v").ToListAsync(ct);
        return sorted.Select(n => Enum.Parse<T>(n)).ToList();
    }

    /// <summary>Ids in date order (dated by keyset on (DateStart, DateEnd, Id), then undated by id), a batch at a time.</summary>
    private static async IAsyncEnumerable<int[]> DateBatchesAsync(IQueryable<Incident> filtered, bool oldest, int size,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct)
    {
        var dated = filtered.Where(i => i.DateStart != null);
        (DateOnly Start, DateOnly End, int Id)? last = null;
        while (true)
        {
            var q = dated;
            if (last is var (s, e, id))
                q = oldest
                    ? q.Where(i => i.DateStart >= s && (i.DateStart > s || i.DateEnd > e || (i.DateEnd == e && i.Id > id)))
                    : q.Where(i => i.DateStart <= s && (i.DateStart < s || i.DateEnd < e || (i.DateEnd == e && i.Id < id)));
            var rows = await (oldest
                    ? q.OrderBy(i => i.DateStart).ThenBy(i => i.DateEnd).ThenBy(i => i.Id)
                    : q.OrderByDescending(i => i.DateStart).ThenByDescending(i => i.DateEnd).ThenByDescending(i => i.Id))
                .Take(size).Select(i => new { i.Id, Start = i.DateStart!.Value, End = i.DateEnd!.Value }).ToListAsync(ct);
            if (rows.Count > 0) yield return rows.Select(r => r.Id).ToArray();
            if (rows.Count < size) break;
            last = (rows[^1].Start, rows[^1].End, rows[^1].Id);
        }
        var undated = filtered.Where(i => i.DateStart == null);
        int? lastId = null;
        while (true)
        {
            var q = undated;
            if (lastId is int after) q = oldest ? q.Where(i => i.Id > after) : q.Where(i => i.Id < after);
            var ids = await (oldest ? q.OrderBy(i => i.Id) : q.OrderByDescending(i => i.Id)).Take(size).Select(i => i.Id).ToArrayAsync(ct);
            if (ids.Length > 0) yield return ids;
            if (ids.Length < size) break;
            lastId = ids[^1];
        }
    }

    /// <summary>The incidents with these ids, in the order given.</summary>
    public static async Task<IReadOnlyList<IncidentListItem>> LoadAsync(BorderWatchDbContext db, IReadOnlyCollection<int> ids, CancellationToken ct = default)
    {
        if (ids.Count == 0) return [];
        var rows = await db.Incidents.AsNoTracking()
            .Where(i => ids.Contains(i.Id))
            .Select(i => new
            {
                i.Id, i.Type, i.DateYear, i.DateMonth, i.DateDay, i.DateInferred, i.DateNote,
                BorderCode = i.BorderSegment != null ? i.BorderSegment.Code : null,
                BorderName = i.BorderSegment != null ? i.BorderSegment.Name : null,
                i.Status, i.Attribution, i.Summary, i.Confidence,
                Location = i.LocationText ?? (i.Place != null ? i.Place.Name : null),
                i.ArticleId, ArticleTitle = i.Article!.Title,
                OutletName = i.Article.Outlet != null ? i.Article.Outlet.Name : null,
                Actors = i.Actors.Select(a => new { a.ActorId, a.Actor!.Kind, a.Actor.CanonicalName, a.Actor.DisplayName, a.Role }).ToList(),
                Excerpts = i.Excerpts.Select(e => new { e.Id, e.ArticleId, e.Article!.Title, e.Article.SourceName, e.Start, e.End, e.Text }).ToList(),
            })
            .AsSplitQuery()
            .ToListAsync(ct);

        // Syndicated copies count as sources: they are linked to the article rather than given incidents of their own.
        var articleIds = rows.SelectMany(r => r.Excerpts.Select(e => e.ArticleId).Append(r.ArticleId)).Distinct().ToList();
        var copies = await db.Articles.AsNoTracking()
            .Where(a => a.DuplicateOfId != null && articleIds.Contains(a.DuplicateOfId.Value))
            .GroupBy(a => a.DuplicateOfId!.Value)
            .Select(g => new { Original = g.Key, Count = g.Count() })
            .ToDictionaryAsync(x => x.Original, x => x.Count, ct);

        var byId = rows.ToDictionary(r => r.Id, r =>
        {
            var sources = r.Excerpts.Select(e => e.ArticleId).Append(r.ArticleId).Distinct().ToList();
            return new IncidentListItem
            {
                Id = r.Id, Type = r.Type, Date = new PartialDate(r.DateYear, r.DateMonth, r.DateDay),
                DateInferred = r.DateInferred, DateNote = r.DateNote, BorderCode = r.BorderCode, BorderName = r.BorderName,
                Status = r.Status, Attribution = r.Attribution, Summary = r.Summary, Confidence = r.Confidence,
                Location = r.Location, ArticleId = r.ArticleId, ArticleTitle = r.ArticleTitle, OutletName = r.OutletName,
                SourceCount = sources.Count + sources.Sum(a => copies.GetValueOrDefault(a)),
                Actors = r.Actors
                    .OrderBy(a => a.Kind).ThenBy(a => a.DisplayName, StringComparer.OrdinalIgnoreCase).ThenBy(a => a.Role)
                    .Select(a => new ActorRef(a.ActorId, a.Kind, a.CanonicalName, a.DisplayName, a.Role)).ToList(),
                Excerpts = r.Excerpts.OrderBy(e => e.ArticleId).ThenBy(e => e.Start)
                    .Select(e => new ExcerptRef(e.Id, e.ArticleId, e.Title, e.SourceName, e.Start, e.End, e.Text)).ToList(),
            };
        });
        // Analysts' decisions over the machine's values (reviewed incidents only).
        return await Review.ReviewOverlay.ApplyAsync(db, ids.Where(byId.ContainsKey).Select(id => byId[id]).ToList(), ct);
    }
}
