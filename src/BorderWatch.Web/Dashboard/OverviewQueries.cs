using BorderWatch.Core.Domain;
using BorderWatch.Core.Queries;
using BorderWatch.Core.Review;
using BorderWatch.Core.Store;
using Microsoft.EntityFrameworkCore;

namespace BorderWatch.Web.Dashboard;

/// <summary>A cluster of located events for the map: a place (or several close places), how many events, and the places' ids.</summary>
public sealed record LocatedCluster(double Latitude, double Longitude, int Count, IReadOnlyList<string> Places, int FirstIncidentId, IReadOnlyList<int> PlaceIds)
{
    /// <summary>Where the marker leads: the incident itself, or the list of the cluster's incidents (by its places).</summary>
    public string Href => Count == 1
        ? $"/incidents/{FirstIncidentId}"
        : IncidentListUrl.ForIncidents(new IncidentFilter { PlaceIds = PlaceIds }).ToString();
}

/// <summary>Queries of the overview the incident list does not answer.</summary>
public static class OverviewQueries
{
    /// <summary>
    /// What happened most recently: incidents that are not planned, with a known date not after <paramref name="today"/>,
    /// latest first, with at most <paramref name="perArticle"/> from any one article so no article fills the list.
    /// </summary>
    public static async Task<IReadOnlyList<IncidentListItem>> LatestHappenedAsync(BorderWatchDbContext db, DateOnly today, int count = 8,
        int perArticle = 2, CancellationToken ct = default) =>
        await IncidentListing.LoadAsync(db, await LatestHappenedIdsAsync(db, today, count, perArticle, ct), ct);

    /// <summary>The ids of <see cref="LatestHappenedAsync"/>'s incidents, in its order, for a caller that loads them with others.</summary>
    public static async Task<IReadOnlyList<int>> LatestHappenedIdsAsync(BorderWatchDbContext db, DateOnly today, int count = 8,
        int perArticle = 2, CancellationToken ct = default)
    {
        var candidates = await db.Incidents.AsNoTracking().Apply(new IncidentFilter())
            .Where(i => i.Status != IncidentStatus.Planned && i.DateStart != null && i.DateEnd <= today)
            .OrderByDescending(i => i.DateEnd).ThenByDescending(i => i.DateStart).ThenByDescending(i => i.Id)
            .Select(i => new { i.Id, i.ArticleId })
            .Take(count * 20)
            .ToListAsync(ct);
        return candidates.GroupBy(c => c.ArticleId)
            .SelectMany(g => g.Take(perArticle))
            .OrderBy(c => candidates.IndexOf(c))
            .Take(count).Select(c => c.Id).ToList();
    }

    /// <summary>Events (listed incidents, an accepted event's reports once) with coordinates, grouped by place, close places clustered within <paramref name="radiusDegrees"/> (<see cref="MapClusters"/>).</summary>
    /// <param name="repeats">The store's repeat reports when the caller has read them (<see cref="EventCounts.RepeatsAsync"/>).</param>
    public static async Task<IReadOnlyList<LocatedCluster>> LocatedAsync(BorderWatchDbContext db, double radiusDegrees = 0.5, CancellationToken ct = default,
        IReadOnlyList<RepeatCount>? repeats = null)
    {
        // Listed incidents per place from the place tallies the store keeps by triggers (no pass over the incidents, whose
        // rows with a place grow with the store); with each place, the first listed incident at it (a marker of one event
        // leads there; clusters are ordered by it), one seek of the (Hidden, PlaceId, Id) index per place.
        var byPlace = await db.PlaceTallies.AsNoTracking().Where(t => t.Count > 0).Select(t => new { t.PlaceId, N = t.Count }).ToListAsync(ct);
        var hidden = false;
        // The same places as byPlace's, named by a subquery rather than a list of ids: EF writes a list as one parameter
        // per id (85 at 1M), so the statement's SQL was generated anew on every call; this SQL is the same every time.
        var places = await db.Places.AsNoTracking()
            .Where(p => db.PlaceTallies.Any(t => t.PlaceId == p.Id && t.Count > 0) && p.Latitude != null && p.Longitude != null)
            .Select(p => new
            {
                p.Id, Lat = p.Latitude!.Value, Lon = p.Longitude!.Value, p.Name,
                First = db.Incidents.Where(i => i.Hidden == hidden && i.PlaceId == p.Id).OrderBy(i => i.Id).Select(i => (int?)i.Id).FirstOrDefault(),
            })
            .ToDictionaryAsync(p => p.Id, ct);
        // Events, not reports: the later reports of an accepted event are not counted again at their place.
        var atPlace = (repeats ?? await EventCounts.RepeatsAsync(db, ct)).Where(r => r.PlaceId != null)
            .GroupBy(r => r.PlaceId!.Value).ToDictionary(g => g.Key, g => g.Sum(r => r.Count));
        var located = byPlace.Where(p => places.TryGetValue(p.PlaceId, out var place) && place.First is not null && p.N > atPlace.GetValueOrDefault(p.PlaceId))
            .Select(p => new LocatedPlace(places[p.PlaceId].Lat, places[p.PlaceId].Lon, places[p.PlaceId].Name, p.N - atPlace.GetValueOrDefault(p.PlaceId),
                places[p.PlaceId].First!.Value, p.PlaceId));
        return MapClusters.Cluster(located, radiusDegrees);
    }
}
