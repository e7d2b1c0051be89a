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

    /// <summary>Results whose possible dates reach outside the from–to range (dated only to a month or year that overlaps it).</summary>
    public int ImpreciseCount => Results.ImpreciseCount ?? 0;

    /// <summary>The names of the places the filter names (a map marker's list), for its chips.</summary>
    public IReadOnlyDictionary<int, string> PlaceNames { get; init; } = new Dictionary<int, string>();

    /// <summary>Runs the list and facet queries. A query with errors shows no incidents (the page says why).</summary>
    public static async Task<IncidentBrowserView> LoadAsync(BorderWatchDbContext db, IncidentListRequest request, string path,
        Func<IncidentFilter, IncidentFilter> fixedByRoute, IReadOnlyList<FacetField> facets, int pageSize, CancellationToken ct = default)
    {
        var url = request.UrlFor(path);
        var applied = fixedByRoute(request.Filter);
        if (request.Errors.Count > 0)
            return new IncidentBrowserView(url, applied, new IncidentPage([], 0, 1, pageSize), [], request.Errors);
        // The full-text match and the actor lookups run once for the page and its facets.
        var resolved = await ResolvedFilter.ResolveAsync(db, applied, ct);
        var results = await IncidentListing.PageAsync(db, resolved, request.Order, request.Page, pageSize, ct, unit: request.Unit);
        var facetValues = await IncidentFacets.CountAsync(db, resolved, facets, top: int.MaxValue, ct: ct);
        // One row per event: the facets count events too (an accepted event once, on its first listed report's values).
        if (request.Unit == Core.Review.ListUnit.Event) facetValues = await Core.Review.EventFacets.OfEventsAsync(db, applied, facetValues, ct);
        var placeIds = applied.PlaceIds.ToList();
        var placeNames = placeIds.Count == 0 ? new Dictionary<int, string>()
            : await db.Places.AsNoTracking().Where(p => placeIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.Name, ct);
        return new IncidentBrowserView(url with { Page = results.Page }, applied, results, facetValues, request.Errors) { PlaceNames = placeNames };
    }
}
