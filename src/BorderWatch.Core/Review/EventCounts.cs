using BorderWatch.Core.Domain;
using BorderWatch.Core.Queries;
using BorderWatch.Core.Store;
using Microsoft.EntityFrameworkCore;

namespace BorderWatch.Core.Review;

/// <summary>Later reports of accepted events, per border and type, per border and month, or per place: what event counts subtract.</summary>
public sealed record RepeatCount(int BorderKey, IncidentType Type, int Year, int Month, int? PlaceId, int Count);

/// <summary>
/// Counts of events rather than incidents: every listed incident is a report of one happening; the reports an analyst
/// grouped into an accepted event count once, by the event's first listed report (lowest id), so an event counts on
/// that report's border, type, month and place. Incidents in no accepted event count as events of one report each
/// (proposals are not counted as groupings until accepted). Event count = incident count − repeat reports: the
/// incident counts come from the tallies (or the incidents, for other filters), the repeat reports are the few
/// reports of accepted events, so this stays a few small queries at a million incidents.
/// </summary>
public static class EventCounts
{
    /// <summary>
    /// Listed incidents that are a later report of an accepted event (another listed report of it has a lower id). Read
    /// from the event reports (<c>Id IN (later reports)</c>): as many rows as analysts grouped, whatever the number of
    /// incidents, instead of a look-up per incident (docs/history/early.md, "Event counts").
    /// </summary>
    public static IQueryable<Incident> RepeatReports(BorderWatchDbContext db)
    {
        var hidden = false;
        var accepted = db.EventReports.Where(r => r.Event!.Status == EventStatus.Accepted && r.Incident!.Hidden == hidden);
        var later = accepted.Where(r => accepted.Any(o => o.EventId == r.EventId && o.IncidentId < r.IncidentId)).Select(r => r.IncidentId);
        return db.Incidents.Where(i => i.Hidden == hidden && later.Contains(i.Id));
    }

    /// <summary>Events under an incident filter: the listed incidents it keeps minus the repeat reports among them.</summary>
    public static async Task<int> CountAsync(BorderWatchDbContext db, IncidentFilter filter, CancellationToken ct = default)
    {
        var incidents = TalliedCounts.Answers(filter)
            ? await TalliedCounts.CountAsync(db, filter, ct)
            : await db.Incidents.AsNoTracking().Apply(filter, db).CountAsync(ct);
        if (filter.IncludeRejected) return incidents;
        var repeats = await RepeatReports(db).AsNoTracking().Apply(filter, db).CountAsync(ct);
        return incidents - repeats;
    }

    /// <summary>
    /// The incidents a list shows one row each for: every incident the query keeps, or under <see cref="ListUnit.Event"/>
    /// the same minus the repeat reports, so each accepted event is the row of its first listed report and every other
    /// incident is an event of its own (the same definition <see cref="CountAsync"/> counts).
    /// </summary>
    public static IQueryable<Incident> Rows(BorderWatchDbContext db, IQueryable<Incident> filtered, ListUnit unit)
    {
        if (unit == ListUnit.Report) return filtered;
        var repeats = RepeatReports(db).Select(i => i.Id);
        return filtered.Where(i => !repeats.Contains(i.Id));
    }

    /// <summary>Repeat reports under a filter per month (year 0: undated; month 0: dated to the year only): what a timeline's monthly event counts subtract.</summary>
    public static async Task<IReadOnlyList<(int Year, int Month, int Count)>> RepeatsByMonthAsync(BorderWatchDbContext db, IncidentFilter filter,
        CancellationToken ct = default) =>
        filter.IncludeRejected ? [] :
        (await RepeatReports(db).AsNoTracking().Apply(filter, db)
            .GroupBy(i => new { i.DateYear, i.DateMonth })
            .Select(g => new { g.Key.DateYear, g.Key.DateMonth, N = g.Count() }).ToListAsync(ct))
        .Select(x => (x.DateYear ?? 0, x.DateYear is null ? 0 : x.DateMonth ?? 0, x.N)).ToList();

    /// <summary>Every repeat report with the values event counts are broken down by (a few rows: analysts' groupings).</summary>
    public static async Task<IReadOnlyList<RepeatCount>> RepeatsAsync(BorderWatchDbContext db, CancellationToken ct = default)
    {
        var counts = new List<RepeatCount>();
        await foreach (var x in RepeatGroups.For(db)(db, false).WithCancellation(ct))
            counts.Add(new RepeatCount(x.BorderSegmentId ?? 0, x.Type, x.DateYear ?? 0, x.DateYear is null ? 0 : x.DateMonth ?? 0, x.PlaceId, x.N));
        return counts;
    }

    /// <summary>
    /// <see cref="RepeatReports"/> grouped as <see cref="RepeatsAsync"/> counts them (the same statement, the hidden flag a
    /// parameter as there), compiled once per model (store32): every rendered timeline and overview reads it, and EF
    /// rebuilt, validated and looked up the anonymous group key's tree on every call.
    /// </summary>
    private static readonly CompiledPerModel<Func<BorderWatchDbContext, bool, IAsyncEnumerable<RepeatGroup>>> RepeatGroups = new(() => EF.CompileAsyncQuery(
        (BorderWatchDbContext db, bool hidden) => db.Incidents.AsNoTracking()
            .Where(i => i.Hidden == hidden && db.EventReports
                .Where(r => r.Event!.Status == EventStatus.Accepted && r.Incident!.Hidden == hidden
                    && db.EventReports.Any(o => o.Event!.Status == EventStatus.Accepted && o.Incident!.Hidden == hidden
                        && o.EventId == r.EventId && o.IncidentId < r.IncidentId))
                .Select(r => r.IncidentId).Contains(i.Id))
            .GroupBy(i => new { i.BorderSegmentId, i.Type, i.DateYear, i.DateMonth, i.PlaceId })
            .Select(g => new RepeatGroup(g.Key.BorderSegmentId, g.Key.Type, g.Key.DateYear, g.Key.DateMonth, g.Key.PlaceId, g.Count()))));

    private sealed record RepeatGroup(int? BorderSegmentId, IncidentType Type, int? DateYear, int? DateMonth, int? PlaceId, int N);
}
