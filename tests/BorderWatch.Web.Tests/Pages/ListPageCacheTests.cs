using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.RegularExpressions;
using BorderWatch.Core.Domain;
using BorderWatch.Web.Api;
using BorderWatch.Web.Dashboard;
using BorderWatch.Web.Tests.Hosting;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.DependencyInjection;

namespace BorderWatch.Web.Tests.Pages;

/// <summary>
/// The border timeline and the incident list are answered from the output cache for anonymous visitors, per URL,
/// until the store changes (a review decision, an ingest); signed-in analysts always get a page rendered for them;
/// refusals (an unknown border, a filter that cannot be applied) are never kept; every spelling of one list (unknown
/// keys, their order, the case of codes, an analyst-only key) shares one entry. A store of its own (the tests write).
/// </summary>
public sealed partial class ListPageCacheTests(DashboardFactory app) : IClassFixture<DashboardFactory>
{
    [GeneratedRegex(@"of (?:more than )?([\d,]+) incidents?")]
    private static partial Regex ShownTotal();

    private static int Total(string html)
    {
        var m = ShownTotal().Match(html);
        m.Success.ShouldBeTrue("the page states how many incidents match");
        return int.Parse(m.Groups[1].Value.Replace(",", ""), System.Globalization.CultureInfo.InvariantCulture);
    }

    private async Task<(HttpResponseMessage First, HttpResponseMessage Again)> TwoVisitorsAsync(string url)
    {
        var first = await app.CreateClient().GetAsync(url);
        first.StatusCode.ShouldBe(HttpStatusCode.OK);
        first.Headers.Contains("Set-Cookie").ShouldBeFalse("a page that may be cached hands nobody a cookie");
        var again = await app.CreateClient().GetAsync(url);
        again.Headers.Age.ShouldNotBeNull($"a second visitor of {url} is answered from the cache");
        (await again.Content.ReadAsStringAsync()).ShouldBe(await first.Content.ReadAsStringAsync());
        return (first, again);
    }

    [Fact]
    public async Task A_border_timeline_is_cached_for_anonymous_visitors_until_a_review_rejects_one_of_its_incidents()
    {
        var visitor = app.CreateClient();
        var border = (await visitor.GetFromJsonAsync<ApiIncidentPage>("/api/incidents?pageSize=1&sort=oldest&border=AFG-TJK"))!;
        border.Items.ShouldNotBeEmpty("the seed store has incidents on the Afghan-Tajik border");
        var url = "/borders/AFG-TJK";
        var (_, cached) = await TwoVisitorsAsync(url);
        var html = await cached.Content.ReadAsStringAsync();
        html.ShouldContain("<!--Blazor:", customMessage: "the cached page still starts a circuit");
        (await TwoVisitorsAsync(url + "?type=armed-clash")).Again.Headers.Age.ShouldNotBeNull("each filter of the page is kept apart");

        var reader = await app.SignedInClientAsync(AccessRole.Reader, "timeline-reader");
        (await reader.GetAsync(url)).Headers.Age.ShouldBeNull("a signed-in analyst is never served from the cache");

        var analyst = await app.SignedInClientAsync(AccessRole.Analyst, "timeline-analyst");
        var rejected = await analyst.PostAsync($"/api/incidents/{border.Items[0].Id}/reject",
            new StringContent("""{"reason":"not-an-incident"}""", Encoding.UTF8, "application/json"));
        rejected.StatusCode.ShouldBe(HttpStatusCode.OK);

        var after = await visitor.GetAsync(url);
        after.Headers.Age.ShouldBeNull("the review changed the store's version: the cached page is not served");
        Total(await after.Content.ReadAsStringAsync()).ShouldBe(Total(html) - 1, "the rejected incident is no longer listed");
        (await visitor.GetAsync(url)).Headers.Age.ShouldNotBeNull("the new page is cached in turn");
    }

    [Fact]
    public async Task The_incident_list_is_cached_per_filter_until_an_ingest_stores_new_incidents()
    {
        var url = "/incidents?sort=oldest";
        var (_, cached) = await TwoVisitorsAsync(url);
        var before = Total(await cached.Content.ReadAsStringAsync());

        // An article of this test's own wording, through the ingest page's batch runner.
        const string text = "OSH, 4 May 2022. Kyrgyz border guards detained two armed men who had crossed from Tajikistan near Batken on Wednesday, the border service said.";
        var bytes = Encoding.UTF8.GetBytes(text);
        IReadOnlyList<IngestedDocument> docs;
        await using (var scope = app.Services.CreateAsyncScope())
            docs = await scope.ServiceProvider.GetRequiredService<IngestBatch>().RunAsync(
                [new IngestItem("cache-ingest.txt", bytes.Length, _ => Task.FromResult(bytes), null)], _ => Task.CompletedTask, CancellationToken.None);
        var stored = docs.Single().Result.IncidentIds.Count;
        stored.ShouldBeGreaterThan(0, "the article reports an incident");

        var after = await app.CreateClient().GetAsync(url);
        after.Headers.Age.ShouldBeNull("the ingest changed the store's version");
        Total(await after.Content.ReadAsStringAsync()).ShouldBe(before + stored);
        (await app.CreateClient().GetAsync(url)).Headers.Age.ShouldNotBeNull("the new page is cached in turn");
    }

    [Fact]
    public async Task Unknown_keys_and_other_spellings_of_a_list_are_answered_from_its_one_entry()
    {
        var url = "/incidents?type=armed-clash&sort=oldest";
        await TwoVisitorsAsync(url);
        string[] spellings =
        [
            "/incidents?sort=oldest&type=armed-clash",
            "/incidents?TYPE=Armed-Clash&sort=oldest&page=1",
            "/incidents?type=armed-clash&type=armed-clash&sort=oldest",
            "/incidents?type=armed-clash&sort=oldest&utm_source=mail&fbclid=x",
            "/incidents?type=armed-clash&sort=oldest&all=true",   // rejected incidents are for analysts: ignored for a visitor
            .. Enumerable.Range(1, 20).Select(k => $"/incidents?type=armed-clash&sort=oldest&k{k}=v{k}"),
        ];
        foreach (var spelling in spellings)
            (await app.CreateClient().GetAsync(spelling)).Headers.Age.ShouldNotBeNull($"{spelling} shows the list of {url}: answered from its entry, none added");
        (await app.CreateClient().GetAsync(url + "&page=2")).Headers.Age.ShouldBeNull("another page of the list is another entry");

        var timeline = "/borders/AFG-TJK?type=armed-clash";
        await TwoVisitorsAsync(timeline);
        (await app.CreateClient().GetAsync(timeline + "&border=KGZ-TJK")).Headers.Age.ShouldNotBeNull("the route decides the timeline's border, not the query");
    }

    [Fact]
    public async Task Only_enhanced_navigation_is_kept_apart_not_each_accept_header()
    {
        var url = "/incidents?status=reported";
        await TwoVisitorsAsync(url);
        var odd = new HttpRequestMessage(HttpMethod.Get, url);
        odd.Headers.TryAddWithoutValidation("Accept", "text/html, application/x-made-up-1");
        (await app.CreateClient().SendAsync(odd)).Headers.Age.ShouldNotBeNull("a page load with any Accept header shares the page's entry");
        var enhanced = new HttpRequestMessage(HttpMethod.Get, url);
        enhanced.Headers.TryAddWithoutValidation("Accept", "text/html; blazor-enhanced-nav=on");
        (await app.CreateClient().SendAsync(enhanced)).Headers.Age.ShouldBeNull("an enhanced-navigation fetch gets an answer of its own");
    }

    [Fact]
    public async Task Evicting_the_tag_drops_every_kept_page_and_nothing_else_of_the_cache()
    {
        string[] pages = ["/", "/borders/AFG-TJK?sort=oldest", "/incidents?type=statement"];
        foreach (var url in pages) await TwoVisitorsAsync(url);
        (await app.CreateClient().GetAsync("/api/incidents?pageSize=3")).EnsureSuccessStatusCode();
        await app.Services.GetRequiredService<IOutputCacheStore>().EvictByTagAsync(AnonymousPageCache.Tag, default);
        foreach (var url in pages)
            (await app.CreateClient().GetAsync(url)).Headers.Age.ShouldBeNull($"{url} is rendered again after the eviction");
        (await app.CreateClient().GetAsync("/api/incidents?pageSize=3")).Headers.Age.ShouldNotBeNull("the API's answers are not the pages' tag");
    }

    [Theory]
    [InlineData("/borders/XYZ-QQQ")]
    [InlineData("/incidents?from=2020-13")]
    public async Task Refusals_are_never_kept(string url)
    {
        var first = await app.CreateClient().GetAsync(url);
        first.StatusCode.ShouldNotBe(HttpStatusCode.OK);
        var again = await app.CreateClient().GetAsync(url);
        again.StatusCode.ShouldBe(first.StatusCode);
        again.Headers.Age.ShouldBeNull("only a page that rendered is kept");
    }
}
