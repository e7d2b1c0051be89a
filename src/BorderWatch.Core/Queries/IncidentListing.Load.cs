using BorderWatch.Core.Domain;
using BorderWatch.Core.Store;
using Microsoft.EntityFrameworkCore;

namespace BorderWatch.Core.Queries;

public static partial class IncidentListing
{
    /// <summary>The incidents with these ids, in the order given.</summary>
    public static Task<IReadOnlyList<IncidentListItem>> LoadAsync(BorderWatchDbContext db, IReadOnlyCollection<int> ids, CancellationToken ct = default) =>
        LoadAsync(db, ids, reach: false, ct);

    /// <summary>
    /// The incidents with these ids, in the order given, each with the reach of the event it stands for
    /// (<see cref="IncidentListItem.Event"/>, as <see cref="Review.EventReaches.AttachAsync"/> sets it): the rows say which
    /// accepted event each is in, and one read of their articles serves the source counts and the reaches.
    /// </summary>
    public static Task<IReadOnlyList<IncidentListItem>> LoadWithReachAsync(BorderWatchDbContext db, IReadOnlyCollection<int> ids, CancellationToken ct = default) =>
        LoadAsync(db, ids, reach: true, ct);

    private static async Task<IReadOnlyList<IncidentListItem>> LoadAsync(BorderWatchDbContext db, IReadOnlyCollection<int> ids, bool reach, CancellationToken ct)
    {
        if (ids.Count == 0) return [];
        // One array parameter (not one per id): the statements are made once, whatever the page's size. The rows, their
        // actors and their excerpts are three flat reads by incident id (store32), not a split query, whose two collection
        // statements joined the row's border, place, article and outlet again and sorted by all five keys, and whose
        // collection shapers cost more per row than grouping here.
        var wanted = ids.ToArray();
        var rows = await RowsById.ReadAsync(db, wanted, r => new ListRow(
            r.GetInt32(0), r.Enum<IncidentType>(1), r.NullableInt(2), r.NullableInt(3), r.NullableInt(4), r.GetBoolean(5),
            r.NullableString(6), r.NullableString(7), r.NullableString(8), r.Enum<IncidentStatus>(9), r.NullableString(10),
            r.GetString(11), r.GetDouble(12), r.NullableString(13), r.GetInt32(14), r.NullableString(15), r.GetBoolean(16),
            r.NullableInt(17), r.NullableString(18)), ct);
        var actorsOf = (await ActorsById.ReadAsync(db, wanted, r => new ListActor(
                r.GetInt32(0), r.GetInt32(1), r.Enum<ActorKind>(2), r.GetString(3), r.GetString(4), r.Enum<ActorRole>(5)), ct))
            .ToLookup(a => a.IncidentId);
        var excerptsOf = (await ExcerptsById.ReadAsync(db, wanted, r => new ListExcerpt(
                r.GetInt32(0), r.GetInt32(1), r.GetInt32(2), r.NullableString(3), r.GetString(4), r.GetInt32(5), r.GetInt32(6), r.GetString(7)), ct))
            .ToLookup(e => e.IncidentId);

        // Syndicated copies count as sources: they are linked to the article rather than given incidents of their own.
        var articleIds = rows.SelectMany(r => excerptsOf[r.Id].Select(e => e.ArticleId).Append(r.ArticleId)).Distinct().ToList();
        var articles = await SourceArticles.ReadAsync(db, articleIds, ct: ct);

        var byId = rows.ToDictionary(r => r.Id, r =>
        {
            var sources = excerptsOf[r.Id].Select(e => e.ArticleId).Append(r.ArticleId).Distinct().ToList();
            return new IncidentListItem
            {
                Id = r.Id, Type = r.Type, Date = new PartialDate(r.DateYear, r.DateMonth, r.DateDay),
                DateInferred = r.DateInferred, DateNote = r.DateNote, BorderCode = r.BorderCode, BorderName = r.BorderName,
                Status = r.Status, Attribution = r.Attribution, Summary = r.Summary, Confidence = r.Confidence,
                Location = r.Location, ArticleId = r.ArticleId, ArticleTitle = r.ArticleTitle, OutletName = r.OutletName,
                SourceCount = sources.Count + sources.Sum(articles.CopiesOf),
                Actors = actorsOf[r.Id]
                    .OrderBy(a => a.Kind).ThenBy(a => a.DisplayName, StringComparer.OrdinalIgnoreCase).ThenBy(a => a.Role)
                    .Select(a => new ActorRef(a.ActorId, a.Kind, a.CanonicalName, a.DisplayName, a.Role)).ToList(),
                Excerpts = excerptsOf[r.Id].OrderBy(e => e.ArticleId).ThenBy(e => e.Start)
                    .Select(e => new ExcerptRef(e.Id, e.ArticleId, e.Title, e.SourceName, e.Start, e.End, e.Text)).ToList(),
            };
        });
        // Analysts' decisions over the machine's values (reviewed incidents only: known from the rows, not asked again).
        var items = await Review.ReviewOverlay.ApplyAsync(db, ids.Where(byId.ContainsKey).Select(id => byId[id]).ToList(), ct,
            rows.Where(r => r.Reviewed).Select(r => r.Id).ToList());
        if (!reach) return items;
        var eventOf = rows.Where(r => r.EventId is not null).ToDictionary(r => r.Id, r => r.EventId!.Value);
        var reaches = await Review.EventReaches.OfAsync(db, items.Select(i => (i.Id, i.ArticleId)).ToList(), eventOf, articles, ct);
        return items.Select(i => i with { Event = reaches.GetValueOrDefault(i.Id) }).ToList();
    }

    private sealed record ListRow(int Id, IncidentType Type, int? DateYear, int? DateMonth, int? DateDay, bool DateInferred, string? DateNote,
        string? BorderCode, string? BorderName, IncidentStatus Status, string? Attribution, string Summary, double Confidence,
        string? Location, int ArticleId, string? ArticleTitle, bool Reviewed, int? EventId, string? OutletName);

    private sealed record ListActor(int IncidentId, int ActorId, ActorKind Kind, string CanonicalName, string DisplayName, ActorRole Role);

    private sealed record ListExcerpt(int IncidentId, int Id, int ArticleId, string? Title, string SourceName, int Start, int End, string Text);

    // One array parameter (not one per id): the statements are made once, whatever the page's size. The rows, their
    // actors and their excerpts are three flat reads by incident id (store32), not a split query, whose two collection
    // statements joined the row's border, place, article and outlet again and sorted by all five keys, and whose
    // collection shapers cost more per row than grouping here. Each is EF's SQL for the projection below, made once per
    // model and read by column (LeanStatement, store36): EF's query pipeline and shapers cost several times the reading.
    private static readonly LeanStatement<int[]> RowsById = new((db, wanted) => db.Incidents.AsNoTracking()
        .Where(i => EF.Parameter(wanted).Contains(i.Id))
        .Select(i => new
        {
            i.Id, i.Type, i.DateYear, i.DateMonth, i.DateDay, i.DateInferred, i.DateNote,
            BorderCode = i.BorderSegment != null ? i.BorderSegment.Code : null,
            BorderName = i.BorderSegment != null ? i.BorderSegment.Name : null,
            i.Status, i.Attribution, i.Summary, i.Confidence,
            Location = i.LocationText ?? (i.Place != null ? i.Place.Name : null),
            i.ArticleId, ArticleTitle = i.Article!.Title, Reviewed = i.Reviews.Any(),
            // The accepted event it stands for in event counts (the lowest id; none while hidden): EventReaches' links.
            EventId = i.Hidden ? null : db.EventReports
                .Where(r => r.IncidentId == i.Id && r.Event!.Status == EventStatus.Accepted).Min(r => (int?)r.EventId),
            OutletName = i.Article.Outlet != null ? i.Article.Outlet.Name : null,
        }), [0], columns: 19);

    private static readonly LeanStatement<int[]> ActorsById = new((db, wanted) => db.IncidentActors.AsNoTracking()
        .Where(a => EF.Parameter(wanted).Contains(a.IncidentId))
        .Select(a => new { a.IncidentId, a.ActorId, a.Actor!.Kind, a.Actor.CanonicalName, a.Actor.DisplayName, a.Role }), [0], columns: 6);

    private static readonly LeanStatement<int[]> ExcerptsById = new((db, wanted) => db.Excerpts.AsNoTracking()
        .Where(e => EF.Parameter(wanted).Contains(e.IncidentId))
        .Select(e => new { e.IncidentId, e.Id, e.ArticleId, e.Article!.Title, e.Article.SourceName, e.Start, e.End, e.Text }), [0], columns: 8);
}
