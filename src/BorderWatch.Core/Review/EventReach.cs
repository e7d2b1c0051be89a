using BorderWatch.Core.Domain;
using BorderWatch.Core.Queries;
using BorderWatch.Core.Store;
using Microsoft.EntityFrameworkCore;

namespace BorderWatch.Core.Review;

/// <summary>What a list shows one row for: each listed report, or each event (<see cref="EventCounts"/>: an accepted event's reports once).</summary>
public enum ListUnit { Report, Event }

/// <summary>
/// The event a listed incident stands for in event counts, with its reach: its accepted event's listed reports (or the
/// incident alone when it is in no accepted event), the sources that carry them (their articles and those articles'
/// syndicated copies) and their outlets. Rejected, merged and superseded reports are not counted (<c>Hidden</c>).
/// </summary>
public sealed record EventReach(int? EventId, string? EventTitle, int Reports, int Sources, int Outlets)
{
    /// <summary>Whether the row or dot stands for more than one report.</summary>
    public bool Grouped => Reports > 1;

    /// <summary>"2 sources, 2 outlets".</summary>
    public string Text => $"{Sources} {(Sources == 1 ? "source" : "sources")}, {Outlets} {(Outlets == 1 ? "outlet" : "outlets")}";
}

public static class EventReaches
{
    /// <summary>
    /// The reach of each of these incidents (a page of a list: a few small queries for the page, whatever the store's
    /// size). An incident in several accepted events stands for the one with the lowest id.
    /// </summary>
    public static async Task<IReadOnlyDictionary<int, EventReach>> OfAsync(BorderWatchDbContext db, IReadOnlyCollection<(int Id, int ArticleId)> incidents,
        CancellationToken ct = default)
    {
        if (incidents.Count == 0) return new Dictionary<int, EventReach>();
        var ids = incidents.Select(i => i.Id).Distinct().ToList();
        var hidden = false;
        var links = await db.EventReports.AsNoTracking()
            .Where(r => ids.Contains(r.IncidentId) && r.Event!.Status == EventStatus.Accepted && r.Incident!.Hidden == hidden)
            .Select(r => new { r.IncidentId, r.EventId }).ToListAsync(ct);
        var eventOf = links.GroupBy(l => l.IncidentId).ToDictionary(g => g.Key, g => g.Min(l => l.EventId));
        return await OfAsync(db, incidents, eventOf, null, ct);
    }

    /// <summary>
    /// The reach of each of these incidents, given the accepted event each stands for (<paramref name="eventOf"/>; absent:
    /// none) and the articles already read (<paramref name="read"/>: only the others are read).
    /// </summary>
    public static async Task<IReadOnlyDictionary<int, EventReach>> OfAsync(BorderWatchDbContext db, IReadOnlyCollection<(int Id, int ArticleId)> incidents,
        IReadOnlyDictionary<int, int> eventOf, SourceArticles? read, CancellationToken ct = default)
    {
        if (incidents.Count == 0) return new Dictionary<int, EventReach>();
        var hidden = false;
        var eventIds = eventOf.Values.Distinct().ToList();
        var members = eventIds.Count == 0 ? [] : await db.EventReports.AsNoTracking()
            .Where(r => eventIds.Contains(r.EventId) && r.Incident!.Hidden == hidden)
            .Select(r => new { r.EventId, r.IncidentId, r.Incident!.ArticleId, r.Event!.Title }).ToListAsync(ct);
        var articleIds = members.Select(m => m.ArticleId).Concat(incidents.Select(i => i.ArticleId)).Distinct().ToList();
        var articles = await SourceArticles.ReadAsync(db, articleIds, read, ct);

        (int Sources, int Outlets) Reach(IReadOnlyCollection<int> of)
        {
            var carrying = articles.Carrying(of);
            return (carrying.Count, carrying.Where(a => a.OutletId != null).Select(a => a.OutletId).Distinct().Count());
        }

        var result = new Dictionary<int, EventReach>();
        foreach (var (id, articleId) in incidents.DistinctBy(i => i.Id))
        {
            if (eventOf.TryGetValue(id, out var eventId))
            {
                var reports = members.Where(m => m.EventId == eventId).ToList();
                var (sources, outlets) = Reach(reports.Select(m => m.ArticleId).Distinct().ToList());
                result[id] = new EventReach(eventId, reports[0].Title, reports.Select(m => m.IncidentId).Distinct().Count(), sources, outlets);
            }
            else
            {
                var (sources, outlets) = articles.Reach(articleId);
                result[id] = new EventReach(null, null, 1, sources, outlets);
            }
        }
        return result;
    }

    /// <summary>The items with their <see cref="IncidentListItem.Event"/> set.</summary>
    public static async Task<IReadOnlyList<IncidentListItem>> AttachAsync(BorderWatchDbContext db, IReadOnlyList<IncidentListItem> items, CancellationToken ct = default)
    {
        var reach = await OfAsync(db, items.Select(i => (i.Id, i.ArticleId)).ToList(), ct);
        return items.Select(i => i with { Event = reach.GetValueOrDefault(i.Id) }).ToList();
    }
}
