using System.Globalization;
using System.Text;
using BorderWatch.Web.Map;

namespace BorderWatch.Web.Tests.Map;

/// <summary>
/// <see cref="SvgPath"/> writes the first point of a subpath absolute and the others as relative steps, with the
/// separators SVG's grammar needs and no more; the points a browser draws from it are the points given.
/// </summary>
public class SvgPathTests(NaturalEarthMap natural) : IClassFixture<NaturalEarthMap>
{
    private static List<MapPoint> Points(params (double X, double Y)[] points) => points.Select(p => new MapPoint(p.X, p.Y)).ToList();

    [Fact]
    public void A_ring_is_an_absolute_start_relative_steps_and_a_close()
    {
        // Steps: (+0.8, -0.6), (+1.3, +0.5), (+0.5, +0.7), (0, +2), (-12.3, -2.6): a leading point, a minus sign and a
        // second decimal point each end the number before; a space where nothing else would.
        var ring = Points((594, 427.4), (594.8, 426.8), (596.1, 427.3), (596.6, 428), (596.6, 430), (584.3, 427.4));

        SvgPath.OfRings([ring]).ShouldBe("M594 427.4l.8-.6 1.3.5.5.7 0 2-12.3-2.6Z");
    }

    [Fact]
    public void Lines_stay_open_and_each_starts_absolute()
    {
        var first = Points((10, 20.5), (10.1, 20.5), (9, 21));
        var second = Points((0.5, 0), (0, 0.3));

        SvgPath.OfLines([first, second]).ShouldBe("M10 20.5l.1 0-1.1.5M.5 0l-.5.3");
    }

    [Fact]
    public void A_single_point_is_a_move_alone()
    {
        SvgPath.OfLines([Points((3.5, 7))]).ShouldBe("M3.5 7");
    }

    [Fact]
    public void The_points_read_back_are_the_points_written()
    {
        var ring = Points((0, 0), (999.9, 994.6), (0.1, 0.1), (-9.9, 5), (-10, -10), (500, 0.9), (0.9, 500));
        var line = Points((12.3, 45.6), (12.4, 45.5), (100, 100), (99.9, 100.1));

        MapPaths.Subpaths(SvgPath.OfRings([ring, line])).ShouldBe([ring, line]);
        MapPaths.Subpaths(SvgPath.OfLines([line])).ShouldBe([line]);
    }

    [Fact]
    public void The_real_maps_outlines_read_back_to_their_rounded_points_and_are_much_shorter_than_absolute_ones()
    {
        var map = natural.Map;
        var relative = 0L;
        var absolute = 0L;
        foreach (var path in map.Countries.Select(c => c.Path).Concat(map.Borders.Select(b => b.Path)))
        {
            var subpaths = MapPaths.Subpaths(path);
            subpaths.SelectMany(s => s).ShouldAllBe(p => p == p.Rounded());
            SvgPath.OfRings(subpaths).Replace("Z", "").ShouldBe(path.Replace("Z", ""));
            relative += path.Length;
            absolute += Absolute(subpaths);
        }
        // The same points written "M x,y L x,y x,y" would be about 1.7 times as long.
        relative.ShouldBeLessThan(absolute * 2 / 3);
    }

    private static long Absolute(List<List<MapPoint>> subpaths)
    {
        var d = new StringBuilder();
        foreach (var s in subpaths)
            for (var i = 0; i < s.Count; i++)
                d.Append(i switch { 0 => "M", 1 => "L", _ => " " })
                    .Append(s[i].X.ToString(CultureInfo.InvariantCulture)).Append(',').Append(s[i].Y.ToString(CultureInfo.InvariantCulture));
        return d.Length;
    }
}
