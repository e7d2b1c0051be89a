using System.Net;
using BorderWatch.Web.Tests.Hosting;

namespace BorderWatch.Web.Tests.Pages;

/// <summary>Bad addresses and query values get a clear 400 or 404 with a message, never a 500.</summary>
[Collection(SeededDashboard.Name)]
public sealed class BadRequestTests(DashboardFactory app)
{
    [Theory]
    [InlineData("/incidents?from=2019-13", "from: '2019-13' is not a date")]
    [InlineData("/incidents?to=yesterday", "to: 'yesterday' is not a date")]
    [InlineData("/incidents?from=2020&to=2019", "is after to")]
    [InlineData("/incidents?country=Turkmenistan", "country: 'Turkmenistan' is not an ISO alpha-3 code")]
    [InlineData("/incidents?type=riot", "type: 'riot' is not an incident type")]
    [InlineData("/incidents?status=rumoured", "status: 'rumoured' is not a status")]
    [InlineData("/incidents?border=AFGTKM", "border: 'AFGTKM' is not a border code")]
    [InlineData("/incidents?page=0", "page: '0' is not a page number")]
    [InlineData("/incidents?sort=random", "sort: 'random' is not an order")]
    [InlineData("/borders/AFG-TKM?from=2019-02-30", "from: '2019-02-30' is not a date")]
    [InlineData("/articles?page=x", "page: 'x' is not a page number")]
    [InlineData("/actors?kind=alien", "kind: 'alien' is not an actor kind")]
    public async Task Bad_query_values_get_400_with_the_reason(string url, string message)
    {
        var (response, doc) = await app.CreateClient().GetPageAsync(url);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        doc.QuerySelector("[role=alert]")!.TextContent.Squash().ShouldContain(message);
        doc.QuerySelectorAll("a.incident-link").ShouldBeEmpty();
    }

    [Theory]
    [InlineData("/borders/XXX-YYY", "Unknown border", "XXX-YYY")]
    [InlineData("/borders/nonsense", "Unknown border", "nonsense")]
    [InlineData("/incidents/999999", "Incident not found", "#999999")]
    [InlineData("/articles/999999", "Article not found", "#999999")]
    [InlineData("/actors/999999", "Actor not found", "#999999")]
    [InlineData("/incidents/abc", "Page not found", "nothing at this address")]
    [InlineData("/no/such/page", "Page not found", "nothing at this address")]
    public async Task Unknown_things_get_404_with_a_page_that_says_what_is_missing(string url, string title, string detail)
    {
        var (response, doc) = await app.CreateClient().GetPageAsync(url);

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        doc.QuerySelector("main h1")!.TextContent.ShouldBe(title);
        doc.QuerySelector("main .lead")!.TextContent.ShouldContain(detail);
        doc.QuerySelector("[aria-label=Main]").ShouldNotBeNull("the 404 page keeps the site frame");
    }

    [Fact]
    public async Task A_filter_nothing_matches_says_so_and_offers_a_reset()
    {
        var (response, doc) = await app.CreateClient().GetPageAsync("/incidents?country=TKM&q=zzzz-nothing");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var empty = doc.QuerySelector(".empty-state")!;
        empty.TextContent.ShouldContain("No incidents match these filters");
        empty.QuerySelector("a[href='/incidents']").ShouldNotBeNull();
    }
}
