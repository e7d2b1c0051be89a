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
        var border = BorderAlone(withoutDates) ? withoutDates.Border!.Trim().ToUpperInvariant() : null;
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
            // Both in one statement: two scalar subqueries (each the index read it was as a statement of its own) on one
            // row of the border segments, a table that is never large; two statements when it has none. Under a border
            // alone (every rendered timeline) EF's same SQL, made once and read by column (store40).
            var bounds = border is not null
                ? (await BorderBounds.ReadAsync(db, (border, lastYear), r => new Bounds(r.NullableDate(0), r.NullableDate(1)), ct)).FirstOrDefault()
                : await BoundsOf(db, all, lastYear).FirstOrDefaultAsync(ct);
            (first, last) = bounds is not null ? (bounds.First, bounds.Last)
                : (await Starts(all).FirstOrDefaultAsync(ct), await EndsOfYear(all, lastYear).MaxAsync(ct));
        }
        var undatedCount = months.Where(m => m.Year == 0).Sum(m => m.Count);
        // No undated events in the counts: neither their ids nor their rows are read (five statements fewer).
        var undatedIds = undatedCount == 0 ? []
            : border is not null ? await BorderUndated.ReadAsync(db, border, r => r.GetInt32(0), ct)
            : await UndatedOf(db, all).ToListAsync(ct);
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

    private sealed record Bounds(DateOnly? First, DateOnly? Last);

    private static IQueryable<DateOnly?> Starts(IQueryable<Incident> all) =>
        all.Where(i => i.DateStart != null).OrderBy(i => i.DateStart).Select(i => i.DateStart);

    // Every date lies within one calendar year, so the latest end is among the incidents of the latest year.
    private static IQueryable<DateOnly?> EndsOfYear(IQueryable<Incident> all, DateOnly lastYear) =>
        all.Where(i => i.DateStart >= lastYear && i.DateEnd != null).Select(i => i.DateEnd);

    private static IQueryable<Bounds> BoundsOf(BorderWatchDbContext db, IQueryable<Incident> all, DateOnly lastYear)
    {
        var starts = Starts(all);
        var endsOfLastYear = EndsOfYear(all, lastYear);
        return db.BorderSegments.AsNoTracking().Select(_ => new Bounds(starts.FirstOrDefault(), endsOfLastYear.Max())).Take(1);
    }

    private static IQueryable<int> UndatedOf(BorderWatchDbContext db, IQueryable<Incident> all) =>
        EventCounts.Rows(db, all, ListUnit.Event).Where(i => i.DateStart == null).OrderBy(i => i.Id).Select(i => i.Id).Take(UndatedShown);

    /// <summary>
    /// Whether the filter (without its dates) is a border alone, for which <see cref="IncidentQueries.Apply(IQueryable{Incident}, IncidentFilter, BorderWatchDbContext)"/>'s
    /// SQL depends on nothing but the border's code: then the bounds and the undated ids are read as lean statements.
    /// </summary>
    internal static bool BorderAlone(IncidentFilter f) =>
        TalliedCounts.Answers(f) && f.Types.Count == 0 && f.Statuses.Count == 0 && f.From is null && f.To is null
        && !f.WithoutBorder && !string.IsNullOrWhiteSpace(f.Border);

    private static IQueryable<Incident> UnderBorder(BorderWatchDbContext db, string border) =>
        db.Incidents.AsNoTracking().Apply(new IncidentFilter { Border = border }, db);

    // Every parameter EF makes for these statements: Apply's "listed" (Hidden = false), the border's code (the stand-in is
    // what Apply sends for it: trimmed, upper-case), the latest year and the limit. Each differs from the others, so
    // LeanStatement matches each to EF's parameter when made (and throws if EF's parameters ever change).
    private static readonly LeanStatement<(string Border, DateOnly LastYear)> BorderBounds = new(
        (db, a) => BoundsOf(db, UnderBorder(db, a.Border), a.LastYear), ("ZZZ-ZZZ", new DateOnly(1, 1, 1)), columns: 2,
        a => [false, a.Border, a.LastYear, 1]);

    private static readonly LeanStatement<string> BorderUndated = new(
        (db, border) => UndatedOf(db, UnderBorder(db, border)), "ZZZ-ZZZ", columns: 1, border => [false, border, UndatedShown]);
}
