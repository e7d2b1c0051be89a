using BorderWatch.Ingestion.Gazetteer;
using BorderWatch.Web.Map;
using GazetteerIndex = BorderWatch.Ingestion.Gazetteer.Gazetteer;

namespace BorderWatch.Web.Tests.Map;

/// <summary>Builds once from the real world-atlas file, for all tests in the class.</summary>
public sealed class NaturalEarthMap
{
    public RegionMap Map { get; } = RegionMap.Build(WorldAtlasFile.Text, GazetteerIndex.Default);
    public Topology Topology { get; } = Topology.Parse(WorldAtlasFile.Text);
}

/// <summary>The overview map built from Natural Earth 1:50m (world-atlas countries-50m.json) and the gazetteer.</summary>
public class NaturalEarthMapTests(NaturalEarthMap natural) : IClassFixture<NaturalEarthMap>
{
    private RegionMap Map => natural.Map;
    private static RegionProjection Projection => RegionProjection.CentralAsia;

    /// <summary>Is a map point inside the projected lon/lat box?</summary>
    private static bool Within(MapPoint p, double west, double south, double east, double north)
    {
        var topLeft = Projection.Project(new GeoPoint(west, north));
        var bottomRight = Projection.Project(new GeoPoint(east, south));
        return MapPaths.Inside(p, topLeft.X, topLeft.Y, bottomRight.X, bottomRight.Y);
    }

    [Fact]
    public void Every_state_with_a_numeric_code_is_a_feature_of_the_file_under_its_own_name()
    {
        var features = natural.Topology.Features.Where(f => f.Id != null).ToLookup(f => f.Id!);
        var states = GazetteerIndex.Default.Entries.Where(e => e.Kind == EntryKind.State && e.IsoNumeric != null).ToList();

        states.Count.ShouldBe(GazetteerIndex.Default.Entries.Count(e => e.Kind == EntryKind.State));
        foreach (var state in states)
        {
            var feature = features[state.IsoNumeric!].FirstOrDefault();
            feature.ShouldNotBeNull($"{state.Key} ({state.IsoNumeric}) is not in countries-50m.json");
            // The file says "United States of America" where the gazetteer says "United States".
            feature.Name.ShouldNotBeNull().ShouldStartWith(state.DisplayName, Case.Sensitive, $"{state.Key} ({state.IsoNumeric})");
        }
    }

    [Theory]
    [InlineData("AFG-TKM")]
    [InlineData("AFG-TJK")]
    [InlineData("AFG-UZB")]
    public void Afghan_borders_are_drawn_inside_the_view(string code)
    {
        var line = Map.Border(code).ShouldNotBeNull();

        line.Lines.ShouldNotBeEmpty();
        line.Lines.ShouldAllBe(l => l.Count >= 2);
        line.Lines.SelectMany(l => l).ShouldAllBe(p => Map.View.Contains(p));
        MapPaths.Subpaths(line.Path).ShouldBe(line.Lines);
    }

    [Theory]
    // Afghanistan–Turkmenistan runs from the Harirud (about 61°E, 35.3°N) to the Amu Darya (about 66.5°E, 37.4°N), bulging north to 37.5°N near Andkhoy.
    [InlineData("AFG-TKM", 60.5, 35, 66.8, 37.7)]
    // Afghanistan–Uzbekistan is the Amu Darya around Termez.
    [InlineData("AFG-UZB", 66.4, 37, 67.9, 37.5)]
    // Afghanistan–Tajikistan: the Panj and Pamir rivers, 67.7–74.9°E.
    [InlineData("AFG-TJK", 67.6, 36.6, 75, 38.6)]
    // Kazakhstan–Russia: from the Caspian north of the Volga delta (46.6°E, 46.3°N) past Petropavl (55.4°N) to the Altai (87.3°E).
    [InlineData("KAZ-RUS", 46.3, 46, 87.6, 55.7)]
    public void Border_lines_lie_where_the_borders_are(string code, double west, double south, double east, double north)
    {
        var line = Map.Border(code).ShouldNotBeNull();

        line.Lines.SelectMany(l => l).ShouldAllBe(p => Within(p, west, south, east, north));
        // The line spans most of the box's width: the whole border, not a stray stretch of it.
        var xs = line.Lines.SelectMany(l => l).Select(p => p.X).ToList();
        (xs.Max() - xs.Min()).ShouldBeGreaterThan(0.8 * (Projection.Project(new GeoPoint(east, 0)).X - Projection.Project(new GeoPoint(west, 0)).X));
    }

    [Fact]
    public void Every_tracked_border_has_a_line()
    {
        Map.UnmappedBorders.ShouldBeEmpty();
        Map.Borders.Select(b => b.Code).ShouldBe(GazetteerIndex.Default.Borders.Select(b => b.Code));
    }

    [Fact]
    public void States_that_do_not_touch_get_no_line()
    {
        var codes = GazetteerIndex.Default.Entries.Where(e => e.Kind == EntryKind.State).ToDictionary(e => e.Key, e => e.IsoNumeric!);
        var map = RegionMap.Build(WorldAtlasFile.Text,
            [new TrackedBorder("KAZ-TJK", "KAZ", "TJK"), new TrackedBorder("AFG-KGZ", "AFG", "KGZ"), new TrackedBorder("AFG-TKM", "AFG", "TKM")],
            codes);

        map.Border("KAZ-TJK").ShouldBeNull();
        map.Border("AFG-KGZ").ShouldBeNull();
        map.Border("AFG-TKM").ShouldNotBeNull();
        map.UnmappedBorders.ShouldBe(["KAZ-TJK", "AFG-KGZ"]);
    }

    [Fact]
    public void Turkmenistan_is_drawn_and_labelled_on_itself()
    {
        var tkm = Map.Country("TKM").ShouldNotBeNull();

        tkm.Name.ShouldBe("Turkmenistan");
        tkm.IsoNumeric.ShouldBe("795");
        tkm.Path.ShouldNotBeNullOrEmpty();
        MapPaths.Subpaths(tkm.Path).SelectMany(p => p).ShouldAllBe(p => Within(p, 52, 35, 67, 43));
        Within(tkm.Label.ShouldNotBeNull(), 54, 36, 64, 41).ShouldBeTrue();
    }

    [Fact]
    public void The_region_and_its_neighbours_are_drawn_with_labels_in_view()
    {
        string[] expected = ["AFG", "TKM", "TJK", "UZB", "KGZ", "KAZ", "RUS", "CHN", "IRN", "PAK", "AZE", "IND"];
        foreach (var alpha3 in expected)
        {
            var shape = Map.Country(alpha3).ShouldNotBeNull(alpha3);
            Map.View.Contains(shape.Label.ShouldNotBeNull(alpha3)).ShouldBeTrue(alpha3);
        }
        Map.Country("USA").ShouldBeNull();
        Map.Country("UKR").ShouldBeNull();
        // Countries the gazetteer does not know are drawn too, without a code or label.
        var mongolia = Map.Countries.Single(c => c.IsoNumeric == "496");
        mongolia.Alpha3.ShouldBeNull();
        mongolia.Label.ShouldBeNull();
    }

    [Fact]
    public void Labels_of_the_central_asian_states_fall_in_their_own_territory()
    {
        // Rough boxes: a label at the centroid of a concave country could still land outside; these must not.
        Within(Map.Country("AFG")!.Label!.Value, 61, 31, 70, 37).ShouldBeTrue();
        Within(Map.Country("TJK")!.Label!.Value, 68, 37, 75, 40).ShouldBeTrue();
        Within(Map.Country("KGZ")!.Label!.Value, 70, 39.5, 78, 43).ShouldBeTrue();
        Within(Map.Country("KAZ")!.Label!.Value, 55, 43, 80, 52).ShouldBeTrue();
    }

    [Fact]
    public void Shapes_reaching_far_beyond_the_view_are_cut_to_its_surroundings()
    {
        foreach (var shape in Map.Countries)
            MapPaths.Subpaths(shape.Path).SelectMany(p => p)
                .ShouldAllBe(p => MapPaths.Inside(p, -10, -10, Map.View.Width + 10, Map.View.Height + 10), shape.Name);
        // Russia beyond the Urals and China east of Xinjiang are cut away: the markup stays small.
        Map.Country("RUS")!.Path.Length.ShouldBeLessThan(60_000);
        Map.Countries.Sum(c => c.Path.Length).ShouldBeLessThan(300_000);
    }

    [Fact]
    public void No_path_repeats_a_point_that_rounds_to_the_same_spot()
    {
        var paths = Map.Countries.Select(c => c.Path).Concat(Map.Borders.Select(b => b.Path));
        foreach (var path in paths)
            foreach (var subpath in MapPaths.Subpaths(path))
                subpath.Zip(subpath.Skip(1)).ShouldAllBe(pair => pair.First != pair.Second);
    }
}
