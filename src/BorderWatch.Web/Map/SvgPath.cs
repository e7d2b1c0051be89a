using System.Text;

namespace BorderWatch.Web.Map;

/// <summary>
/// Writes SVG path data (<c>d</c>) from points already rounded for the view (to 0.1 unit), as compactly as SVG's
/// grammar allows: the first point of each subpath absolute (<c>M594 427.4</c>), the others relative to the point
/// before (<c>l.8-.6 1.3-.5 2.3 1.1</c>), numbers without a leading zero and without a separator where the sign or a
/// second decimal point already ends the number before. The points are the same as in absolute form: every number is
/// a whole count of tenths, so each step is exact. The map's outlines are most of the overview's markup; relative
/// steps make them about 40% shorter.
/// </summary>
public static class SvgPath
{
    /// <summary>Rounds every point and drops each point that rounds to the same spot as the one before it.</summary>
    public static List<MapPoint> Rounded(IEnumerable<MapPoint> points)
    {
        var kept = new List<MapPoint>();
        foreach (var p in points.Select(p => p.Rounded()))
            if (kept.Count == 0 || kept[^1] != p) kept.Add(p);
        return kept;
    }

    /// <summary>Closed subpaths, one per ring: <c>M x y l dx dy dx dy … Z</c>.</summary>
    public static string OfRings(IEnumerable<IReadOnlyList<MapPoint>> rings) => Write(rings, close: true);

    /// <summary>Open subpaths, one per polyline.</summary>
    public static string OfLines(IEnumerable<IReadOnlyList<MapPoint>> lines) => Write(lines, close: false);

    private static string Write(IEnumerable<IReadOnlyList<MapPoint>> parts, bool close)
    {
        var d = new StringBuilder();
        foreach (var part in parts)
        {
            if (part.Count == 0) continue;
            var (x, y) = Tenths(part[0]);
            d.Append('M');
            var numbers = new NumberRun(d);
            numbers.Add(x);
            numbers.Add(y);
            for (var i = 1; i < part.Count; i++)
            {
                if (i == 1)
                {
                    d.Append('l');
                    numbers = new NumberRun(d);
                }
                var (nx, ny) = Tenths(part[i]);
                numbers.Add(nx - x);
                numbers.Add(ny - y);
                (x, y) = (nx, ny);
            }
            if (close) d.Append('Z');
        }
        return d.ToString();
    }

    /// <summary>A point's coordinates as whole tenths of a unit (the points are rounded to 0.1 already).</summary>
    private static (long X, long Y) Tenths(MapPoint p) =>
        ((long)Math.Round(p.X * 10, MidpointRounding.AwayFromZero), (long)Math.Round(p.Y * 10, MidpointRounding.AwayFromZero));

    /// <summary>Numbers written one after another after a command letter, each separated only where it must be.</summary>
    private struct NumberRun(StringBuilder d)
    {
        private bool any;
        private bool lastHasPoint;

        /// <summary>Writes <paramref name="tenths"/>/10: <c>12</c>, <c>12.5</c>, <c>.5</c>, <c>-.5</c>, <c>-12.5</c>.</summary>
        public void Add(long tenths)
        {
            var negative = tenths < 0;
            var whole = Math.Abs(tenths) / 10;
            var tenth = Math.Abs(tenths) % 10;
            // A space only where the number would otherwise run into the one before: a minus sign starts a new
            // number, and so does a decimal point after a number that already has one.
            if (any && !negative && !(whole == 0 && tenth != 0 && lastHasPoint)) d.Append(' ');
            if (negative) d.Append('-');
            if (whole != 0 || tenth == 0) d.Append(whole);
            if (tenth != 0) d.Append('.').Append((char)('0' + tenth));
            any = true;
            lastHasPoint = tenth != 0;
        }
    }
}
