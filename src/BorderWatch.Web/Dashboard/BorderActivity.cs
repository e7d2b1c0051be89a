using BorderWatch.Core.Domain;
using BorderWatch.Core.Queries;
using BorderWatch.Core.Review;
using BorderWatch.Core.Store;
using Microsoft.EntityFrameworkCore;

namespace BorderWatch.Web.Dashboard;

/// <summary>One length figure of a border and who gives it.</summary>
public sealed record BorderLengthFigure(double Kilometres, string Source, int? ArticleId);

/// <summary>Incidents in one calendar month.</summary>
public sealed record MonthCount(int Year, int Month, int Count);

/// <summary>A tracked border segment with its activity: what an overview card and a timeline header show.</summary>
public sealed record BorderSummary
{
    public required string Code { get; init; }
    public required string Name { get; init; }
    public required (string Code, string Name) StateA { get; init; }
    public required (string Code, string Name) StateB { get; init; }
    public IReadOnlyList<BorderLengthFigure> Lengths { get; init; } = [];
    /// <summary>Events on the border: its listed incidents, the reports of one accepted event counted once (<see cref="EventCounts"/>).</summary>
    public int Total { get; init; }
    /// <summary>Listed incidents (reports) on the border.</summary>
    public int Reports { get; init; }
    /// <summary>Events by type.</summary>
    public IReadOnlyList<(IncidentType Type, int Count)> ByType { get; init; } = [];
    public IncidentListItem? Latest { get; init; }
    /// <summary>Month-by-month event counts over the shared chart window (zeros included).</summary>
    public IReadOnlyList<MonthCount> Monthly { get; init; } = [];
    /// <summary>Events the chart cannot place: dated to the year only, or undated.</summary>
    public int NotInChart { get; init; }
}

/// <summary>
/// Per-border activity for the overview and timeline pages, in events (ADR 0011: reports an analyst grouped into an
/// accepted event count once). Counts leave out rejected, merged, superseded and duplicate incidents, as lists do.
/// </summary>
public static class BorderActivity
{
    /// <summary>Months in the activity chart, ending with the newest month any incident is dated to.</summary>
    public const int ChartMonths = 60;

    /// <param name="repeats">The store's repeat reports when the caller has read them (<see cref="EventCounts.RepeatsAsync"/>).</param>
    /// <param name="cards">False for a header (the timeline's): names, lengths and totals only, without the card's latest
    /// incident and monthly chart (their statements are not run).</param>
    /// <param name="storeCells">The store's tally cells without dates (<see cref="TalliedCounts.CellsAsync"/> under no filter)
    /// when the caller has read them already (the border page shares them with its list's counts).</param>
    public static async Task<IReadOnlyList<BorderSummary>> SummariesAsync(BorderWatchDbContext db, string? onlyCode = null, CancellationToken ct = default,
        IReadOnlyList<RepeatCount>? repeats = null, bool cards = true, IReadOnlyList<TallyCell>? storeCells = null) =>
        (await SummariesWithAsync(db, [], onlyCode, ct, repeats, cards, storeCells)).Summaries;

    /// <summary>
    /// The overview's cards and, in the same list load as the cards' latest incidents, the incidents <paramref name="alsoLoad"/>
    /// (the overview's latest list): one load instead of two (its rows, actors, excerpts, articles and reviews).
    /// </summary>
    /// <returns>The summaries, the <paramref name="alsoLoad"/> incidents in their order (those still stored), and, when
    /// <paramref name="onlyCode"/> is null, the listed incidents of the whole store (on any border or none) from the same
    /// read of the tallies (the overview's total, <see cref="TalliedCounts.CountAsync"/> without a filter).</returns>
    public static async Task<(IReadOnlyList<BorderSummary> Summaries, IReadOnlyList<IncidentListItem> Also, int Listed)> SummariesWithAsync(BorderWatchDbContext db,
        IReadOnlyList<int> alsoLoad, string? onlyCode = null, CancellationToken ct = default, IReadOnlyList<RepeatCount>? repeats = null, bool cards = true,
        IReadOnlyList<TallyCell>? storeCells = null)
    {
        // The segments and state names from the kept reference rows (no statement while nothing was written).
        var references = await StoreReferences.ReadAsync(db, ct);
        var segments = references.Borders.Where(b => onlyCode == null || string.Equals(b.Code, onlyCode, StringComparison.Ordinal))
            .Select(b => new
            {
                b.Id, b.Code, b.Name, b.StateA, b.StateB,
                Lengths = (IReadOnlyList<BorderLengthFigure>)b.Lengths.Select(l => new BorderLengthFigure(l.Kilometres, l.Source, l.ArticleId)).ToList(),
            })
            .ToList();
        if (segments.Count == 0)
            return ([], await IncidentListing.LoadAsync(db, alsoLoad, ct), onlyCode is null ? await TalliedCounts.CountAsync(db, new IncidentFilter(), ct) : 0);

        var states = StateNames(references);
        // Counts from the tallies the store keeps by triggers (no pass over the incidents); the latest incident of each
        // border is one read of the (Hidden, BorderSegmentId, DateStart, DateEnd, Id) index per border.
        var ids = segments.Select(s => s.Id).ToList();
        // Every cell of the tallies (a few hundred rows: border, type, status), grouped here by border and type: the same
        // statement, with no parameter, whatever the borders asked for (a list of border ids as parameters made EF
        // generate the SQL again on every call), and the same rows the list's counts and facets read
        // (ResolvedFilter.CellsAsync), so a page that shows both reads them once. Every border's cells (no border too)
        // when all borders are summarised: their sum is the store's listed total.
        storeCells ??= await TalliedCounts.CellsAsync(db, new IncidentFilter(), ct);
        var wanted = ids.ToHashSet();
        var byType = storeCells.Where(t => onlyCode == null || wanted.Contains(t.BorderKey))
            .GroupBy(t => (Border: t.BorderKey, t.Type))
            .Select(g => new { g.Key.Border, g.Key.Type, N = g.Sum(t => t.Count) }).Where(x => x.N > 0).ToList();
        // The chart's months only (60 per border, not every month since the first incident: 7,600 rows at 100k, read
        // and grouped per border on every rendered overview): the window ends with the newest month any incident has.
        var end = cards ? await NewestMonthAsync(db, ct) : default;
        var (fromYear, fromMonth) = cards ? Window(end, ChartMonths)[0] : default;
        // Every border's months in the window (the cards are every border's; a border left out is simply not looked up).
        var byMonth = (!cards ? [] : await TalliedCounts.MonthsFromAsync(db, fromYear, fromMonth, ct)).ToLookup(m => m.BorderKey);
        repeats ??= await EventCounts.RepeatsAsync(db, ct);
        int RepeatsOf(int border, IncidentType type) => repeats.Where(r => r.BorderKey == border && r.Type == type).Sum(r => r.Count);
        // Looked up per card month (16 borders x 60 months), so summed once by month here rather than filtered each time.
        var repeatsByMonth = cards ? repeats.GroupBy(r => (r.BorderKey, r.Year, r.Month)).ToDictionary(g => g.Key, g => g.Sum(r => r.Count)) : [];
        int RepeatsIn(int border, int year, int month) => repeatsByMonth.GetValueOrDefault((border, year, month));
        var latestIds = cards ? await LatestIdsAsync(db, onlyCode is null ? null : ids, ct) : [];
        var loaded = (await IncidentListing.LoadAsync(db, latestIds.Values.Concat(alsoLoad).Distinct().ToList(), ct)).ToDictionary(i => i.Id);
        var also = alsoLoad.Where(loaded.ContainsKey).Select(id => loaded[id]).ToList();

        var summaries = segments
            .Select(s =>
            {
                var reports = byType.Where(t => t.Border == s.Id).Sum(t => t.N);
                var types = byType.Where(t => t.Border == s.Id).Select(t => (t.Type, N: t.N - RepeatsOf(s.Id, t.Type))).Where(t => t.N > 0)
                    .OrderByDescending(t => t.N).ThenBy(t => t.Type).ToList();
                var total = types.Sum(t => t.N);
                var months = byMonth[s.Id].ToDictionary(m => (m.Year, m.Month), m => m.Count - RepeatsIn(s.Id, m.Year, m.Month));
                var chart = !cards ? [] : Window(end, ChartMonths).Select(m => new MonthCount(m.Year, m.Month, months.GetValueOrDefault(m))).ToList();
                return new BorderSummary
                {
                    Code = s.Code, Name = s.Name,
                    StateA = (s.StateA, states.GetValueOrDefault(s.StateA, s.StateA)),
                    StateB = (s.StateB, states.GetValueOrDefault(s.StateB, s.StateB)),
                    Lengths = s.Lengths, Total = total, Reports = reports, ByType = types,
                    Latest = latestIds.TryGetValue(s.Id, out var id) ? loaded.GetValueOrDefault(id) : null,
                    Monthly = chart,
                    NotInChart = cards ? total - chart.Sum(c => c.Count) : 0,
                };
            })
            .OrderByDescending(s => s.Total).ThenBy(s => s.Name, StringComparer.Ordinal)
            .ToList();
        return (summaries, also, onlyCode is null ? byType.Sum(t => t.N) : 0);
    }

    /// <summary>ISO alpha-3 → display name, from the store's state actors.</summary>
    public static async Task<Dictionary<string, string>> StateNamesAsync(BorderWatchDbContext db, CancellationToken ct = default) =>
        StateNames(await StoreReferences.ReadAsync(db, ct));

    private static Dictionary<string, string> StateNames(ReferenceRows references) =>
        references.Actors.Where(a => a.Kind == ActorKind.State)
            .ToDictionary(a => a.CanonicalName, a => a.DisplayName, StringComparer.OrdinalIgnoreCase);

    /// <summary>The newest month any listed incident is dated to (from the month tallies); this month when there is none.</summary>
    private static async Task<(int Year, int Month)> NewestMonthAsync(BorderWatchDbContext db, CancellationToken ct)
    {
        var newest = await db.MonthTallies.AsNoTracking().Where(m => m.Month > 0 && m.Count > 0)
            .OrderByDescending(m => m.Year).ThenByDescending(m => m.Month)
            .Select(m => new { m.Year, m.Month }).FirstOrDefaultAsync(ct);
        return newest is null ? (DateTime.UtcNow.Year, DateTime.UtcNow.Month) : (newest.Year, newest.Month);
    }

    /// <summary>
    /// The first incident of each border in the lists' newest-first order (dated first, then undated by id), in one
    /// statement: per border a read of the (Hidden, BorderSegmentId, DateStart, DateEnd, Id) index, the undated one only
    /// where there is no dated one (COALESCE stops at its first value on both providers). One round trip instead of one
    /// per border (16 on PostgreSQL at 1M: 20-60 ms of round trips under load).
    /// </summary>
    /// <param name="borderIds">The borders; null: every border (no list of ids as parameters, whose statement EF generates
    /// again on every call).</param>
    private static async Task<Dictionary<int, int>> LatestIdsAsync(BorderWatchDbContext db, List<int>? borderIds, CancellationToken ct)
    {
        var hidden = false;
        var borders = db.BorderSegments.AsNoTracking();
        if (borderIds is not null) borders = borders.Where(b => borderIds.Contains(b.Id));
        var rows = await borders
            .Select(b => new
            {
                b.Id,
                Latest = db.Incidents.Where(i => i.Hidden == hidden && i.BorderSegmentId == b.Id && i.DateStart != null)
                             .OrderByDescending(i => i.DateStart).ThenByDescending(i => i.DateEnd).ThenByDescending(i => i.Id)
                             .Select(i => (int?)i.Id).FirstOrDefault()
                         ?? db.Incidents.Where(i => i.Hidden == hidden && i.BorderSegmentId == b.Id && i.DateStart == null)
                             .OrderByDescending(i => i.Id).Select(i => (int?)i.Id).FirstOrDefault(),
            })
            .ToListAsync(ct);
        return rows.Where(r => r.Latest != null).ToDictionary(r => r.Id, r => r.Latest!.Value);
    }

    /// <summary>The <paramref name="count"/> months ending with <paramref name="end"/>, oldest first.</summary>
    public static IReadOnlyList<(int Year, int Month)> Window((int Year, int Month) end, int count)
    {
        var last = end.Year * 12 + end.Month - 1;
        return Enumerable.Range(last - count + 1, count).Select(m => (m / 12, m % 12 + 1)).ToList();
    }
}
