using BorderWatch.Core.Domain;
using BorderWatch.Core.Store;
using Microsoft.EntityFrameworkCore;

namespace BorderWatch.Core.Queries;

/// <summary>Listed incidents of one border (0: none), type and status under a filter's dates, and how many of them are imprecise for it.</summary>
public sealed record TallyCell(int BorderKey, IncidentType Type, IncidentStatus Status, int Count, int Imprecise);

public static partial class TalliedCounts
{
    /// <summary>
    /// Every non-empty incident tally as a cell (the undated read of <see cref="CellsAsync"/>: every rendered timeline and
    /// overview makes it): EF's SQL made once per model and read by column (<see cref="LeanStatement{TArg}"/>, store37;
    /// before, a compiled query whose shaper allocated two and a half times what the rows are, store32 and store36).
    /// </summary>
    private static readonly LeanStatement<int> AllCells = new((db, _) => db.IncidentTallies.AsNoTracking().Where(t => t.Count > 0)
        .Select(t => new { t.BorderKey, t.Type, t.Status, t.Count }), 0, columns: 4);

    /// <summary>
    /// Every (border, type, status) cell of listed incidents under the filter's date range only (its border, types and
    /// statuses are left to <see cref="Matching"/>, so one read serves the total and the three facets). Without dates:
    /// the incident tallies. With dates: the years wholly inside the range from <see cref="YearTally"/> (one row per cell
    /// and year, so a range of decades reads about as many rows as one of a year); in the other years of the range, from
    /// <see cref="DateTally"/>, the months wholly inside the range, and the year-dated rows by the filter's rule
    /// (overlapping or within); the at most two months a day-precise bound cuts are
    /// counted from their incidents (an index range of one month each), since their day-dated incidents may fall either side.
    /// Exact, like <see cref="IncidentQueries.ByDate"/> and <see cref="IncidentQueries.ImpreciseFor"/>.
    /// </summary>
    public static async Task<IReadOnlyList<TallyCell>> CellsAsync(BorderWatchDbContext db, IncidentFilter f, CancellationToken ct = default)
    {
        if (!IsDated(f))
        {
            return await AllCells.ReadAsync(db, 0, static r => new TallyCell(r.GetInt32(0), r.Enum<IncidentType>(1), r.Enum<IncidentStatus>(2), r.GetInt32(3), 0), ct);
        }
        var w = DateWindow.Of(f);
        var (from, to, within) = (w.From, w.To, w.Within);
        var (firstMonth, lastMonth, firstYear, lastYear, impreciseA, impreciseB) = (w.FirstMonth, w.LastMonth, w.FirstYear, w.LastYear, w.ImpreciseA, w.ImpreciseB);
        var scanFrom = Math.Max(1, from?.Year ?? 1);
        var scanTo = to?.Year ?? 9999;
        // Years the range covers whole (1 January to 31 December): every incident dated in them is inside the range,
        // under either rule, and none is imprecise; their counts come from the year tallies (one row per cell and year).
        // The month tallies are then read only for the at most two edge years.
        var wholeFirst = from is DateOnly a3 ? a3.Year + (a3.DayOfYear == 1 ? 0 : 1) : 1;
        var wholeLast = to is DateOnly b3 ? b3.Year - (b3.Month == 12 && b3.Day == 31 ? 0 : 1) : 9999;
        var cells = new Dictionary<(int, IncidentType, IncidentStatus), (int, int)>();
        void Add(int border, IncidentType type, IncidentStatus status, int n, int imprecise)
        {
            var (n0, i0) = cells.GetValueOrDefault((border, type, status));
            cells[(border, type, status)] = (n0 + n, i0 + imprecise);
        }
        // Year ranges of the month tallies to read: the whole range when it covers no year whole, else the edge years.
        var monthRanges = new List<(int From, int To)>();
        if (wholeFirst <= wholeLast)
        {
            var years = await db.YearTallies.AsNoTracking()
                .Where(t => t.Year >= wholeFirst && t.Year <= wholeLast && t.Count > 0)
                .GroupBy(t => new { t.BorderKey, t.Type, t.Status })
                .Select(g => new { g.Key.BorderKey, g.Key.Type, g.Key.Status, N = g.Sum(t => t.Count) })
                .ToListAsync(ct);
            foreach (var y in years) Add(y.BorderKey, y.Type, y.Status, y.N, 0);
            if (scanFrom < wholeFirst) monthRanges.Add((scanFrom, wholeFirst - 1));
            if (scanTo > wholeLast) monthRanges.Add((wholeLast + 1, scanTo));
        }
        else monthRanges.Add((scanFrom, scanTo));
        foreach (var (lo, hi) in monthRanges)
        {
            var tallied = await db.DateTallies.AsNoTracking()
                .Where(t => t.Year >= lo && t.Year <= hi && t.Count > 0
                    && (t.Month == 0
                        ? t.Year >= firstYear && t.Year <= lastYear
                        : t.Year * 12 + t.Month >= firstMonth && t.Year * 12 + t.Month <= lastMonth))
                .GroupBy(t => new { t.BorderKey, t.Type, t.Status })
                .Select(g => new
                {
                    g.Key.BorderKey, g.Key.Type, g.Key.Status, N = g.Sum(t => t.Count),
                    Imprecise = g.Sum(t => t.Month == 0 && (t.Year == impreciseA || t.Year == impreciseB) ? t.Count : 0),
                })
                .ToListAsync(ct);
            foreach (var x in tallied) Add(x.BorderKey, x.Type, x.Status, x.N, x.Imprecise);
        }

        var lowest = from ?? DateOnly.MinValue;
        var highest = to ?? DateOnly.MaxValue;
        foreach (var monthStart in w.CutMonths)
        {
            var inMonth = w.InMonth(db, monthStart);
            var rows = await inMonth
                .GroupBy(i => new { i.BorderSegmentId, i.Type, i.Status })
                .Select(g => new { g.Key.BorderSegmentId, g.Key.Type, g.Key.Status, N = g.Count(), Imprecise = g.Count(i => i.DateStart < lowest || i.DateEnd > highest) })
                .ToListAsync(ct);
            foreach (var r in rows) Add(r.BorderSegmentId ?? 0, r.Type, r.Status, r.N, within ? 0 : r.Imprecise);
        }
        return cells.Where(x => x.Value.Item1 > 0)
            .Select(x => new TallyCell(x.Key.Item1, x.Key.Item2, x.Key.Item3, x.Value.Item1, x.Value.Item2)).ToList();
    }

    /// <summary>The cells under a border key (<see cref="BorderKeyAsync"/>), the filter's types and its statuses.</summary>
    public static IEnumerable<TallyCell> Matching(IEnumerable<TallyCell> cells, int? borderKey, IncidentFilter f) =>
        cells.Where(c => (borderKey is not int k || c.BorderKey == k)
            && (f.Types.Count == 0 || f.Types.Contains(c.Type))
            && (f.Statuses.Count == 0 || f.Statuses.Contains(c.Status)));
}
