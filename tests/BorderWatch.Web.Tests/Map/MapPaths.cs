using System.Globalization;
using System.Text.RegularExpressions;
using BorderWatch.Web.Map;

namespace BorderWatch.Web.Tests.Map;

/// <summary>Reads SVG path data back into points, so tests check the markup the page will carry.</summary>
internal static partial class MapPaths
{
    // A subpath: an absolute first point, optionally relative steps after "l", optionally "Z". Numbers have at most
    // one decimal; a space separates two numbers only where a sign or a second decimal point does not.
    private const string Number = @"-?(?:\d+(?:\.\d)?|\.\d)";
    // Before a minus sign nothing; before a decimal point nothing after a number with one, a space after one without;
    // before a digit a space.
    private const string Sep = @"(?:(?=-)|(?<=\.\d)(?=\.)|(?<!\.\d) (?=\.)| (?=\d))";
    private const string Pair = Number + Sep + Number;

    [GeneratedRegex(@"^(?:M" + Pair + "(?:l" + Pair + "(?:" + Sep + Pair + ")*)?Z?)+$")]
    private static partial Regex PathGrammar();

    [GeneratedRegex(@"M[^M]*")]
    private static partial Regex Subpath();

    [GeneratedRegex(Number)]
    private static partial Regex Numbers();

    /// <summary>
    /// The subpaths of <paramref name="d"/>, each as its points (the relative steps added up in whole tenths, as a
    /// browser draws them); fails on anything but M/l/Z with 1-decimal numbers.
    /// </summary>
    public static List<List<MapPoint>> Subpaths(string d)
    {
        PathGrammar().IsMatch(d).ShouldBeTrue($"unexpected path syntax: {d[..Math.Min(d.Length, 80)]}");
        var subpaths = new List<List<MapPoint>>();
        foreach (Match m in Subpath().Matches(d))
        {
            var tenths = Numbers().Matches(m.Value)
                .Select(n => (long)Math.Round(double.Parse(n.Value, CultureInfo.InvariantCulture) * 10))
                .ToList();
            tenths.Count.ShouldBeGreaterThanOrEqualTo(2);
            (tenths.Count % 2).ShouldBe(0);
            var (x, y) = (tenths[0], tenths[1]);
            var points = new List<MapPoint> { new(x / 10.0, y / 10.0) };
            for (var i = 2; i < tenths.Count; i += 2)
            {
                (x, y) = (x + tenths[i], y + tenths[i + 1]);
                points.Add(new MapPoint(x / 10.0, y / 10.0));
            }
            subpaths.Add(points);
        }
        return subpaths;
    }

    public static bool Inside(MapPoint p, double minX, double minY, double maxX, double maxY) =>
        p.X >= minX && p.X <= maxX && p.Y >= minY && p.Y <= maxY;
}
