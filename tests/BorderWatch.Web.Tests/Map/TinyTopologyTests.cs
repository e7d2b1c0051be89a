using System.Text.Json;
using BorderWatch.Web.Map;

namespace BorderWatch.Web.Tests.Map;

/// <summary>
/// A hand-made topology on a 0.5° grid (transform scale 0.5, translate 60°E 30°N):
/// Westland (Polygon) x 0..4, y 0..4 = 60–62°E, 30–32°N;
/// Eastland (MultiPolygon) x 4..8, y 0..4 = 62–64°E, sharing Westland's east edge (arc 0, which Eastland runs
/// reversed as ~0 = -1), plus an island x 10..12, y 0..2 = 65–66°E, 30–31°N;
/// Farland (Polygon) x 20..22, y 20..22 = 70–71°E, 40–41°N, touching neither; and a Point, which is skipped.
/// Arcs are delta-encoded: the first position is absolute, each next one an offset from the previous.
/// </summary>
public class TinyTopologyTests
{
    private const string Tiny = """
        {
          "type": "Topology",
          "transform": { "scale": [0.5, 0.5], "translate": [60, 30] },
          "objects": {
            "countries": {
              "type": "GeometryCollection",
              "geometries": [
                { "type": "Polygon", "id": "001", "properties": { "name": "Westland" }, "arcs": [[0, 1]] },
                { "type": "MultiPolygon", "id": "002", "properties": { "name": "Eastland" }, "arcs": [[[2, -1]], [[3]]] },
                { "type": "Polygon", "id": "003", "properties": { "name": "Farland" }, "arcs": [[4]] },
                { "type": "Point", "id": "004", "coordinates": [5, 5] }
              ]
            }
          },
          "arcs": [
            [[4, 0], [0, 4]],
            [[4, 4], [-4, 0], [0, -4], [4, 0]],
            [[4, 0], [4, 0], [0, 4], [-4, 0]],
            [[10, 0], [2, 0], [0, 2], [-2, 0], [0, -2]],
            [[20, 20], [2, 0], [0, 2], [-2, 0], [0, -2]]
          ]
        }
        """;

    private static readonly Dictionary<string, string> Codes = new() { ["WST"] = "001", ["EST"] = "002", ["FAR"] = "003", ["NOF"] = "999" };

    /// <summary>A window 59–72°E, 29–42°N around all three.</summary>
    private static readonly RegionProjection Window = new(west: 59, south: 29, east: 72, north: 42, width: 800);

    private static RegionMap Build(params TrackedBorder[] borders) => RegionMap.Build(Tiny, borders, Codes, Window);

    [Fact]
    public void Arcs_are_delta_decoded_with_the_transform()
    {
        var topology = Topology.Parse(Tiny);

        topology.Arcs.Count.ShouldBe(5);
        topology.Arcs[0].ShouldBe([new GeoPoint(62, 30), new GeoPoint(62, 32)]);
        topology.Arcs[1].ShouldBe([new GeoPoint(62, 32), new GeoPoint(60, 32), new GeoPoint(60, 30), new GeoPoint(62, 30)]);
        topology.Arcs[4][0].ShouldBe(new GeoPoint(70, 40));
    }

    [Fact]
    public void Polygons_and_multipolygons_are_read_and_other_geometries_skipped()
    {
        var features = Topology.Parse(Tiny).Features;

        features.Select(f => f.Id).ShouldBe(["001", "002", "003"]);
        features[0].Name.ShouldBe("Westland");
        features[0].Polygons.Count.ShouldBe(1);
        features[1].Polygons.Count.ShouldBe(2);
        features[1].Polygons[0][0].ShouldBe([2, -1]);
        features[1].ArcIndices.ShouldBe([2, 0, 3]);
    }

    [Fact]
    public void A_negative_reference_is_the_arc_reversed_and_rings_join_arcs_without_repeating_joints()
    {
        var topology = Topology.Parse(Tiny);

        topology.Arc(~0).ShouldBe([new GeoPoint(62, 32), new GeoPoint(62, 30)]);
        topology.Ring(topology.Features[1].Polygons[0][0]).ShouldBe(
            [new GeoPoint(62, 30), new GeoPoint(64, 30), new GeoPoint(64, 32), new GeoPoint(62, 32), new GeoPoint(62, 30)]);
        topology.Ring(topology.Features[0].Polygons[0][0]).Count.ShouldBe(5);
    }

    [Fact]
    public void Arcs_without_a_transform_are_plain_degrees()
    {
        const string plain = """
            {"type":"Topology","objects":{"countries":{"type":"Polygon","id":"9","arcs":[[0]]}},
             "arcs":[[[60.5,30],[61,30],[61,31],[60.5,30]]]}
            """;
        var topology = Topology.Parse(plain);

        topology.Arcs[0].ShouldBe([new GeoPoint(60.5, 30), new GeoPoint(61, 30), new GeoPoint(61, 31), new GeoPoint(60.5, 30)]);
        topology.Features.Single().Id.ShouldBe("9");
    }

    [Fact]
    public void The_shared_boundary_is_the_arc_both_countries_use()
    {
        var map = Build(new TrackedBorder("EST-WST", "WST", "EST"));

        var line = map.Border("EST-WST").ShouldNotBeNull();
        var south = Window.Project(new GeoPoint(62, 30)).Rounded();
        var north = Window.Project(new GeoPoint(62, 32)).Rounded();
        // Westland runs arc 0 forwards, south to north.
        line.Lines.ShouldBe([[south, north]]);
        MapPaths.Subpaths(line.Path).ShouldBe([[south, north]]);
        line.Path.ShouldNotContain("Z");
        map.UnmappedBorders.ShouldBeEmpty();
    }

    [Fact]
    public void The_shared_boundary_follows_the_first_state_whichever_way_round_the_border_is_given()
    {
        var map = Build(new TrackedBorder("EST-WST", "EST", "WST"));

        var line = map.Border("EST-WST").ShouldNotBeNull();
        // Eastland runs arc 0 reversed, north to south.
        line.Lines.ShouldBe([[Window.Project(new GeoPoint(62, 32)).Rounded(), Window.Project(new GeoPoint(62, 30)).Rounded()]]);
    }

    [Fact]
    public void States_that_share_no_arc_or_are_unknown_get_no_line_and_nothing_throws()
    {
        var map = Build(
            new TrackedBorder("FAR-WST", "WST", "FAR"),
            new TrackedBorder("EST-XXX", "EST", "XXX"),
            new TrackedBorder("NOF-WST", "WST", "NOF"),
            new TrackedBorder("WST-WST", "WST", "WST"),
            new TrackedBorder("EST-WST", "WST", "EST"));

        map.Borders.Select(b => b.Code).ShouldBe(["EST-WST"]);
        map.UnmappedBorders.ShouldBe(["FAR-WST", "EST-XXX", "NOF-WST", "WST-WST"]);
        map.Border("FAR-WST").ShouldBeNull();
    }

    [Fact]
    public void Arcs_that_meet_are_joined_into_one_line()
    {
        // A (60–62°E, 30–32°N) sits on B (60–62°E, 29–30°N); their common edge along 30°N is stored as two arcs
        // (60–61°E and 61–62°E), both run reversed by B. They must come out as one polyline.
        const string split = """
            {"type":"Topology","transform":{"scale":[1,1],"translate":[60,30]},
             "objects":{"countries":{"type":"GeometryCollection","geometries":[
               {"type":"Polygon","id":"001","arcs":[[0,1,2]]},
               {"type":"Polygon","id":"002","arcs":[[-2,-1,3]]}]}},
             "arcs":[
               [[0,0],[1,0]],
               [[1,0],[1,0]],
               [[2,0],[0,2],[-2,0],[0,-2]],
               [[0,0],[0,-1],[2,0],[0,1]]]}
            """;
        var map = RegionMap.Build(split, [new TrackedBorder("A-B", "A", "B")], new Dictionary<string, string> { ["A"] = "001", ["B"] = "002" }, Window);

        var line = map.Border("A-B").ShouldNotBeNull();
        line.Lines.Count.ShouldBe(1);
        line.Lines[0].ShouldBe(new[] { 60, 61, 62 }.Select(lon => Window.Project(new GeoPoint(lon, 30)).Rounded()).ToList());
    }

    [Fact]
    public void The_regional_projection_maps_its_window_onto_the_view_box()
    {
        var projection = RegionProjection.CentralAsia;
        var view = projection.View;

        view.Width.ShouldBe(1000);
        // 32° of latitude against 42° of longitude shrunk by cos 40°.
        view.Height.ShouldBe(Math.Round(1000 * 32 / (42 * Math.Cos(40 * Math.PI / 180)), 1));
        view.ToString().ShouldBe($"0 0 1000 {view.Height.ToString(System.Globalization.CultureInfo.InvariantCulture)}");
        projection.Project(new GeoPoint(46, 56)).Rounded().ShouldBe(new MapPoint(0, 0));
        projection.Project(new GeoPoint(88, 24)).Rounded().ShouldBe(new MapPoint(1000, view.Height));
        projection.Project(new GeoPoint(67, 40)).Rounded().ShouldBe(new MapPoint(500, Math.Round(view.Height / 2, 1)));
        view.Contains(projection.Project(new GeoPoint(45.9, 40))).ShouldBeFalse();
        view.Contains(projection.Project(new GeoPoint(67, 56.1))).ShouldBeFalse();
    }

    [Fact]
    public void A_degree_of_longitude_is_shorter_than_a_degree_of_latitude_by_the_cosine_of_the_central_latitude()
    {
        var p = RegionProjection.CentralAsia;
        var oneEast = p.Project(new GeoPoint(61, 40)).X - p.Project(new GeoPoint(60, 40)).X;
        var oneNorth = p.Project(new GeoPoint(60, 40)).Y - p.Project(new GeoPoint(60, 41)).Y;

        (oneEast / oneNorth).ShouldBe(Math.Cos(40 * Math.PI / 180), 0.001);
    }

    [Fact]
    public void Countries_become_closed_paths_one_subpath_per_polygon()
    {
        var map = Build();

        map.Countries.Select(c => c.Name).ShouldBe(["Westland", "Eastland", "Farland"]);
        var west = map.Country("WST").ShouldNotBeNull();
        west.IsoNumeric.ShouldBe("001");
        west.Path.ShouldEndWith("Z");
        // The ring's closing point is left to Z.
        MapPaths.Subpaths(west.Path).ShouldBe([
            new[] { (62, 30), (62, 32), (60, 32), (60, 30) }.Select(p => Window.Project(new GeoPoint(p.Item1, p.Item2)).Rounded()).ToList()]);
        MapPaths.Subpaths(map.Country("EST")!.Path).Count.ShouldBe(2);
    }

    [Fact]
    public void Known_states_get_a_label_inside_their_shape_and_unknown_features_none()
    {
        var codes = new Dictionary<string, string> { ["WST"] = "001" };
        var map = RegionMap.Build(Tiny, [], codes, Window);

        map.Country("WST")!.Label.ShouldBe(Window.Project(new GeoPoint(61, 31)).Rounded());
        var east = map.Countries.Single(c => c.Name == "Eastland");
        east.Alpha3.ShouldBeNull();
        east.Label.ShouldBeNull();
    }

    [Fact]
    public void Shapes_are_cut_near_the_view_and_countries_outside_it_are_left_out()
    {
        // 61–63°E, 29.5–33°N: half of Westland, half of Eastland's square, none of the island or Farland.
        var narrow = new RegionProjection(west: 61, south: 29.5, east: 63, north: 33, width: 400);
        var map = RegionMap.Build(Tiny, [new TrackedBorder("EST-WST", "WST", "EST")], Codes, narrow);

        map.Countries.Select(c => c.Alpha3).ShouldBe(["WST", "EST"]);
        var view = narrow.View;
        foreach (var shape in map.Countries)
            MapPaths.Subpaths(shape.Path).SelectMany(p => p).ShouldAllBe(p => MapPaths.Inside(p, -10, -10, view.Width + 10, view.Height + 10));
        MapPaths.Subpaths(map.Country("EST")!.Path).Count.ShouldBe(1); // the island is out of view
        map.Country("WST")!.Label!.Value.X.ShouldBeInRange(0, view.Width / 2); // on the visible half of Westland
    }

    [Fact]
    public void Border_lines_are_cut_at_the_view_edge()
    {
        // 61–63°E, 31–33°N: the upper half of the shared edge (62°E, 30–32°N) is in view.
        var top = new RegionProjection(west: 61, south: 31, east: 63, north: 33, width: 400);
        var map = RegionMap.Build(Tiny, [new TrackedBorder("EST-WST", "WST", "EST")], Codes, top);

        var line = map.Border("EST-WST").ShouldNotBeNull();
        line.Lines.ShouldBe([[new MapPoint(200, top.View.Height), top.Project(new GeoPoint(62, 32)).Rounded()]]);
        line.Lines.SelectMany(l => l).ShouldAllBe(p => top.View.Contains(p));
    }

    [Fact]
    public void Locate_places_a_position_in_view_and_refuses_one_outside()
    {
        var map = Build();

        map.Locate(new GeoPoint(63, 35.5)).ShouldBe(Window.Project(new GeoPoint(63, 35.5)).Rounded());
        map.Locate(new GeoPoint(70, 20)).ShouldBeNull();
    }

    [Theory]
    [InlineData("""{"type":"FeatureCollection","features":[]}""")]
    [InlineData("""{"type":"Topology","arcs":[],"objects":{"land":{"type":"GeometryCollection","geometries":[]}}}""")]
    [InlineData("""{"type":"Topology","arcs":[[[0,0],[1,1]]],"objects":{"countries":{"type":"Polygon","arcs":[[5]]}}}""")]
    [InlineData("""{"type":"Topology","arcs":[[["a",0],[1,1]]],"objects":{"countries":{"type":"Polygon","arcs":[[0]]}}}""")]
    [InlineData("""{"type":"Topology","arcs":[[[0],[1,1]]],"objects":{"countries":{"type":"Polygon","arcs":[[0]]}}}""")]
    public void Text_that_is_not_a_usable_topology_is_refused_as_invalid_data(string json) =>
        Should.Throw<InvalidDataException>(() => RegionMap.Build(json, [], Codes));

    [Fact]
    public void Text_that_is_not_json_is_refused() =>
        Should.Throw<JsonException>(() => Topology.Parse("not json"));
}
