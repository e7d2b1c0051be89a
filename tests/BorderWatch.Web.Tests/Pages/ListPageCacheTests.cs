using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.RegularExpressions;
using BorderWatch.Core.Domain;
using BorderWatch.Web.Api;
using BorderWatch.Web.Dashboard;
using BorderWatch.Web.Tests.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace BorderWatch.Web.Tests.Pages;

/// <summary>
/// The border timeline and the incident list are answered from the output cache for anonymous visitors, per URL,
/// until the store changes (a review decision, an ingest); signed-in analysts always get a page rendered for them;
/// refusals (an unknown border, a filter that cannot be applied) are never kept. A store of its own (the tests write).
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
