namespace BorderWatch.Web.Dashboard;

/// <summary>Located incidents at one gazetteer place: how many, and the lowest incident id.</summary>
public sealed record LocatedPlace(double Latitude, double Longitude, string Name, int Count, int FirstIncidentId, int PlaceId);

/// <summary>
/// Groups close places into one map marker: a place joins the nearest cluster whose centre lies within
/// <c>radius</c> degrees (on the map's equirectangular scale, longitude shrunk by the cosine of the latitude),
/// otherwise it starts a new one. Unlike a fixed grid, two places a few kilometres apart on either side of a grid
/// line still share a marker. Places are visited busiest first, so a busy place anchors its cluster; centres are
/// weighted by incidents.
/// </summary>
public static class MapClusters
{
    public static IReadOnlyList<LocatedCluster> Cluster(IEnumerable<LocatedPlace> places, double radius)
    {
        var clusters = new List<Building>();
        foreach (var p in places.OrderByDescending(p => p.Count).ThenBy(p => p.Latitude).ThenBy(p => p.Longitude).ThenBy(p => p.Name, StringComparer.Ordinal))
        {
            var nearest = clusters.Select(c => (Cluster: c, Distance: c.DistanceTo(p))).Where(x => x.Distance <= radius)
                .OrderBy(x => x.Distance).Select(x => x.Cluster).FirstOrDefault();
            if (nearest is null) clusters.Add(nearest = new Building());
            nearest.Add(p);
        }
        return clusters.Select(c => c.ToCluster()).OrderByDescending(c => c.Count).ThenBy(c => c.FirstIncidentId).ToList();
    }

    private sealed class Building
    {
        private readonly List<LocatedPlace> places = [];
        private double latSum, lonSum;
        private int count;

        private double Latitude => latSum / count;
        private double Longitude => lonSum / count;

        public double DistanceTo(LocatedPlace p)
        {
            var dLat = p.Latitude - Latitude;
            var dLon = (p.Longitude - Longitude) * Math.Cos((p.Latitude + Latitude) / 2 * Math.PI / 180);
            return Math.Sqrt(dLat * dLat + dLon * dLon);
        }

        public void Add(LocatedPlace p)
        {
            places.Add(p);
            latSum += p.Latitude * p.Count;
            lonSum += p.Longitude * p.Count;
            count += p.Count;
        }

        public LocatedCluster ToCluster() => new(Latitude, Longitude, count,
            places.OrderByDescending(p => p.Count).ThenBy(p => p.Name, StringComparer.OrdinalIgnoreCase)
                .Select(p => p.Count > 1 ? $"{p.Name} ({p.Count})" : p.Name).Distinct().ToList(),
            places.Min(p => p.FirstIncidentId), places.Select(p => p.PlaceId).Distinct().Order().ToList());
    }
}
