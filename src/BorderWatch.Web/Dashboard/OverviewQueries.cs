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
        var rows = await db.Incidents.AsNoTracking().Apply(new IncidentFilter())
            .Where(i => i.Place != null && i.Place.Latitude != null && i.Place.Longitude != null)
            .Select(i => new { i.Id, Lat = i.Place!.Latitude!.Value, Lon = i.Place.Longitude!.Value, i.Place.Name })
            .ToListAsync(ct);
        return rows.GroupBy(r => (Math.Floor(r.Lat / cellDegrees), Math.Floor(r.Lon / cellDegrees)))
            .Select(g => new LocatedCluster(g.Average(r => r.Lat), g.Average(r => r.Lon), g.Count(),
                g.Select(r => r.Name).Distinct().Order(StringComparer.OrdinalIgnoreCase).ToList(), g.Min(r => r.Id)))
            .OrderByDescending(c => c.Count).ToList();
    }
}
