using BorderWatch.Core.Domain;
using BorderWatch.Core.Store;
using Microsoft.EntityFrameworkCore;

namespace BorderWatch.Core.Queries;

public static partial class IncidentListing
{
    /// <summary>
    /// Every id of the filtered incidents in the order, <paramref name="size"/> at a time. Date orders: keyset reads, each
    /// batch the next ones after the last (DateStart, DateEnd, Id) sent, through the date index, then the undated ones by
    /// id; a batch costs the same wherever it is in the view. Type, status and border orders (newest first within a
    /// group): the same keyset reads within each group, the groups in the database's order of their values (with
    /// <paramref name="db"/>), so the first batch does not wait for the whole view to be sorted. Confidence (a number, no
    /// groups to walk): the ordered ids in one read, then in batches.
    /// </summary>
    /// <param name="lead">Date orders: the same incidents as a query that reads a short first batch faster (the walked
    /// query of <see cref="ResolvedFilter.Query"/>); the first batch is then its first <paramref name="leadSize"/> ids and
    /// the keyset reads go on from there.</param>
    /// <param name="later">Date orders: the same incidents as a query the reads after the lead use, made when first needed
    /// (an export resolves a large actor group's ids only after its first rows are out); null: <paramref name="filtered"/>.</param>
    public static async IAsyncEnumerable<int[]> OrderedIdBatchesAsync(IQueryable<Incident> filtered, IncidentOrder order, int size,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct = default, BorderWatchDbContext? db = null,
        IQueryable<Incident>? lead = null, int leadSize = 0, Func<Task<IQueryable<Incident>>>? later = null)
    {
        if (order is IncidentOrder.Newest or IncidentOrder.Oldest)
        {
            await foreach (var batch in DateBatchesAsync(filtered, order == IncidentOrder.Oldest, size, ct, lead, leadSize, later)) yield return batch;
            yield break;
        }
        if (later is not null) filtered = await later();
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
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct, IQueryable<Incident>? lead = null, int leadSize = 0,
        Func<Task<IQueryable<Incident>>>? later = null)
    {
        var dated = filtered.Where(i => i.DateStart != null);
        (DateOnly Start, DateOnly End, int Id)? last = null;
        var first = lead is not null && leadSize > 0 && leadSize < size;
        async Task SwitchAsync()
        {
            if (later is null) return;
            filtered = await later();
            later = null;
            dated = filtered.Where(i => i.DateStart != null);
        }
        while (true)
        {
            if (!first) await SwitchAsync();
            var q = first ? lead!.Where(i => i.DateStart != null) : dated;
            var take = first ? leadSize : size;
            first = false;
            if (last is var (s, e, id))
                q = oldest
                    ? q.Where(i => i.DateStart >= s && (i.DateStart > s || i.DateEnd > e || (i.DateEnd == e && i.Id > id)))
                    : q.Where(i => i.DateStart <= s && (i.DateStart < s || i.DateEnd < e || (i.DateEnd == e && i.Id < id)));
            var rows = await (oldest
                    ? q.OrderBy(i => i.DateStart).ThenBy(i => i.DateEnd).ThenBy(i => i.Id)
                    : q.OrderByDescending(i => i.DateStart).ThenByDescending(i => i.DateEnd).ThenByDescending(i => i.Id))
                .Take(take).Select(i => new { i.Id, Start = i.DateStart!.Value, End = i.DateEnd!.Value }).ToListAsync(ct);
            if (rows.Count > 0) yield return rows.Select(r => r.Id).ToArray();
            if (rows.Count < take) break;
            last = (rows[^1].Start, rows[^1].End, rows[^1].Id);
        }
        await SwitchAsync();
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
}
