using BorderWatch.Web.Components.Shared;
using BorderWatch.Web.Dashboard;
using BorderWatch.Web.Tests.Components;
using Bunit;

namespace BorderWatch.Web.Tests.Map;

/// <summary>Located incidents on the overview map: close places share one marker, and every marker says what it holds.</summary>
public sealed class MapClusterTests(NaturalEarthMap natural) : IClassFixture<NaturalEarthMap>
{
    // Made-up places (not gazetteer entries): what matters is how far apart they are.
    // Place ids are made up from the first incident's id (100 + first).
    private static LocatedPlace P(string name, double lat, double lon, int count, int first) => new(lat, lon, name, count, first, 100 + first);

    [Fact]
    public void Places_a_few_kilometres_apart_share_a_marker_even_across_a_whole_degree()
    {
        // 37.98°N and 38.02°N lie in different 0.75° grid cells (and different whole degrees) but ~5 km apart.
        var clusters = MapClusters.Cluster([P("South Post", 37.98, 67.49, 2, 10), P("North Post", 38.02, 67.51, 1, 4)], radius: 0.5);

        var c = clusters.ShouldHaveSingleItem();
        c.Count.ShouldBe(3);
        c.Places.ShouldBe(["South Post (2)", "North Post"]);
        c.FirstIncidentId.ShouldBe(4);
        c.PlaceIds.ShouldBe([104, 110]);
        c.Latitude.ShouldBe((37.98 * 2 + 38.02) / 3, 1e-9, "centres are weighted by incidents");
    }

    [Fact]
    public void Places_farther_apart_than_the_radius_stay_apart_busiest_first()
    {
        var clusters = MapClusters.Cluster([P("West", 37.0, 62.0, 1, 1), P("East", 37.0, 71.0, 5, 2), P("Near east", 37.1, 71.2, 1, 3)], radius: 0.5);

        clusters.Select(c => (c.Count, string.Join("|", c.Places))).ShouldBe([(6, "East (5)|Near east"), (1, "West")]);
    }

    [Fact]
    public void Longitude_counts_less_towards_the_pole()
    {
        // 0.6° of longitude at 60°N is ~0.3° on the ground scale: within 0.5; at the equator it is not.
        MapClusters.Cluster([P("a", 60, 30, 1, 1), P("b", 60, 30.6, 1, 2)], 0.5).Count.ShouldBe(1);
        MapClusters.Cluster([P("a", 0, 30, 1, 1), P("b", 0, 30.6, 1, 2)], 0.5).Count.ShouldBe(2);
    }

    [Fact]
    public async Task Each_marker_has_a_tooltip_and_label_naming_its_places_and_count_and_links_to_its_incidents()
    {
        await using var ctx = DashboardBunit.Create();
        var clusters = MapClusters.Cluster([P("Termez post", 37.22, 67.28, 3, 12), P("Kerki post", 37.83, 65.2, 1, 7)], 0.5);
        var cut = ctx.Render<RegionMapView>(p => p.Add(m => m.Map, natural.Map).Add(m => m.Located, clusters));

        var markers = cut.FindAll("a.incident-cluster");
        markers.Count.ShouldBe(2);
        var busy = markers[0];
        busy.GetAttribute("aria-label").ShouldBe("Termez post (3): 3 located events");
        busy.QuerySelector("circle > title")!.TextContent.ShouldBe("Termez post (3): 3 located events");
        busy.QuerySelector("text.cluster-count")!.TextContent.ShouldBe("3");
        busy.GetAttribute("href").ShouldBe("/incidents?place=112", "several incidents: the list of the marker's places");
        markers[1].GetAttribute("href").ShouldBe("/incidents/7", "one incident: that incident");
        markers[1].GetAttribute("aria-label").ShouldBe("Kerki post: 1 located event");
        markers[1].QuerySelector("text.cluster-count").ShouldBeNull("a single incident needs no number");
        cut.Find(".map-legend").TextContent.ShouldContain("located events (4)");
        // The busier marker is drawn larger.
        double R(AngleSharp.Dom.IElement a) => double.Parse(a.QuerySelector("circle")!.GetAttribute("r")!, System.Globalization.CultureInfo.InvariantCulture);
        R(busy).ShouldBeGreaterThan(R(markers[1]));
    }
}
