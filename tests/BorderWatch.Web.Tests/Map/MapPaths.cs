using System.Globalization;
using System.Text.RegularExpressions;
using BorderWatch.Web.Map;

namespace BorderWatch.Web.Tests.Map;

/// <summary>Reads SVG path data back into points, so tests check the markup the page will carry.</summary>
internal static partial class MapPaths
{
    [GeneratedRegex(@"^(?:M(?<xy>-?\d+(?:\.\d)?,-?\d+(?:\.\d)?)(?:L(?<xy>-?\d+(?:\.\d)?,-?\d+(?:\.\d)?)(?: (?<xy>-?\d+(?:\.\d)?,-?\d+(?:\.\d)?))*)?(?<close>Z)?)+$")]
    private static partial Regex PathGrammar();

    [GeneratedRegex(@"M[^M]*")]
    private static partial Regex Subpath();

    /// <summary>The subpaths of <paramref name="d"/>, each as its points; fails on anything but M/L/Z with 1-decimal numbers.</summary>
    public static List<List<MapPoint>> Subpaths(string d)
    {
        PathGrammar().IsMatch(d).ShouldBeTrue($"unexpected path syntax: {d[..Math.Min(d.Length, 80)]}");
        return Subpath().Matches(d)
            .Select(m => m.Value.Trim('M', 'Z').Split('L', ' ')
                .Select(xy => xy.Split(','))
                .Select(xy => new MapPoint(double.Parse(xy[0], CultureInfo.InvariantCulture), double.Parse(xy[1], CultureInfo.InvariantCulture)))
                .ToList())
            .ToList();
    }

    public static bool Inside(MapPoint p, double minX, double minY, double maxX, double maxY) =>
        p.X >= minX && p.X <= maxX && p.Y >= minY && p.Y <= maxY;
}
