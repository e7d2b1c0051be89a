using BorderWatch.Core.Domain;
using BorderWatch.Core.Queries;
using BorderWatch.Core.Review;
using BorderWatch.Core.Store;
using Microsoft.EntityFrameworkCore;

namespace BorderWatch.Web.Dashboard;

/// <summary>
/// One dated event on a time axis (an incident, or the first listed report of an accepted event): its possible date
/// range, what the dot says and, when it stands for several reports, the event's reach.
/// </summary>
public sealed record TimelinePoint(int Id, DateOnly Start, DateOnly End, DatePrecision Precision, IncidentType Type, IncidentStatus Status, string Summary,
    EventReach? Event = null)
{
    /// <summary>The incident as a point, or null when it has no date.</summary>
    public static TimelinePoint? Of(IncidentListItem i) => i.Date is { Start: DateOnly s, End: DateOnly e }
        ? new TimelinePoint(i.Id, s, e, i.Date.Precision, i.Type, i.Status, i.Summary, i.Event)
        : null;

    /// <summary>
    /// The dots of a list page: one per event, so reports of one accepted event on the page are one dot (drawn at the
    /// first of them on the page) that says "N sources, M outlets".
    /// </summary>
    public static IReadOnlyList<TimelinePoint> OfPage(IEnumerable<IncidentListItem> items) =>
        items.DistinctBy(i => i.Event?.EventId is int e ? -e : i.Id).Select(Of).OfType<TimelinePoint>().ToList();
}

/// <summary>Incidents per calendar month (month- or day-dated incidents only).</summary>
public sealed record MonthBin(DateOnly Month, int Count);

/// <summary>
/// What a border's time axis draws, in events (<see cref="EventCounts"/>: the reports of an accepted event once, on its
/// first listed report's month), with work bounded whatever the number of incidents: monthly counts of everything
/// the filter (without its dates) leaves (from the store's month tallies when the filter is a border alone, else one
/// grouped pass, minus the repeat reports per month: analysts' groupings, a few rows), the date range, how many are
/// dated only to a year or not at all, the first undated events, and as dots only the events of the list's current
/// page (<see cref="Points"/>).
/// </summary>
public sealed record TimelineData
{
    /// <summary>How many undated incidents the page lists in their own section.</summary>
    public const int UndatedShown = 20;

    /// <summary>Incidents drawn as dots and bars: the incidents of the list page below.</summary>
    public IReadOnlyList<TimelinePoint> Points { get; init; } = [];
    /// <summary>Month- and day-dated events per month (first day of the month).</summary>
    public IReadOnlyDictionary<DateOnly, int> MonthCounts { get; init; } = new Dictionary<DateOnly, int>();
    public int YearOnly { get; init; }
    /// <summary>Events with a date (any precision).</summary>
    public int Dated { get; init; }
    /// <summary>Listed reports (incidents) under the filter, dated or not: what the events are counted from.</summary>
    public int Reports { get; init; }
    /// <summary>Events under the filter, dated or not.</summary>
    public int Events => Dated + UndatedCount;
    public DateOnly? First { get; init; }
    public DateOnly? Last { get; init; }
    public int UndatedCount { get; init; }
    /// <summary>The first <see cref="UndatedShown"/> undated incidents by id.</summary>
    public IReadOnlyList<IncidentListItem> Undated { get; init; } = [];
    /// <summary>The ids of <see cref="Undated"/>, in its order; read even when the rows are left to the caller
    /// (<c>undatedRows: false</c> of <see cref="LoadAsync"/>: the border page loads them with its list's page).</summary>
    public IReadOnlyList<int> UndatedIds { get; init; } = [];

    /// <summary>Monthly counts between <paramref name="from"/> and <paramref name="to"/> (month- and day-dated events), every month present.</summary>
    public IReadOnlyList<MonthBin> Monthly(DateOnly from, DateOnly to)
    {
        var bins = new List<MonthBin>();
        for (var m = new DateOnly(from.Year, from.Month, 1); m <= to; m = m.AddMonths(1))
            bins.Add(new MonthBin(m, MonthCounts.GetValueOrDefault(m)));
        return bins;
    }

    /// <summary>A timeline of exactly these incidents (all drawn): small sets and tests.</summary>
    public static TimelineData FromPoints(IReadOnlyList<TimelinePoint> points, DateOnly? first, DateOnly? last, IReadOnlyList<IncidentListItem> undated) => new()
    {
        Points = points,
        MonthCounts = points.Where(p => p.Precision != DatePrecision.Year)
            .GroupBy(p => new DateOnly(p.Start.Year, p.Start.Month, 1)).ToDictionary(g => g.Key, g => g.Count()),
        YearOnly = points.Count(p => p.Precision == DatePrecision.Year),
        Dated = points.Count,
        Reports = points.Count + undated.Count,
        First = first, Last = last,
        UndatedCount = undated.Count, Undated = undated,
    };

    /// <param name="filter">The list's filter; its date range is ignored (the axis shows the whole period, the brush selects in it).</param>
    /// <param name="storeRepeats">The store's repeat reports (<see cref="EventCounts.RepeatsAsync"/>) when the caller has
    /// read them already (the border page, for its summary): under a border alone the months' repeats are taken from them
    /// instead of read again (one statement over the event reports fewer per render).</param>
    /// <param name="undatedRows">False: only the undated events' ids (<see cref="UndatedIds"/>), not their rows, which the
    /// caller loads with other incidents (the border page, with its list's page: one listing load instead of two).</param>
    public static async Task<TimelineData> LoadAsync(BorderWatchDbContext db, IncidentFilter filter, CancellationToken ct = default,
        IReadOnlyList<RepeatCount>? storeRepeats = null, bool undatedRows = true)
    {
        var withoutDates = filter with { From = null, To = null };
        var all = db.Incidents.AsNoTracking().Apply(withoutDates, db);
        List<(int Year, int Month, int Count)> months;
        Dictionary<(int Year, int Month), int>? repeats = null;
        if (TalliedCounts.Answers(withoutDates) && withoutDates.Types.Count == 0 && withoutDates.Statuses.Count == 0)
        {
            var key = await TalliedCounts.BorderKeyAsync(db, withoutDates, ct);
            months = (await TalliedCounts.MonthsAsync(db, key, ct))
                .GroupBy(m => (m.Year, m.Month)).Select(g => (g.Key.Year, g.Key.Month, g.Sum(m => m.Count))).ToList();
            // The same rows RepeatsByMonthAsync reads under this filter: listed repeat reports of the border (key 0: none).
            repeats = storeRepeats?.Where(r => key is not int k || r.BorderKey == k)
                .GroupBy(r => (r.Year, r.Month)).ToDictionary(g => g.Key, g => g.Sum(r => r.Count));
        }
        else
            months = (await all.GroupBy(i => new { i.DateYear, i.DateMonth })
                    .Select(g => new { g.Key.DateYear, g.Key.DateMonth, N = g.Count() }).ToListAsync(ct))
                .Select(x => (x.DateYear ?? 0, x.DateYear is null ? 0 : x.DateMonth ?? 0, x.N)).ToList();

        var reports = months.Sum(m => m.Count);
        // Events, not reports: the later reports of accepted events leave their months (the overview's definition).
        repeats ??= (await EventCounts.RepeatsByMonthAsync(db, withoutDates, ct)).ToDictionary(r => (r.Year, r.Month), r => r.Count);
        months = months.Select(m => (m.Year, m.Month, m.Count - repeats.GetValueOrDefault((m.Year, m.Month)))).Where(m => m.Item3 > 0).ToList();
        var dated = months.Where(m => m.Year > 0).ToList();
        DateOnly? first = null, last = null;
        if (dated.Count > 0)
        {
            // Every date lies within one calendar year, so the latest end is among the incidents of the latest year.
            var lastYear = new DateOnly(dated.Max(m => m.Year), 1, 1);
            var starts = all.Where(i => i.DateStart != null).OrderBy(i => i.DateStart).Select(i => i.DateStart);
            var endsOfLastYear = all.Where(i => i.DateStart >= lastYear && i.DateEnd != null).Select(i => i.DateEnd);
            // Both in one statement: two scalar subqueries (each the index read it was as a statement of its own) on one
            // row of the border segments, a table that is never large; two statements when it has none.
            var bounds = await db.BorderSegments.AsNoTracking()
                .Select(_ => new { First = starts.FirstOrDefault(), Last = endsOfLastYear.Max() })
                .FirstOrDefaultAsync(ct);
            (first, last) = bounds is not null ? (bounds.First, bounds.Last)
                : (await starts.FirstOrDefaultAsync(ct), await endsOfLastYear.MaxAsync(ct));
        }
        var undatedCount = months.Where(m => m.Year == 0).Sum(m => m.Count);
        // No undated events in the counts: neither their ids nor their rows are read (five statements fewer).
        var undatedIds = undatedCount == 0 ? []
            : await EventCounts.Rows(db, all, ListUnit.Event).Where(i => i.DateStart == null).OrderBy(i => i.Id).Select(i => i.Id).Take(UndatedShown).ToListAsync(ct);
        return new TimelineData
        {
            MonthCounts = dated.Where(m => m.Month > 0).ToDictionary(m => new DateOnly(m.Year, m.Month, 1), m => m.Count),
            YearOnly = dated.Where(m => m.Month == 0).Sum(m => m.Count),
            Dated = dated.Sum(m => m.Count),
            Reports = reports,
            First = first, Last = last,
            UndatedCount = undatedCount,
            UndatedIds = undatedIds,
            Undated = undatedIds.Count == 0 || !undatedRows ? [] : await IncidentListing.LoadWithReachAsync(db, undatedIds, ct),
        };
    }
}
