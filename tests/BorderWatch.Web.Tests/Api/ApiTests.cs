using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using BorderWatch.Core.Domain;
using BorderWatch.Core.Queries;
using BorderWatch.Web.Api;
using BorderWatch.Web.Tests.Hosting;
using Microsoft.EntityFrameworkCore;

namespace BorderWatch.Web.Tests.Api;

/// <summary>The JSON API, the exports of the current filter and the OpenAPI description.</summary>
[Collection(SeededDashboard.Name)]
public sealed class ApiTests(DashboardFactory app)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    [Fact]
    public async Task Incidents_are_paged_with_the_schema_field_names()
    {
        var client = app.CreateClient();
        var first = await client.GetFromJsonAsync<ApiIncidentPage>("/api/incidents?pageSize=10&sort=oldest");
        var second = await client.GetFromJsonAsync<ApiIncidentPage>("/api/incidents?pageSize=10&sort=oldest&page=2");
        var stored = await StoredIncident.LoadListedAsync(app);

        first!.Total.ShouldBe(stored.Count);
        first.PageCount.ShouldBe((stored.Count + 9) / 10);
        first.Items.Count.ShouldBe(10);
        first.Items.Select(i => i.Id).Intersect(second!.Items.Select(i => i.Id)).ShouldBeEmpty();
        var starts = first.Items.Concat(second.Items).Select(i => stored.Single(s => s.Id == i.Id).Start).Where(d => d is not null).ToList();
        starts.ShouldBe(starts.Order().ToList());

        var raw = await client.GetStringAsync("/api/incidents?pageSize=1");
        using var doc = JsonDocument.Parse(raw);
        var item = doc.RootElement.GetProperty("items")[0];
        foreach (var field in new[] { "id", "type", "date", "datePrecision", "border", "countries", "organizations", "persons", "location", "status", "attribution", "excerpts", "summary", "confidence" })
            item.TryGetProperty(field, out _).ShouldBeTrue($"field {field}");
        Codes.TryParseType(item.GetProperty("type").GetString(), out _).ShouldBeTrue();
    }

    [Fact]
    public async Task One_incident_has_its_excerpts_exactly_as_in_the_article()
    {
        await using var db = app.OpenStore();
        var stored = await db.Incidents.Include(i => i.Article).Include(i => i.Excerpts).OrderBy(i => i.Id).FirstAsync();
        var detail = await app.CreateClient().GetFromJsonAsync<ApiIncidentDetail>($"/api/incidents/{stored.Id}");

        detail!.Incident.Id.ShouldBe(stored.Id);
        detail.Incident.Type.ShouldBe(stored.Type.ToCode());
        detail.Incident.Excerpts.ShouldNotBeEmpty();
        foreach (var e in detail.Incident.Excerpts)
            stored.Article!.CleanedText[e.Start..e.End].ShouldBe(e.Text);
    }

    [Theory]
    [InlineData("/api/incidents?from=2019-13", "from")]
    [InlineData("/api/incidents?pageSize=0", "pageSize")]
    [InlineData("/api/incidents?pageSize=100000", "pageSize")]
    [InlineData("/api/incidents?type=riot&status=maybe", "type")]
    [InlineData("/api/facets?country=1", "country")]
    [InlineData("/api/borders/AFGTKM", "border")]
    [InlineData("/api/actors?kind=alien", "kind")]
    [InlineData("/api/articles?page=-1", "page")]
    [InlineData("/api/export/incidents.xlsx", "format")]
    [InlineData("/api/export/incidents.csv?to=soon", "to")]
    public async Task Bad_values_get_a_400_problem_naming_the_field(string url, string field)
    {
        var response = await app.CreateClient().GetAsync(url);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        using var doc = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        doc.RootElement.GetProperty("errors").EnumerateArray().Select(e => e.GetString()).ShouldContain(e => e!.StartsWith(field + ":"));
    }

    [Theory]
    [InlineData("/api/incidents/999999")]
    [InlineData("/api/articles/999999")]
    [InlineData("/api/actors/999999")]
    [InlineData("/api/borders/TJK-TKM")] // Tajikistan and Turkmenistan share no border
    public async Task Missing_things_get_a_404_problem(string url)
    {
        var response = await app.CreateClient().GetAsync(url);

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
    }

    [Fact]
    public async Task Borders_carry_lengths_with_sources_and_counts_by_type()
    {
        var borders = await app.CreateClient().GetFromJsonAsync<List<ApiBorder>>("/api/borders");
        var stored = await StoredIncident.LoadListedAsync(app);

        var afgTjk = borders!.Single(b => b.Code == "AFG-TJK");
        afgTjk.States.ShouldBe(["AFG", "TJK"]);
        afgTjk.Lengths.ShouldContain(l => l.Kilometres == 1357 && l.Source == "CIA World Factbook");
        afgTjk.Incidents.ShouldBe(stored.Count(i => i.Border == "AFG-TJK"));
        afgTjk.ByType.Values.Sum().ShouldBe(afgTjk.Incidents);
        (await app.CreateClient().GetFromJsonAsync<ApiBorder>("/api/borders/tjk-afg"))!.Code.ShouldBe("AFG-TJK");
    }

    [Fact]
    public async Task Actors_and_articles_are_listed_and_found_by_id()
    {
        var client = app.CreateClient();
        var persons = (await client.GetFromJsonAsync<List<ApiActor>>("/api/actors?kind=person"))!;
        persons.ShouldAllBe(a => a.Kind == "person" && a.Incidents > 0);
        var lavrov = persons.Single(a => a.Name == "Sergey Lavrov");
        var detail = await client.GetFromJsonAsync<ApiActorDetail>($"/api/actors/{lavrov.Id}");
        detail!.Aliases.ShouldContain("Sergei Lavrov");
        detail.AppearsWith.ShouldNotBeEmpty();

        var articles = await client.GetFromJsonAsync<ApiPage<ApiArticle>>("/api/articles");
        articles!.Total.ShouldBe(5);
        var article = await client.GetFromJsonAsync<ApiArticleDetail>(articles.Items[0].Url.Replace("/articles/", "/api/articles/"));
        article!.Incidents.Count.ShouldBe(articles.Items[0].Incidents);
        article.Article.PublishedDateSource.ShouldBeOneOf("metadata", "stated-in-text", "inferred-from-text", "none");
    }

    [Fact]
    public async Task Facets_count_under_the_other_filters()
    {
        var facets = (await app.CreateClient().GetFromJsonAsync<List<ApiFacet>>("/api/facets?status=unconfirmed"))!;
        var stored = await StoredIncident.LoadListedAsync(app);

        var types = facets.Single(f => f.Key == "type");
        types.Values.Sum(v => v.Count).ShouldBe(stored.Count(i => i.Status == IncidentStatus.Unconfirmed));
        var statuses = facets.Single(f => f.Key == "status");
        statuses.Values.Sum(v => v.Count).ShouldBe(stored.Count, "the status facet ignores its own filter");
        statuses.Values.Single(v => v.Value == "unconfirmed").Selected.ShouldBeTrue();
    }

    [Fact]
    public async Task Exports_follow_the_views_sort_and_link_each_incident_to_its_page()
    {
        var client = app.CreateClient();
        var newest = (await client.GetFromJsonAsync<List<IncidentRecord>>("/api/export/incidents.json?country=TKM&sort=newest", Json))!;
        var oldest = (await client.GetFromJsonAsync<List<IncidentRecord>>("/api/export/incidents.json?country=TKM", Json))!;
        newest.Count.ShouldBeGreaterThan(2);
        newest.Select(r => r.Id).Order().ShouldBe(oldest.Select(r => r.Id).Order());
        // Compare first days ("2015" starts 2015-01-01), so incidents that start the same day may come in either order.
        static string FirstDay(string date) => date.Length == 4 ? date + "-01-01" : date.Length == 7 ? date + "-01" : date;
        var newestDates = newest.Where(r => r.Date is not null).Select(r => FirstDay(r.Date!)).ToList();
        newestDates.ShouldBe(newestDates.OrderDescending(StringComparer.Ordinal).ToList(), "sort=newest puts later dates first");
        var oldestDates = oldest.Where(r => r.Date is not null).Select(r => FirstDay(r.Date!)).ToList();
        oldestDates.ShouldBe(oldestDates.Order(StringComparer.Ordinal).ToList(), "without sort= the export runs oldest first");

        var csv = await client.GetAsync("/api/export/incidents.csv?country=TKM&sort=newest");
        csv.Content.Headers.ContentDisposition!.FileName.ShouldBe("borderwatch_TKM.csv");
        newest.ShouldAllBe(r => r.Permalink != null && r.Permalink.EndsWith($"/incidents/{r.Id}") && r.Permalink.StartsWith("http"));
    }

    [Fact]
    public async Task Exports_of_the_current_filter_come_in_the_clis_formats()
    {
        var client = app.CreateClient();
        var expected = (await StoredIncident.LoadListedAsync(app)).Where(i => i.Involves(ActorKind.State, "TKM")).Select(i => i.Id).Order().ToList();

        var csv = await client.GetAsync("/api/export/incidents.csv?country=TKM");
        csv.Content.Headers.ContentType!.MediaType.ShouldBe("text/csv");
        // The file is named after the filter and the order (oldest first without sort=, as in the CLI).
        csv.Content.Headers.ContentDisposition!.FileName.ShouldBe("borderwatch_TKM_by-oldest.csv");
        var lines = (await csv.Content.ReadAsStringAsync()).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        lines[0].ShouldBe(string.Join(",", IncidentExport.Columns));

        var json = (await client.GetFromJsonAsync<List<IncidentRecord>>("/api/export/incidents.json?country=TKM", Json))!;
        json.Select(r => r.Id).Order().ShouldBe(expected);
        json.ShouldAllBe(r => r.Countries.Contains("TKM"));
        // One CSV row per incident (rows may hold quoted line breaks, so count records through the JSON ids).
        lines.Count(l => expected.Any(id => l.Contains($",{id},"))).ShouldBeGreaterThanOrEqualTo(expected.Count);

        using var geo = JsonDocument.Parse(await client.GetStringAsync("/api/export/incidents.geojson?country=TKM"));
        geo.RootElement.GetProperty("type").GetString().ShouldBe("FeatureCollection");
        var features = geo.RootElement.GetProperty("features").EnumerateArray().ToList();
        // Every incident is a feature; an unlocated one has geometry null (it is not silently dropped).
        features.Count.ShouldBe(json.Count);
        features.Count(f => f.GetProperty("geometry").ValueKind == JsonValueKind.Object).ShouldBe(json.Count(r => r.Latitude is not null));
        features.Where(f => f.GetProperty("geometry").ValueKind == JsonValueKind.Object)
            .ShouldAllBe(f => f.GetProperty("geometry").GetProperty("type").GetString() == "Point");
    }

    [Fact]
    public async Task Every_list_offers_export_links_for_its_filter()
    {
        var (_, doc) = await app.CreateClient().GetPageAsync("/borders/AFG-TKM?type=statement");
        var links = doc.QuerySelectorAll("a[href^='/api/export/']").Select(a => a.GetAttribute("href")).ToList();

        links.ShouldBe([
            "/api/export/incidents.csv?border=AFG-TKM&type=statement",
            "/api/export/incidents.json?border=AFG-TKM&type=statement",
            "/api/export/incidents.geojson?border=AFG-TKM&type=statement",
        ]);
    }

    [Fact]
    public async Task The_openapi_document_describes_every_api_endpoint()
    {
        using var doc = JsonDocument.Parse(await app.CreateClient().GetStringAsync("/openapi/v1.json"));
        var paths = doc.RootElement.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();

        paths.ShouldContain("/api/incidents");
        paths.ShouldContain("/api/incidents/{id}");
        paths.ShouldContain("/api/facets");
        paths.ShouldContain("/api/borders");
        paths.ShouldContain("/api/borders/{code}");
        paths.ShouldContain("/api/actors");
        paths.ShouldContain("/api/actors/{id}");
        paths.ShouldContain("/api/articles");
        paths.ShouldContain("/api/articles/{id}");
        paths.ShouldContain("/api/export/incidents.{format}");
    }
}
