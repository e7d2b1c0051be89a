using System.Net;
using System.Text.RegularExpressions;
using BorderWatch.Web.Tests.Hosting;
using Microsoft.EntityFrameworkCore;

namespace BorderWatch.Web.Tests.Pages;

/// <summary>A map marker of several incidents leads to the list of exactly those incidents, its places shown as removable chips.</summary>
[Collection(SeededDashboard.Name)]
public sealed partial class MapClusterListTests(DashboardFactory app)
{
    [GeneratedRegex(@"(\d+) located events?$")]
    private static partial Regex MarkerCount();

    [Fact]
    public async Task Every_marker_of_several_incidents_links_to_a_list_of_its_incidents_with_a_chip_per_place()
    {
        var client = app.CreateClient();
        var (_, overview) = await client.GetPageAsync("/");
        var markers = overview.QuerySelectorAll("svg.region-map a.incident-cluster").ToList();
        var several = markers.Where(m => m.GetAttribute("href")!.StartsWith("/incidents?place=", StringComparison.Ordinal)).ToList();
        several.ShouldNotBeEmpty("the seeds have places with more than one incident");
        markers.Except(several).ShouldAllBe(m => Regex.IsMatch(m.GetAttribute("href")!, @"^/incidents/\d+$"));

        var listed = (await StoredIncident.LoadListedAsync(app)).Select(i => i.Id).ToHashSet();
        await using var db = app.OpenStore();
        foreach (var marker in several)
        {
            var href = marker.GetAttribute("href")!;
            var label = marker.GetAttribute("aria-label")!;
            var count = int.Parse(MarkerCount().Match(label).Groups[1].Value);
            var ids = href["/incidents?place=".Length..].Split(',').Select(int.Parse).ToList();
            // The oracle: listed incidents located at the marker's places.
            var expected = await db.Incidents.Where(i => i.PlaceId != null && ids.Contains(i.PlaceId.Value)).Select(i => i.Id).ToListAsync();
            expected.Count(listed.Contains).ShouldBe(count, href);

            var (response, list) = await client.GetPageAsync(href);
            response.StatusCode.ShouldBe(HttpStatusCode.OK);
            list.QuerySelector(".result-count")!.TextContent.ShouldContain($"of {count} incident");
            var chips = list.QuerySelectorAll(".active-filters .filter-chip").Select(c => c.TextContent.Trim()).ToList();
            var names = await db.Places.Where(p => ids.Contains(p.Id)).Select(p => p.Name).ToListAsync();
            chips.ShouldBe(names.Select(n => "Place: " + n), ignoreOrder: true);
            names.ShouldAllBe(n => label.Contains(n), "the chips name the marker's places");
            list.QuerySelector("title")!.TextContent.ShouldStartWith(ids.Count == 1 ? "1 place · Incidents" : $"{ids.Count} places · Incidents");
        }
    }

    [Fact]
    public async Task The_place_filter_is_read_from_the_url_and_the_api_and_a_bad_id_is_named()
    {
        await using var db = app.OpenStore();
        var place = await db.Incidents.Where(i => i.PlaceId != null).GroupBy(i => i.PlaceId!.Value)
            .OrderByDescending(g => g.Count()).Select(g => g.Key).FirstAsync();
        var client = app.CreateClient();

        var json = System.Text.Json.JsonDocument.Parse(await client.GetStringAsync($"/api/incidents?place={place}&pageSize=200"));
        var items = json.RootElement.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetInt32()).ToList();
        var listed = (await StoredIncident.LoadListedAsync(app)).Select(i => i.Id).ToHashSet();
        var expected = await db.Incidents.Where(i => i.PlaceId == place).Select(i => i.Id).ToListAsync();
        items.ShouldBe(expected.Where(listed.Contains), ignoreOrder: true);

        var (response, doc) = await client.GetPageAsync($"/incidents?place={place},x");
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        doc.QuerySelector("[role=alert]")!.TextContent.ShouldContain("place: 'x' is not an id");
    }
}
