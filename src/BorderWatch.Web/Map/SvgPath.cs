using System.Globalization;
using System.Text;

namespace BorderWatch.Web.Map;

/// <summary>Writes SVG path data (<c>d</c>) from points already rounded for the view.</summary>
internal static class SvgPath
{
    /// <summary>Rounds every point and drops each point that rounds to the same spot as the one before it.</summary>
    public static List<MapPoint> Rounded(IEnumerable<MapPoint> points)
    {
        var kept = new List<MapPoint>();
        foreach (var p in points.Select(p => p.Rounded()))
            if (kept.Count == 0 || kept[^1] != p) kept.Add(p);
        return kept;
    }

    /// <summary>Closed subpaths, one per ring: <c>M x,y L x,y x,y … Z</c>.</summary>
    public static string OfRings(IEnumerable<IReadOnlyList<MapPoint>> rings) => Write(rings, close: true);

    /// <summary>Open subpaths, one per polyline.</summary>
    public static string OfLines(IEnumerable<IReadOnlyList<MapPoint>> lines) => Write(lines, close: false);

    private static string Write(IEnumerable<IReadOnlyList<MapPoint>> parts, bool close)
    {
        var d = new StringBuilder();
        foreach (var part in parts)
        {
            for (var i = 0; i < part.Count; i++)
            {
                d.Append(i switch { 0 => "M", 1 => "L", _ => " " });
                d.Append(part[i].X.ToString(CultureInfo.InvariantCulture)).Append(',').Append(part[i].Y.ToString(CultureInfo.InvariantCulture));
            }
            if (close) d.Append('Z');
        }
        return d.ToString();
    }
}
