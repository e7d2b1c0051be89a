using BorderWatch.Core.Domain;
using BorderWatch.Core.Store;
using Microsoft.EntityFrameworkCore;

namespace BorderWatch.Core.Review;

/// <summary>One source's version of an event, for the side-by-side comparison (the model has no casualty figures yet).</summary>
public sealed record SourceVersion(int IncidentId, int ArticleId, string Source, string? Outlet, PartialDate Date, IncidentType Type,
    IncidentStatus Status, string? Attribution, string Excerpt, ReviewState State, IReadOnlyList<string> SyndicatedCopies,
    CasualtyReport? Casualties = null);

/// <summary>
/// An event with its reach ("N sources, M outlets": syndicated copies of a report's article count as sources) and each
/// source's version. The reach counts the <b>listed</b> reports only, as <see cref="EventReach"/> does: a rejected, merged
/// or superseded report is still shown among the versions but leaves <see cref="Reports"/>, sources and outlets.
/// </summary>
public sealed record EventView(int Id, string Title, EventStatus Status, EventOrigin Origin, IncidentType Type, string? Border,
    DateOnly? DateStart, DateOnly? DateEnd, int Sources, int Outlets, IReadOnlyList<SourceVersion> Versions)
{
    /// <summary>How many of the versions are listed reports (they count).</summary>
    public int Reports { get; init; }
}

public static class EventQueries
{
    public static async Task<EventView?> ViewAsync(BorderWatchDbContext db, int eventId, CancellationToken ct = default)
    {
        var ev = await db.Events.AsNoTracking().Include(e => e.BorderSegment).Include(e => e.Reports).SingleOrDefaultAsync(e => e.Id == eventId, ct);
        if (ev is null) return null;
        var ids = ev.Reports.Select(r => r.IncidentId).ToList();
        var effective = await ReviewViews.EffectiveAsync(db, ids, ct);
        var articleIds = effective.Values.Select(e => e.ArticleId).Distinct().ToList();
        var articles = await db.Articles.AsNoTracking().Where(a => articleIds.Contains(a.Id) || (a.DuplicateOfId != null && articleIds.Contains(a.DuplicateOfId.Value)))
            .Select(a => new { a.Id, a.SourceName, a.DuplicateOfId, a.OutletId, Outlet = a.Outlet == null ? null : a.Outlet.Name })
            .ToListAsync(ct);
        var versions = effective.Values.OrderBy(e => e.Id).Select(e =>
        {
            var article = articles.Single(a => a.Id == e.ArticleId);
            var copies = articles.Where(a => a.DuplicateOfId == e.ArticleId).Select(a => a.SourceName).Order(StringComparer.Ordinal).ToList();
            return new SourceVersion(e.Id, e.ArticleId, article.SourceName, article.Outlet, e.Date, e.Type, e.Status, e.Attribution, e.ExcerptText, e.State, copies, e.Casualties);
        }).ToList();
        // Reach: the articles (and their syndicated copies) of the listed reports only (EventReach's definition).
        var listed = effective.Values.Where(e => e.Counts).Select(e => e.ArticleId).ToHashSet();
        var carrying = articles.Where(a => listed.Contains(a.Id) || (a.DuplicateOfId is int d && listed.Contains(d))).ToList();
        return new EventView(ev.Id, ev.Title, ev.Status, ev.Origin, ev.Type, ev.BorderSegment?.Code, ev.DateStart, ev.DateEnd,
            Sources: carrying.Count, Outlets: carrying.Where(a => a.OutletId != null).Select(a => a.OutletId).Distinct().Count(), versions)
        {
            Reports = effective.Values.Count(e => e.Counts),
        };
    }

    /// <summary>Event ids, newest first; undone events only when asked, proposals unless told otherwise.</summary>
    public static Task<List<int>> ListAsync(BorderWatchDbContext db, bool includeProposed = true, bool includeUndone = false, CancellationToken ct = default) =>
        db.Events.AsNoTracking()
            .Where(e => e.Status == EventStatus.Accepted || (includeProposed && e.Status == EventStatus.Proposed) || (includeUndone && e.Status == EventStatus.Undone))
            .OrderByDescending(e => e.Id).Select(e => e.Id).ToListAsync(ct);

    /// <summary>
    /// The proposed or accepted events with a report from this article or, for a syndicated copy (which has no
    /// incidents of its own), from the article it copies: the copy is a source of those events.
    /// </summary>
    public static async Task<List<(int Id, string Title, EventStatus Status)>> EventsOfArticleAsync(BorderWatchDbContext db, int articleId, CancellationToken ct = default)
    {
        var source = await db.Articles.AsNoTracking().Where(a => a.Id == articleId).Select(a => a.DuplicateOfId ?? a.Id).FirstOrDefaultAsync(ct);
        return (await db.Events.AsNoTracking()
                .Where(e => e.Status != EventStatus.Undone && e.Reports.Any(r => r.Incident!.ArticleId == source))
                .OrderBy(e => e.Id).Select(e => new { e.Id, e.Title, e.Status }).ToListAsync(ct))
            .Select(e => (e.Id, e.Title, e.Status)).ToList();
    }

    /// <summary>The proposed or accepted events an incident is a report of.</summary>
    public static Task<List<int>> EventsOfAsync(BorderWatchDbContext db, int incidentId, CancellationToken ct = default) =>
        db.EventReports.AsNoTracking().Where(r => r.IncidentId == incidentId && r.Event!.Status != EventStatus.Undone)
            .Select(r => r.EventId).OrderBy(id => id).ToListAsync(ct);
}
