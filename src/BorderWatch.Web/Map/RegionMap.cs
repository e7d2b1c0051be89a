using BorderWatch.Ingestion.Gazetteer;
using GazetteerIndex = BorderWatch.Ingestion.Gazetteer.Gazetteer;

namespace BorderWatch.Web.Map;

/// <summary>A border segment the dashboard tracks, by the ISO alpha-3 codes of its two states.</summary>
public sealed record TrackedBorder(string Code, string StateA, string StateB);

/// <summary>
/// A country as drawn: <see cref="Path"/> is its outline cut to the view (draw with <c>fill-rule="evenodd"</c> so
/// lakes and enclaves stay holes). <see cref="Label"/> is set for the states the gazetteer knows.
/// </summary>
public sealed record CountryShape(string? Alpha3, string? IsoNumeric, string Name, string Path, MapPoint? Label);

/// <summary>
/// The drawn boundary between a tracked border's two states: one polyline per stretch (usually one; more where the
/// boundary is interrupted, e.g. around an enclave), every point inside the view box.
/// </summary>
public sealed record BorderLine(string Code, string StateA, string StateB, string Path, IReadOnlyList<IReadOnlyList<MapPoint>> Lines);

/// <summary>
/// Everything the overview map draws, in view-box units: the countries around Central Asia and the tracked
/// borders as lines. Built once from the Natural Earth (world-atlas) TopoJSON; immutable.
/// </summary>
public sealed class RegionMap
{
    /// <summary>Shapes are cut this far (in view units) outside the view, so the cut edges are never visible.</summary>
    private const double ShapeMargin = 10;
    /// <summary>Labels stay this far inside the view's edges.</summary>
    private const double LabelMargin = 20;

    public RegionProjection Projection { get; }
    public ViewBox View => Projection.View;
    public IReadOnlyList<CountryShape> Countries { get; }
    public IReadOnlyList<BorderLine> Borders { get; }
    /// <summary>Tracked borders with no line: a state without a numeric code or feature, no shared boundary, or none in view.</summary>
    public IReadOnlyList<string> UnmappedBorders { get; }

    private RegionMap(RegionProjection projection, IReadOnlyList<CountryShape> countries, IReadOnlyList<BorderLine> borders, IReadOnlyList<string> unmapped)
    {
        Projection = projection;
        Countries = countries;
        Borders = borders;
        UnmappedBorders = unmapped;
    }

    public CountryShape? Country(string alpha3) => Countries.FirstOrDefault(c => c.Alpha3 == alpha3);
    public BorderLine? Border(string code) => Borders.FirstOrDefault(b => b.Code == code);

    /// <summary>Where a position (a place from the gazetteer, say) lands on the map, or null when it is outside the view.</summary>
    public MapPoint? Locate(GeoPoint position)
    {
        var p = Projection.Project(position).Rounded();
        return View.Contains(p) ? p : null;
    }

    /// <summary>The map for the gazetteer's tracked borders and states' numeric codes.</summary>
    public static RegionMap Build(string topoJson, GazetteerIndex gazetteer, RegionProjection? projection = null) =>
        Build(
            topoJson,
            gazetteer.Borders.Select(b => new TrackedBorder(b.Code, b.StateA, b.StateB)),
            gazetteer.Entries.Where(e => e.Kind == EntryKind.State && e.IsoNumeric != null).ToDictionary(e => e.Key, e => e.IsoNumeric!),
            projection);

    /// <summary>
    /// Builds the map. <paramref name="numericByAlpha3"/> links the gazetteer's states to the file's feature ids
    /// (ISO 3166-1 numeric). Borders whose states are unknown or not adjacent in the file get no line.
    /// </summary>
    /// <exception cref="InvalidDataException">The text is not a usable topology (see <see cref="Topology.Parse"/>).</exception>
    /// <exception cref="System.Text.Json.JsonException">The text is not JSON.</exception>
    public static RegionMap Build(string topoJson, IEnumerable<TrackedBorder> borders, IReadOnlyDictionary<string, string> numericByAlpha3, RegionProjection? projection = null)
    {
        projection ??= RegionProjection.CentralAsia;
        var topology = Topology.Parse(topoJson);
        // A country may be split over several features with one id (world-atlas has two for Australia): keep them together.
        var featuresById = topology.Features.Where(f => f.Id != null).ToLookup(f => f.Id!);
        var alpha3ById = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (alpha3, numeric) in numericByAlpha3) alpha3ById.TryAdd(numeric, alpha3); // a duplicated code must not break the page

        var countries = CountryGroups(topology.Features)
            .Select(group => Shape(topology, group, projection, alpha3ById.GetValueOrDefault(group[0].Id ?? "")))
            .OfType<CountryShape>()
            .ToList();

        var lines = new List<BorderLine>();
        var unmapped = new List<string>();
        foreach (var border in borders)
        {
            var line = Line(topology, border, projection, Features(border.StateA), Features(border.StateB));
            if (line is null) unmapped.Add(border.Code);
            else lines.Add(line);
        }
        return new RegionMap(projection, countries, lines, unmapped);

        IReadOnlyList<TopologyFeature> Features(string alpha3) =>
            numericByAlpha3.TryGetValue(alpha3, out var id) ? featuresById[id].ToList() : [];
    }

    /// <summary>Features grouped by id in file order; features without an id stand alone.</summary>
    private static IEnumerable<IReadOnlyList<TopologyFeature>> CountryGroups(IReadOnlyList<TopologyFeature> features)
    {
        var groups = new List<List<TopologyFeature>>();
        var byId = new Dictionary<string, List<TopologyFeature>>(StringComparer.Ordinal);
        foreach (var f in features)
        {
            if (f.Id != null && byId.TryGetValue(f.Id, out var group))
            {
                group.Add(f);
                continue;
            }
            group = [f];
            groups.Add(group);
            if (f.Id != null) byId[f.Id] = group;
        }
        return groups;
    }

    /// <summary>The country's outline cut to the view, or null when nothing of it is in view.</summary>
    private static CountryShape? Shape(Topology topology, IReadOnlyList<TopologyFeature> features, RegionProjection projection, string? alpha3)
    {
        var shapeFrame = ClipFrame.Of(projection.View, ShapeMargin);
        var viewFrame = ClipFrame.Of(projection.View);
        var projected = features
            .SelectMany(f => f.Polygons).SelectMany(polygon => polygon)
            .Select(ring => OpenRing(topology.Ring(ring).Select(projection.Project).ToList()))
            .Where(viewFrame.Overlaps)
            .ToList();

        var drawn = projected
            .Select(ring => OpenRing(SvgPath.Rounded(ViewClipping.ClipRing(ring, shapeFrame))))
            .Where(ring => ring.Count >= 3 && Math.Abs(Area(ring)) > 0)
            .ToList();
        if (drawn.Count == 0) return null;

        var first = features[0];
        var label = alpha3 is null ? (MapPoint?)null : LabelPoint(projected, viewFrame);
        return new CountryShape(alpha3, first.Id, first.Name ?? first.Id ?? "", SvgPath.OfRings(drawn), label);
    }

    /// <summary>
    /// The centroid of the largest ring's visible part, kept away from the view's edges. For a country mostly
    /// outside the view (Russia, China) that puts the label on the part the analyst sees.
    /// </summary>
    private static MapPoint? LabelPoint(IReadOnlyList<List<MapPoint>> rings, ClipFrame view)
    {
        var visible = rings.Select(r => ViewClipping.ClipRing(r, view)).Where(r => r.Count >= 3).ToList();
        if (visible.Count == 0) return null;
        var largest = visible.MaxBy(r => Math.Abs(Area(r)))!;
        var c = Centroid(largest);
        var x = Math.Clamp(c.X, Math.Min(LabelMargin, view.MaxX / 2), Math.Max(view.MaxX - LabelMargin, view.MaxX / 2));
        var y = Math.Clamp(c.Y, Math.Min(LabelMargin, view.MaxY / 2), Math.Max(view.MaxY - LabelMargin, view.MaxY / 2));
        return new MapPoint(x, y).Rounded();
    }

    /// <summary>
    /// The boundary two states share: the arcs both countries' rings run along (an arc is stored once and referenced
    /// by each neighbour, one of them reversed), joined into polylines, projected and cut to the view.
    /// </summary>
    private static BorderLine? Line(Topology topology, TrackedBorder border, RegionProjection projection, IReadOnlyList<TopologyFeature> a, IReadOnlyList<TopologyFeature> b)
    {
        if (a.Count == 0 || b.Count == 0 || a.Intersect(b).Any()) return null; // unknown state, or a "border" with itself
        var arcsOfB = b.SelectMany(f => f.ArcIndices).ToHashSet();
        var taken = new HashSet<int>();
        // Walking A's rings in order yields the shared arcs already in sequence and in one direction.
        var pieces = a.SelectMany(f => f.Polygons).SelectMany(polygon => polygon).SelectMany(ring => ring)
            .Where(reference => arcsOfB.Contains(Topology.ArcIndex(reference)) && taken.Add(Topology.ArcIndex(reference)))
            .Select(reference => topology.Arc(reference).ToList())
            .ToList();

        var frame = ClipFrame.Of(projection.View);
        var lines = JoinAtEnds(pieces)
            .SelectMany(line => ViewClipping.ClipLine(line.Select(projection.Project).ToList(), frame))
            .Select(SvgPath.Rounded)
            .Where(line => line.Count >= 2)
            .Select(line => (IReadOnlyList<MapPoint>)line)
            .ToList();
        return lines.Count == 0 ? null : new BorderLine(border.Code, border.StateA, border.StateB, SvgPath.OfLines(lines), lines);
    }

    /// <summary>Joins polylines whose ends meet (in either direction) into longer ones.</summary>
    private static List<List<GeoPoint>> JoinAtEnds(List<List<GeoPoint>> pieces)
    {
        var open = new List<List<GeoPoint>>(pieces);
        var joined = new List<List<GeoPoint>>();
        while (open.Count > 0)
        {
            var line = new List<GeoPoint>(open[0]);
            open.RemoveAt(0);
            for (var i = 0; i < open.Count; i++)
            {
                if (line[0] == line[^1]) break; // a closed loop takes nothing more
                var next = open[i];
                if (next[0] == line[^1]) line.AddRange(next.Skip(1));
                else if (next[^1] == line[^1]) line.AddRange(Enumerable.Reverse(next).Skip(1));
                else if (next[^1] == line[0]) line.InsertRange(0, next.Take(next.Count - 1));
                else if (next[0] == line[0]) line.InsertRange(0, Enumerable.Reverse(next).Take(next.Count - 1));
                else continue;
                open.RemoveAt(i);
                i = -1; // the line has new ends: look at every remaining piece again
            }
            joined.Add(line);
        }
        return joined;
    }

    /// <summary>A ring without its closing point (TopoJSON rings repeat the first point at the end; SVG closes with Z).</summary>
    private static List<MapPoint> OpenRing(List<MapPoint> ring)
    {
        if (ring.Count > 1 && ring[0] == ring[^1]) ring.RemoveAt(ring.Count - 1);
        return ring;
    }

    /// <summary>Signed area (shoelace).</summary>
    private static double Area(IReadOnlyList<MapPoint> ring)
    {
        double sum = 0;
        for (var i = 0; i < ring.Count; i++)
        {
            var p = ring[i];
            var q = ring[(i + 1) % ring.Count];
            sum += p.X * q.Y - q.X * p.Y;
        }
        return sum / 2;
    }

    private static MapPoint Centroid(IReadOnlyList<MapPoint> ring)
    {
        var area = Area(ring);
        if (Math.Abs(area) < 1e-9) return new MapPoint(ring.Average(p => p.X), ring.Average(p => p.Y));
        double cx = 0, cy = 0;
        for (var i = 0; i < ring.Count; i++)
        {
            var p = ring[i];
            var q = ring[(i + 1) % ring.Count];
            var cross = p.X * q.Y - q.X * p.Y;
            cx += (p.X + q.X) * cross;
            cy += (p.Y + q.Y) * cross;
        }
        return new MapPoint(cx / (6 * area), cy / (6 * area));
    }
}
