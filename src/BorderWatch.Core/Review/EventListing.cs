using BorderWatch.Core.Domain;
using BorderWatch.Core.Store;
using Microsoft.EntityFrameworkCore;

namespace BorderWatch.Core.Review;

/// <summary>How the event list is sorted; ties break by id.</summary>
public enum EventOrder { Newest, Oldest, Type, Border }

/// <summary>What the event list keeps: a border (or none), types, a date range overlapping the event's, proposals or not.</summary>
public sealed record EventFilter
{
    public string? Border { get; init; }
    public bool WithoutBorder { get; init; }
    public IReadOnlyList<IncidentType> Types { get; init; } = [];
    public PartialDate? From { get; init; }
    public PartialDate? To { get; init; }
    /// <summary>Also list the machine's proposals (accepted events always, undone ones never).</summary>
    public bool IncludeProposed { get; init; } = true;
    /// <summary>Only the machine's proposals, the ones an analyst has yet to accept or undo (wins over <see cref="IncludeProposed"/>).</summary>
    public bool OnlyProposed { get; init; }
}

/// <summary>One event as a list row: its reach ("N sources, M outlets") and whether its sources disagree.</summary>
public sealed record EventRow(int Id, string Title, EventStatus Status, EventOrigin Origin, IncidentType Type, string? Border,
    DateOnly? DateStart, DateOnly? DateEnd, int Reports, int Sources, int Outlets, IReadOnlyList<EventField> Disagreements);

public sealed record EventListPage(IReadOnlyList<EventRow> Rows, int Total, int Page, int PageSize)
{
    public int PageCount => Total == 0 ? 1 : (Total + PageSize - 1) / PageSize;
}

/// <summary>Pages of events, filtered, sorted and paged in the store; reach and disagreements for the page's rows only.</summary>
public static class EventListing
{
    public static IQueryable<Event> Apply(this IQueryable<Event> q, EventFilter f)
    {
        q = f.OnlyProposed ? q.Where(e => e.Status == EventStatus.Proposed)
            : f.IncludeProposed
            ? q.Where(e => e.Status == EventStatus.Accepted || e.Status == EventStatus.Proposed)
            : q.Where(e => e.Status == EventStatus.Accepted);
        if (f.WithoutBorder) q = q.Where(e => e.BorderSegmentId == null);
        else if (!string.IsNullOrWhiteSpace(f.Border))
        {
            var code = f.Border.Trim().ToUpperInvariant();
            q = q.Where(e => e.BorderSegment!.Code == code);
        }
        if (f.Types.Count > 0)
        {
            var types = f.Types.Distinct().ToList();
            q = q.Where(e => types.Contains(e.Type));
        }
        if (f.From?.Start is DateOnly from) q = q.Where(e => e.DateEnd != null && e.DateEnd >= from);
        if (f.To?.End is DateOnly to) q = q.Where(e => e.DateStart != null && e.DateStart <= to);
        return q;
    }

    private static IQueryable<Event> Ordered(IQueryable<Event> q, EventOrder order) => order switch
    {
        EventOrder.Oldest => q.OrderBy(e => e.DateStart == null).ThenBy(e => e.DateStart).ThenBy(e => e.Id),
        EventOrder.Type => q.OrderBy(e => e.Type).ThenByDescending(e => e.DateStart).ThenByDescending(e => e.Id),
        EventOrder.Border => q.OrderBy(e => e.BorderSegmentId == null).ThenBy(e => e.BorderSegment!.Code).ThenByDescending(e => e.DateStart).ThenByDescending(e => e.Id),
        _ => q.OrderBy(e => e.DateStart == null).ThenByDescending(e => e.DateStart).ThenByDescending(e => e.Id),
    };

    public static async Task<EventListPage> PageAsync(BorderWatchDbContext db, EventFilter filter, EventOrder order, int page, int pageSize, CancellationToken ct = default)
    {
        var q = db.Events.AsNoTracking().Apply(filter);
        var total = await q.CountAsync(ct);
        page = Math.Clamp(page, 1, Math.Max(1, (total + pageSize - 1) / pageSize));
        var ids = await Ordered(q, order).Skip((page - 1) * pageSize).Take(pageSize).Select(e => e.Id).ToListAsync(ct);
        var rows = new List<EventRow>();
        foreach (var id in ids)
        {
            // A page is a few dozen events: the event page's own view gives their reach and versions.
            if (await EventQueries.ViewAsync(db, id, ct) is not { } v) continue;
            rows.Add(new EventRow(v.Id, v.Title, v.Status, v.Origin, v.Type, v.Border, v.DateStart, v.DateEnd,
                v.Reports, v.Sources, v.Outlets, SourceDisagreements.Of(v.Versions)));
        }
        return new EventListPage(rows, total, page, pageSize);
    }
}
