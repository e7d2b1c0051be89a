using BorderWatch.Core.Domain;
using BorderWatch.Core.Queries;
using BorderWatch.Core.Store;
using Microsoft.EntityFrameworkCore;

namespace BorderWatch.Web.Dashboard;

/// <summary>One dated incident on a time axis: its possible date range and what the dot says.</summary>
public sealed record TimelinePoint(int Id, DateOnly Start, DateOnly End, DatePrecision Precision, IncidentType Type, IncidentStatus Status, string Summary);

/// <summary>Incidents per calendar month (month- or day-dated incidents only).</summary>
public sealed record MonthBin(DateOnly Month, int Count);

/// <summary>
/// What a border's time axis draws: every dated incident the filter (without its dates) leaves, the border's own
/// date range, monthly counts, and the undated incidents for their own section.
/// </summary>
public sealed record TimelineData(IReadOnlyList<TimelinePoint> Points, DateOnly? First, DateOnly? Last, IReadOnlyList<IncidentListItem> Undated)
{
    public int YearOnly => Points.Count(p => p.Precision == DatePrecision.Year);

    /// <summary>Monthly counts between <paramref name="from"/> and <paramref name="to"/> (month- and day-dated incidents), every month present.</summary>
    public IReadOnlyList<MonthBin> Monthly(DateOnly from, DateOnly to)
    {
        var counts = Points.Where(p => p.Precision != DatePrecision.Year)
            .GroupBy(p => new DateOnly(p.Start.Year, p.Start.Month, 1)).ToDictionary(g => g.Key, g => g.Count());
        var bins = new List<MonthBin>();
        for (var m = new DateOnly(from.Year, from.Month, 1); m <= to; m = m.AddMonths(1))
            bins.Add(new MonthBin(m, counts.GetValueOrDefault(m)));
        return bins;
    }

    /// <param name="filter">The list's filter; its date range is ignored (the axis shows the whole period, the brush selects in it).</param>
    public static async Task<TimelineData> LoadAsync(BorderWatchDbContext db, IncidentFilter filter, CancellationToken ct = default)
    {
        var all = db.Incidents.AsNoTracking().Apply(filter with { From = null, To = null });
        var points = await all.Where(i => i.DateStart != null && i.DateEnd != null)
            .OrderBy(i => i.DateStart).ThenBy(i => i.Id)
            .Select(i => new TimelinePoint(i.Id, i.DateStart!.Value, i.DateEnd!.Value, i.DatePrecision, i.Type, i.Status, i.Summary))
            .ToListAsync(ct);
        var undatedIds = await all.Where(i => i.DateStart == null).OrderBy(i => i.Id).Select(i => i.Id).Take(200).ToListAsync(ct);
        var undated = await IncidentListing.LoadAsync(db, undatedIds, ct);
        return new TimelineData(points, points.Count == 0 ? null : points.Min(p => p.Start), points.Count == 0 ? null : points.Max(p => p.End), undated);
    }
}
