using System.Text.Json;

namespace BorderWatch.Web.Map;

/// <summary>A position on the globe in degrees.</summary>
public readonly record struct GeoPoint(double Lon, double Lat);

/// <summary>
/// One feature of a TopoJSON object (a country in world-atlas): its polygons, each a list of rings, each ring a
/// list of arc references. A reference <c>i</c> is arc i as stored; <c>~i</c> (negative) is arc i reversed.
/// </summary>
public sealed record TopologyFeature(string? Id, string? Name, IReadOnlyList<IReadOnlyList<IReadOnlyList<int>>> Polygons)
{
    /// <summary>The arcs this feature's rings run along, direction ignored.</summary>
    public IEnumerable<int> ArcIndices => Polygons.SelectMany(p => p).SelectMany(r => r).Select(Topology.ArcIndex);
}

/// <summary>
/// A TopoJSON topology reduced to what the map needs: decoded arcs and the Polygon / MultiPolygon features of one
/// object. Other geometry types are skipped.
/// </summary>
public sealed class Topology
{
    public IReadOnlyList<IReadOnlyList<GeoPoint>> Arcs { get; }
    public IReadOnlyList<TopologyFeature> Features { get; }

    private Topology(IReadOnlyList<IReadOnlyList<GeoPoint>> arcs, IReadOnlyList<TopologyFeature> features)
    {
        Arcs = arcs;
        Features = features;
    }

    /// <summary>Arc index of a reference: <c>~i</c> and <c>i</c> both denote arc i.</summary>
    public static int ArcIndex(int reference) => reference < 0 ? ~reference : reference;

    /// <summary>The points of a referenced arc, reversed for a negative reference.</summary>
    public IReadOnlyList<GeoPoint> Arc(int reference)
    {
        var arc = Arcs[ArcIndex(reference)];
        return reference < 0 ? arc.Reverse().ToList() : arc;
    }

    /// <summary>A ring's points: its arcs end to end, each joint point once (an arc starts where the previous ended).</summary>
    public IReadOnlyList<GeoPoint> Ring(IReadOnlyList<int> references)
    {
        var points = new List<GeoPoint>();
        foreach (var reference in references)
        {
            var arc = Arc(reference);
            points.AddRange(points.Count == 0 ? arc : arc.Skip(1));
        }
        return points;
    }

    /// <summary>Reads a TopoJSON text; <paramref name="objectName"/> is the object holding the features ("countries" in world-atlas).</summary>
    /// <exception cref="InvalidDataException">The text is not a topology, lacks the object, has malformed arcs or geometries, or refers to a missing arc.</exception>
    /// <exception cref="JsonException">The text is not JSON.</exception>
    public static Topology Parse(string json, string objectName = "countries")
    {
        try
        {
            return Read(json, objectName);
        }
        catch (Exception e) when (e is InvalidOperationException or KeyNotFoundException or IndexOutOfRangeException or FormatException)
        {
            // JsonElement accessors throw these on a wrong shape (a string where a number belongs, a short position):
            // callers get one exception type for "the file is not what we expect".
            throw new InvalidDataException("Malformed TopoJSON: " + e.Message, e);
        }
    }

    private static Topology Read(string json, string objectName)
    {
        using var doc = JsonDocument.Parse(json);
        var root = doc.RootElement;
        if (root.ValueKind != JsonValueKind.Object || Text(root, "type") != "Topology")
            throw new InvalidDataException("Not a TopoJSON topology (type must be \"Topology\").");
        if (!root.TryGetProperty("arcs", out var arcsElement) || arcsElement.ValueKind != JsonValueKind.Array)
            throw new InvalidDataException("The topology has no arcs array.");
        if (!root.TryGetProperty("objects", out var objects) || objects.ValueKind != JsonValueKind.Object
            || !objects.TryGetProperty(objectName, out var collection))
            throw new InvalidDataException($"The topology has no object \"{objectName}\".");

        var arcs = DecodeArcs(arcsElement, ReadTransform(root));
        var geometries = Text(collection, "type") == "GeometryCollection" && collection.TryGetProperty("geometries", out var g)
            ? g.EnumerateArray().ToList()
            : [collection];
        var features = geometries.Select(ReadFeature).OfType<TopologyFeature>().ToList();
        foreach (var reference in features.SelectMany(f => f.ArcIndices))
            if (reference >= arcs.Count) throw new InvalidDataException($"A geometry refers to arc {reference}; the topology has {arcs.Count}.");
        return new Topology(arcs, features);
    }

    private sealed record Transform(double ScaleX, double ScaleY, double TranslateX, double TranslateY);

    private static Transform? ReadTransform(JsonElement root)
    {
        if (!root.TryGetProperty("transform", out var t) || t.ValueKind != JsonValueKind.Object) return null;
        var scale = t.GetProperty("scale");
        var translate = t.GetProperty("translate");
        return new Transform(scale[0].GetDouble(), scale[1].GetDouble(), translate[0].GetDouble(), translate[1].GetDouble());
    }

    /// <summary>
    /// With a transform, arcs are quantized and delta-encoded: each position is an integer offset from the previous
    /// one, and the running sum maps to degrees by scale and translate. Without one, positions are plain degrees.
    /// </summary>
    private static List<IReadOnlyList<GeoPoint>> DecodeArcs(JsonElement arcs, Transform? transform)
    {
        var decoded = new List<IReadOnlyList<GeoPoint>>(arcs.GetArrayLength());
        foreach (var arc in arcs.EnumerateArray())
        {
            var points = new List<GeoPoint>(arc.GetArrayLength());
            double x = 0, y = 0;
            foreach (var position in arc.EnumerateArray())
            {
                if (transform is null)
                {
                    points.Add(new GeoPoint(position[0].GetDouble(), position[1].GetDouble()));
                    continue;
                }
                x += position[0].GetDouble();
                y += position[1].GetDouble();
                points.Add(new GeoPoint(x * transform.ScaleX + transform.TranslateX, y * transform.ScaleY + transform.TranslateY));
            }
            decoded.Add(points);
        }
        return decoded;
    }

    private static TopologyFeature? ReadFeature(JsonElement geometry)
    {
        if (!geometry.TryGetProperty("arcs", out var arcs)) return null;
        IReadOnlyList<IReadOnlyList<IReadOnlyList<int>>>? polygons = Text(geometry, "type") switch
        {
            "Polygon" => [ReadPolygon(arcs)],
            "MultiPolygon" => arcs.EnumerateArray().Select(ReadPolygon).ToList(),
            _ => null,
        };
        if (polygons is null) return null;
        var id = geometry.TryGetProperty("id", out var idElement) ? idElement.ValueKind switch
        {
            JsonValueKind.String => idElement.GetString(),
            JsonValueKind.Number => idElement.GetRawText(),
            _ => null,
        } : null;
        var name = geometry.TryGetProperty("properties", out var properties) && properties.ValueKind == JsonValueKind.Object
            ? Text(properties, "name")
            : null;
        return new TopologyFeature(id, name, polygons);
    }

    private static IReadOnlyList<IReadOnlyList<int>> ReadPolygon(JsonElement rings) =>
        rings.EnumerateArray().Select(ring => (IReadOnlyList<int>)ring.EnumerateArray().Select(r => r.GetInt32()).ToList()).ToList();

    private static string? Text(JsonElement element, string property) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;
}
