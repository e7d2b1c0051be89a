using BorderWatch.Core.Domain;
using BorderWatch.Core.Queries;
using BorderWatch.Core.Store;
using Microsoft.EntityFrameworkCore;

namespace BorderWatch.Web.Dashboard;

/// <summary>A cluster of located incidents for the map: a place (or several close places) and how many incidents.</summary>
public sealed record LocatedCluster(double Latitude, double Longitude, int Count, IReadOnlyList<string> Places, int FirstIncidentId);

/// <summary>Queries of the overview the incident list does not answer.</summary>
public static class OverviewQueries
{
    /// <summary>
    /// What happened most recently: incidents that are not planned, with a known date not after <paramref name="today"/>,
    /// latest first, with at most <paramref name="perArticle"/> from any one article so no article fills the list.
    /// </summary>
    public static async Task<IReadOnlyList<IncidentListItem>> LatestHappenedAsync(BorderWatchDbContext db, DateOnly today, int count = 8,
        int perArticle = 2, CancellationToken ct = default)
    {
        var candidates = await db.Incidents.AsNoTracking().Apply(new IncidentFilter())
            .Where(i => i.Status != IncidentStatus.Planned && i.DateStart != null && i.DateEnd <= today)
            .OrderByDescending(i => i.DateEnd).ThenByDescending(i => i.DateStart).ThenByDescending(i => i.Id)
            .Select(i => new { i.Id, i.ArticleId })
            .Take(count * 20)
            .ToListAsync(ct);
        var ids = candidates.GroupBy(c => c.ArticleId)
            .SelectMany(g => g.Take(perArticle))
            .OrderBy(c => candidates.IndexOf(c))
            .Take(count).Select(c => c.Id).ToList();
        return await IncidentListing.LoadAsync(db, ids, ct);
    }

    /// <summary>Listed incidents with coordinates, clustered on a grid of <paramref name="cellDegrees"/>.</summary>
    public static async Task<IReadOnlyList<LocatedCluster>> LocatedAsync(BorderWatchDbContext db, double cellDegrees = 0.75, CancellationToken ct = default)
    {
        // One grouped pass by place (a few hundred rows to .NET, not one per incident); places are a small table.
        var byPlace = await db.Incidents.AsNoTracking().Apply(new IncidentFilter()).Where(i => i.PlaceId != null)
            .GroupBy(i => i.PlaceId!.Value)
            .Select(g => new { PlaceId = g.Key, N = g.Count(), First = g.Min(i => i.Id) })
            .ToListAsync(ct);
        var placeIds = byPlace.Select(p => p.PlaceId).ToList();
        var places = await db.Places.AsNoTracking()
            .Where(p => placeIds.Contains(p.Id) && p.Latitude != null && p.Longitude != null)
            .ToDictionaryAsync(p => p.Id, p => new { Lat = p.Latitude!.Value, Lon = p.Longitude!.Value, p.Name }, ct);
        var rows = byPlace.Where(p => places.ContainsKey(p.PlaceId))
            .Select(p => (places[p.PlaceId].Lat, places[p.PlaceId].Lon, places[p.PlaceId].Name, p.N, p.First)).ToList();
        return rows.GroupBy(r => (Math.Floor(r.Lat / cellDegrees), Math.Floor(r.Lon / cellDegrees)))
            .Select(g =>
            {
                var n = g.Sum(r => r.N);
                return new LocatedCluster(g.Sum(r => r.Lat * r.N) / n, g.Sum(r => r.Lon * r.N) / n, n,
                    g.Select(r => r.Name).Distinct().Order(StringComparer.OrdinalIgnoreCase).ToList(), g.Min(r => r.First));
            })
            .OrderByDescending(c => c.Count).ToList();
    }
}
