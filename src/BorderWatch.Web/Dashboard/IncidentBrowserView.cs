using BorderWatch.Core.Queries;
using BorderWatch.Core.Store;
using Microsoft.EntityFrameworkCore;

namespace BorderWatch.Web.Dashboard;

/// <summary>
/// Everything a filterable incident list shows: its URL state, the filter actually applied (URL filter plus what
/// the route fixes), one page of results, the facets, how many incidents have no border, how many results are
/// dated less precisely than the date range, and the query's errors.
/// </summary>
public sealed record IncidentBrowserView(
    IncidentListUrl Url, IncidentFilter Applied, IncidentPage Results, IReadOnlyList<Facet> Facets, IReadOnlyList<string> Errors)
{
    public static readonly IReadOnlyList<FacetField> AllFacets =
        [FacetField.Border, FacetField.Country, FacetField.Organization, FacetField.Person, FacetField.Type, FacetField.Status];

    /// <summary>
    /// The facets the filter panel shows (<c>FilterPanel</c>): border, country, type and status. Organizations and persons
    /// are picked by name (the actor search), so their counts are not read for a page (under an actor filter each was a
    /// capped read of up to 10,001 incidents and their actor links); the API's facets still have all six.
    /// </summary>
    public static readonly IReadOnlyList<FacetField> ShownFacets = [FacetField.Border, FacetField.Country, FacetField.Type, FacetField.Status];

    /// <summary>Results whose possible dates reach outside the from–to range (dated only to a month or year that overlaps it).</summary>
    public int ImpreciseCount => Results.ImpreciseCount ?? 0;

    /// <summary>The names of the places the filter names (a map marker's list), for its chips.</summary>
    public IReadOnlyDictionary<int, string> PlaceNames { get; init; } = new Dictionary<int, string>();

    /// <summary>
    /// Runs the list and facet queries. A query with errors shows no incidents (the page says why). With a
    /// <paramref name="cache"/>, the list's total and facet counts (the same for every page and order of a filter) are kept
    /// for the store's version (<see cref="StoreVersion"/>): paging, sorting or coming back to a filter reads only its page
    /// until an ingest or a review changes the store. <paramref name="alsoLoad"/>: incidents the page shows beside the list
    /// (the border page's undated events), loaded with the page's rows (<see cref="IncidentPage.AlsoLoaded"/>).
    /// </summary>
    public static async Task<IncidentBrowserView> LoadAsync(BorderWatchDbContext db, IncidentListRequest request, string path,
        Func<IncidentFilter, IncidentFilter> fixedByRoute, IReadOnlyList<FacetField> facets, int pageSize, CancellationToken ct = default,
        VersionedCache? cache = null, StoreCellsAt? storeCells = null, Func<Task<IReadOnlyList<int>>>? alsoLoad = null)
    {
        var url = request.UrlFor(path);
        var applied = fixedByRoute(request.Filter);
        if (request.Errors.Count > 0)
            return new IncidentBrowserView(url, applied, new IncidentPage([], 0, 1, pageSize), [], request.Errors);
        // The full-text match and the actor lookups run once for the page and its facets.
        var resolved = await ResolvedFilter.ResolveAsync(db, applied, ct);
        var version = cache is null ? null : await cache.VersionAsync(db, ct);
        // The page's own read of the tallies (the border page's summary), when it was made at this version: one read of them per request.
        if (storeCells is not null && (cache is null || storeCells.Version == version)) resolved.WithStoreCells(storeCells.Cells);
        async Task<Counted> CountAsync()
        {
            var count = await IncidentListing.CountAsync(db, resolved, ct, unit: request.Unit);
            var values = await IncidentFacets.CountAsync(db, resolved, facets, top: int.MaxValue, ct: ct);
            // One row per event: the facets count events too (an accepted event once, on its first listed report's values).
            if (request.Unit == Core.Review.ListUnit.Event) values = await Core.Review.EventFacets.OfEventsAsync(db, applied, values, ct);
            return new Counted(count, values);
        }
        var counted = cache is null ? await CountAsync()
            : await cache.GetAsync(CountKey(applied, request.Unit, facets), version!, CountAsync);
        var results = await IncidentListing.PageAsync(db, resolved, request.Order, request.Page, pageSize, ct, unit: request.Unit, counted: counted.Count,
            alsoLoad: alsoLoad is null ? null : await alsoLoad());
        var facetValues = counted.Facets;
        var placeIds = applied.PlaceIds.ToList();
        var placeNames = placeIds.Count == 0 ? new Dictionary<int, string>()
            : await db.Places.AsNoTracking().Where(p => placeIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.Name, ct);
        return new IncidentBrowserView(url with { Page = results.Page }, applied, results, facetValues, request.Errors) { PlaceNames = placeNames };
    }

    /// <summary>
    /// The store's tally cells without dates (<see cref="TalliedCounts.CellsAsync"/> under no filter) and the store version
    /// read before them (<see cref="VersionedCache.VersionAsync"/>): a page that read them for its own header hands them to
    /// its list, which uses them only when the store is still at that version.
    /// </summary>
    public sealed record StoreCellsAt(string Version, IReadOnlyList<TallyCell> Cells);

    /// <summary>What a filter's list counts, whatever its page and order.</summary>
    private sealed record Counted(ListCount Count, IReadOnlyList<Facet> Facets);

    /// <summary>The cache key of a filter's counts: the whole applied filter (route included), the row unit and the facets.</summary>
    public static string CountKey(IncidentFilter applied, Core.Review.ListUnit unit, IReadOnlyList<FacetField> facets) =>
        $"list-counts|{unit}|{string.Join(",", facets)}|{IncidentFilterParser.ToQueryString(applied)}";
}
