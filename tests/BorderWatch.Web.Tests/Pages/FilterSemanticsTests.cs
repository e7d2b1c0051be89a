using System.Net;
using System.Net.Http.Json;
using BorderWatch.Core.Domain;
using BorderWatch.Web.Api;
using BorderWatch.Web.Tests.Hosting;

namespace BorderWatch.Web.Tests.Pages;

/// <summary>
/// Each filter returns exactly the incidents it should, on the API and on the page alike, checked against an
/// oracle computed in plain C# from the stored rows (not through the query code under test).
/// </summary>
[Collection(SeededDashboard.Name)]
public sealed class FilterSemanticsTests(DashboardFactory app)
{
    private static readonly DateOnly From2018 = new(2018, 1, 1), To2019 = new(2019, 12, 31);

    private static readonly Dictionary<string, Func<StoredIncident, bool>> Cases = new()
    {
        ["country=TKM"] = i => i.Involves(ActorKind.State, "TKM"),
        ["country=tjk"] = i => i.Involves(ActorKind.State, "TJK"),
        ["country=TKM&country=UZB"] = i => i.Involves(ActorKind.State, "TKM") || i.Involves(ActorKind.State, "UZB"),
        ["country=TKM,UZB"] = i => i.Involves(ActorKind.State, "TKM") || i.Involves(ActorKind.State, "UZB"),
        ["org=CSTO"] = i => i.Actors.Any(a => a.Name == "CSTO"),
        ["org=ODKB"] = i => i.Actors.Any(a => a.Name == "CSTO"),
        ["org=Taliban"] = i => i.Actors.Any(a => a.Name == "Taliban" && a.Kind == ActorKind.ArmedGroup),
        ["person=Sergey%20Lavrov"] = i => i.Involves(ActorKind.Person, "Sergey Lavrov"),
        ["person=Sergei%20Lavrov"] = i => i.Involves(ActorKind.Person, "Sergey Lavrov"),
        ["type=deployment"] = i => i.Type == IncidentType.Deployment,
        ["type=statement&type=agreement"] = i => i.Type is IncidentType.Statement or IncidentType.Agreement,
        ["status=unconfirmed"] = i => i.Status == IncidentStatus.Unconfirmed,
        ["status=planned,denied"] = i => i.Status is IncidentStatus.Planned or IncidentStatus.Denied,
        ["border=AFG-TJK"] = i => i.Border == "AFG-TJK",
        ["from=2018-01&to=2019-12"] = i => i.Start is { } s && i.End is { } e && e >= From2018 && s <= To2019,
        ["from=2021"] = i => i.End is { } e && e >= new DateOnly(2021, 1, 1),
        ["to=2015-10"] = i => i.Start is { } s && s <= new DateOnly(2015, 10, 31),
        ["q=kerki"] = i => i.Summary.Contains("kerki", StringComparison.OrdinalIgnoreCase) || i.Excerpts.Any(x => x.Contains("kerki", StringComparison.OrdinalIgnoreCase)),
        ["country=TKM&type=statement"] = i => i.Involves(ActorKind.State, "TKM") && i.Type == IncidentType.Statement,
        ["country=AFG&org=Taliban&status=reported"] = i => i.Involves(ActorKind.State, "AFG") && i.Actors.Any(a => a.Name == "Taliban") && i.Status == IncidentStatus.Reported,
    };

    public static TheoryData<string> Queries() => new(Cases.Keys);

    [Theory]
    [MemberData(nameof(Queries))]
    public async Task Api_returns_exactly_the_matching_incidents(string query)
    {
        var expected = (await StoredIncident.LoadListedAsync(app)).Where(Cases[query]).Select(i => i.Id).Order().ToList();
        var page = await app.CreateClient().GetFromJsonAsync<ApiIncidentPage>($"/api/incidents?{query}&pageSize=500");

        expected.ShouldNotBeEmpty($"the seeds should hold incidents for {query}, or this case tests nothing");
        page!.Total.ShouldBe(expected.Count);
        page.Items.Select(i => i.Id).Order().ShouldBe(expected);
    }

    [Theory]
    [MemberData(nameof(Queries))]
    public async Task Incident_list_page_shows_exactly_the_matching_incidents(string query)
    {
        var expected = (await StoredIncident.LoadListedAsync(app)).Where(Cases[query]).Select(i => i.Id).ToHashSet();
        var (response, doc) = await app.CreateClient().GetPageAsync($"/incidents?{query}");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        expected.Count.ShouldBeLessThanOrEqualTo(50, "one page of the list holds them all");
        doc.IncidentCardIds().ToHashSet().SetEquals(expected).ShouldBeTrue($"page cards differ from the expected incidents for {query}");
        doc.QuerySelector(".result-count")!.TextContent.Squash().ShouldContain($"of {expected.Count} incident");
    }

    [Fact]
    public async Task Border_timeline_applies_the_route_border_and_its_own_filters()
    {
        var stored = await StoredIncident.LoadListedAsync(app);
        var expected = stored.Where(i => i.Border == "AFG-TKM" && i.Involves(ActorKind.State, "RUS")).Select(i => i.Id).ToHashSet();
        expected.ShouldNotBeEmpty();

        // A border in the query string is ignored: the route decides the border.
        var (response, doc) = await app.CreateClient().GetPageAsync("/borders/AFG-TKM?country=RUS&border=AFG-TJK");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        doc.IncidentCardIds().ToHashSet().SetEquals(expected).ShouldBeTrue();
        doc.QuerySelector("#facet-border").ShouldBeNull("the border page has no border facet");
    }

    [Fact]
    public async Task Actor_page_timeline_lists_the_actors_incidents()
    {
        var stored = await StoredIncident.LoadListedAsync(app);
        var lavrov = stored.SelectMany(i => i.Actors).First(a => a.Name == "Sergey Lavrov").Id;
        var expected = stored.Where(i => i.Actors.Any(a => a.Id == lavrov)).Select(i => i.Id).ToHashSet();

        var (response, doc) = await app.CreateClient().GetPageAsync($"/actors/{lavrov}");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        doc.QuerySelector("h1")!.TextContent.ShouldBe("Sergey Lavrov");
        doc.IncidentCardIds().ToHashSet().SetEquals(expected).ShouldBeTrue();
        doc.QuerySelector(".aliases")!.TextContent.ShouldContain("Sergei Lavrov");
    }

    [Fact]
    public async Task Newest_first_by_default_and_oldest_first_with_the_toggle()
    {
        var client = app.CreateClient();
        var (_, newest) = await client.GetPageAsync("/incidents?border=AFG-TJK");
        var (_, oldest) = await client.GetPageAsync("/incidents?border=AFG-TJK&sort=oldest");
        var stored = (await StoredIncident.LoadListedAsync(app)).ToDictionary(i => i.Id);

        var newestDates = newest.IncidentCardIds().Select(id => stored[id].Start).Where(d => d is not null).ToList();
        var oldestDates = oldest.IncidentCardIds().Select(id => stored[id].Start).Where(d => d is not null).ToList();
        newestDates.Count.ShouldBeGreaterThan(1);
        newestDates.ShouldBe(newestDates.OrderDescending().ToList());
        oldestDates.ShouldBe(oldestDates.Order().ToList());
        // Undated incidents come last either way.
        newest.IncidentCardIds().SkipWhile(id => stored[id].Start is not null).ShouldAllBe(id => stored[id].Start == null);
    }
}
