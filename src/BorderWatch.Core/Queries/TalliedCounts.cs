using BorderWatch.Core.Domain;
using BorderWatch.Core.Store;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;

namespace BorderWatch.Core.Queries;

/// <summary>
/// Counts read from the tallies the store keeps by triggers (<see cref="IncidentTally"/>, <see cref="MonthTally"/>,
/// <see cref="ActorTally"/>, <see cref="DateTally"/>) instead of counting incidents: exact, and a few hundred or
/// thousand rows whatever the store's size. They answer filters made only of a border (or "no border"), types,
/// statuses and a date range over listed incidents (<see cref="Answers"/>; the actor tallies only without dates); any
/// other condition (actors, text, an article, places, rejected incidents included) needs the incidents themselves.
/// </summary>
public static partial class TalliedCounts
{
    /// <summary>Whether the tallies can answer the total and the border, type and status counts under this filter.</summary>
    public static bool Answers(IncidentFilter f) =>
        !f.IncludeRejected && f.Countries.Count == 0 && f.Organizations.Count == 0 && f.Persons.Count == 0
        && string.IsNullOrWhiteSpace(f.Text) && f.ArticleId is null && f.ActorId is null && f.PlaceIds.Count == 0;

    /// <summary>Whether the filter has a date range (the tallies then answer only through <see cref="CellsAsync"/>).</summary>
    public static bool IsDated(IncidentFilter f) => f.From is not null || f.To is not null;

    /// <summary>Whether the tallies answer the counts of this facet under this filter (the actor tallies have no dates).</summary>
    public static bool AnswersFacet(IncidentFilter f, FacetField field) =>
        Answers(f) && (!IsDated(f) || field is FacetField.Border or FacetField.Type or FacetField.Status);

    /// <summary>The border key of the filter: null for any border, 0 for "no border", -1 for a code the store does not track.</summary>
    public static async Task<int?> BorderKeyAsync(BorderWatchDbContext db, IncidentFilter f, CancellationToken ct = default)
    {
        if (f.WithoutBorder) return 0;
        if (string.IsNullOrWhiteSpace(f.Border)) return null;
        var code = f.Border.Trim().ToUpperInvariant();
        return (await BorderIdsAsync(db, ct)).TryGetValue(code, out var id) ? id : -1;
    }

    /// <summary>
    /// Border segment ids by code, read once per context (a few dozen rows) and kept with it, for the lease they were read in:
    /// a pooled context (<c>PooledDbContextFactory</c>) is the same object on its next lease, which must read them afresh.
    /// </summary>
    private static readonly ConditionalWeakTable<BorderWatchDbContext, KeptBorderIds> BorderIds = new();

    private sealed record KeptBorderIds(int Lease, IReadOnlyDictionary<string, int> Ids);

    /// <summary>
    /// Every border segment's id by code, read once per context: a page's count, facets, timeline and tallies each asked
    /// for the filter's border key, one statement each (4–5 per timeline render).
    /// </summary>
    public static async Task<IReadOnlyDictionary<string, int>> BorderIdsAsync(BorderWatchDbContext db, CancellationToken ct = default)
    {
        // The app's kept reference rows when the context carries them (no statement while nothing was written).
        if (StoreReferences.Of(db) is { } references) return (await references.GetAsync(db, ct)).BorderIds;
        var lease = db.ContextId.Lease;
        if (BorderIds.TryGetValue(db, out var kept) && kept.Lease == lease) return kept.Ids;
        var read = await db.BorderSegments.AsNoTracking().Select(b => new { b.Code, b.Id }).ToDictionaryAsync(b => b.Code, b => b.Id, StringComparer.Ordinal, ct);
        BorderIds.AddOrUpdate(db, new KeptBorderIds(lease, read));
        return read;
    }

    /// <summary>The number of listed incidents under a filter the tallies answer (<see cref="Answers"/>).</summary>
    public static async Task<int> CountAsync(BorderWatchDbContext db, IncidentFilter f, CancellationToken ct = default) =>
        IsDated(f)
            ? Matching(await CellsAsync(db, f, ct), await BorderKeyAsync(db, f, ct), f).Sum(c => c.Count)
            : await (await IncidentsAsync(db, f, ct)).SumAsync(t => t.Count, ct);

    /// <summary>The incident tallies under the filter's border, types and statuses.</summary>
    public static async Task<IQueryable<IncidentTally>> IncidentsAsync(BorderWatchDbContext db, IncidentFilter f, CancellationToken ct = default)
    {
        var key = await BorderKeyAsync(db, f, ct);
        var q = db.IncidentTallies.AsNoTracking();
        if (key is int k) q = q.Where(t => t.BorderKey == k);
        if (f.Types.Count > 0)
        {
            var types = f.Types.Distinct().ToList();
            q = q.Where(t => types.Contains(t.Type));
        }
        if (f.Statuses.Count > 0)
        {
            var statuses = f.Statuses.Distinct().ToList();
            q = q.Where(t => statuses.Contains(t.Status));
        }
        return q;
    }

    /// <summary>The actor tallies under the filter's border, types and statuses.</summary>
    public static async Task<IQueryable<ActorTally>> ActorsAsync(BorderWatchDbContext db, IncidentFilter f, CancellationToken ct = default)
    {
        var key = await BorderKeyAsync(db, f, ct);
        var q = db.ActorTallies.AsNoTracking();
        if (key is int k) q = q.Where(t => t.BorderKey == k);
        if (f.Types.Count > 0)
        {
            var types = f.Types.Distinct().ToList();
            q = q.Where(t => types.Contains(t.Type));
        }
        if (f.Statuses.Count > 0)
        {
            var statuses = f.Statuses.Distinct().ToList();
            q = q.Where(t => statuses.Contains(t.Status));
        }
        return q;
    }

    /// <summary>Listed incidents per month of one border (or all borders, or none: key 0), with year-only (month 0) and undated (year 0) rows.</summary>
    public static async Task<List<MonthTally>> MonthsAsync(BorderWatchDbContext db, int? borderKey, CancellationToken ct = default)
    {
        static MonthTally Read(System.Data.Common.DbDataReader r) =>
            new() { BorderKey = r.GetInt32(0), Year = r.GetInt32(1), Month = r.GetInt32(2), Count = r.GetInt32(3) };
        return borderKey is int k ? await MonthsOfBorder.ReadAsync(db, k, Read, ct) : await AllMonths.ReadAsync(db, 0, Read, ct);
    }

    /// <summary>
    /// Listed incidents per month of every border (and none: key 0) from <paramref name="fromYear"/>-<paramref name="fromMonth"/>
    /// on, month- and day-dated only (no year-only or undated rows): the overview's charts.
    /// </summary>
    public static Task<List<MonthTally>> MonthsFromAsync(BorderWatchDbContext db, int fromYear, int fromMonth, CancellationToken ct = default) =>
        MonthsFrom.ReadAsync(db, (fromYear, fromMonth), static r => new MonthTally { BorderKey = r.GetInt32(0), Year = r.GetInt32(1), Month = r.GetInt32(2), Count = r.GetInt32(3) }, ct);

    // Read by column too (store42): through EF's query pipeline each of its ~1,000 rows (16 borders x 60 months) cost
    // ~0.5 KB of async enumeration and concurrency-detector state, ~0.6 MB of every rendered overview.
    private static readonly LeanStatement<(int Year, int Month)> MonthsFrom = new((db, from) => db.MonthTallies.AsNoTracking()
        .Where(m => m.Month > 0 && m.Count > 0 && (m.Year > from.Year || (m.Year == from.Year && m.Month >= from.Month)))
        .Select(m => new { m.BorderKey, m.Year, m.Month, m.Count }), (1, 2), columns: 4, values: from => [from.Year, from.Month]);

    // EF's SQL for these, made once per model and read by column (LeanStatement, store36): every rendered timeline and
    // overview reads them, and EF's pipeline and entity shaper cost several times the reading of a few hundred rows.
    private static readonly LeanStatement<int> MonthsOfBorder = new((db, k) => db.MonthTallies.AsNoTracking()
        .Where(m => m.Count > 0).Where(m => m.BorderKey == k)
        .Select(m => new { m.BorderKey, m.Year, m.Month, m.Count }), 1, columns: 4);

    private static readonly LeanStatement<int> AllMonths = new((db, _) => db.MonthTallies.AsNoTracking()
        .Where(m => m.Count > 0)
        .Select(m => new { m.BorderKey, m.Year, m.Month, m.Count }), 0, columns: 4);
}
