using System.Net;
using System.Net.Http.Json;
using System.Text;
using BorderWatch.Core.Domain;
using BorderWatch.Web.Api;
using BorderWatch.Web.Tests.Hosting;
using Microsoft.EntityFrameworkCore;

namespace BorderWatch.Web.Tests.Pages;

/// <summary>
/// The overview is answered from the output cache for anonymous visitors until the store changes; signed-in analysts
/// always get a page rendered for them, and no visitor is handed another's antiforgery cookie. A store of its own
/// (the test reviews an incident).
/// </summary>
public sealed class OverviewCacheTests(DashboardFactory app) : IClassFixture<DashboardFactory>
{
    private static string Total(string html) =>
        System.Text.RegularExpressions.Regex.Match(html, @"\((\d[\d,]*) incident reports?\)").Groups[1].Value;

    [Fact]
    public async Task Anonymous_visitors_get_the_cached_overview_until_a_review_rejects_an_incident()
    {
        var visitor = app.CreateClient();
        var first = await visitor.GetAsync("/");
        first.StatusCode.ShouldBe(HttpStatusCode.OK);
        first.Headers.Contains("Set-Cookie").ShouldBeFalse("a page that may be cached hands nobody a cookie");
        var again = await app.CreateClient().GetAsync("/");
        again.Headers.Age.ShouldNotBeNull("a second visitor is answered from the cache");
        var html = await again.Content.ReadAsStringAsync();
        html.ShouldBe(await first.Content.ReadAsStringAsync());
        html.ShouldContain("<!--Blazor:", customMessage: "the cached page still starts a circuit");
        again.Headers.Contains("Set-Cookie").ShouldBeFalse();

        var reader = await app.SignedInClientAsync(AccessRole.Reader, "overview-reader");
        (await reader.GetAsync("/")).Headers.Age.ShouldBeNull("a signed-in analyst is never served from the cache");

        var page = await visitor.GetFromJsonAsync<ApiIncidentPage>("/api/incidents?pageSize=1&sort=oldest");
        var analyst = await app.SignedInClientAsync(AccessRole.Analyst, "overview-analyst");
        var rejected = await analyst.PostAsync($"/api/incidents/{page!.Items[0].Id}/reject",
            new StringContent("""{"reason":"not-an-incident"}""", Encoding.UTF8, "application/json"));
        rejected.StatusCode.ShouldBe(HttpStatusCode.OK);

        var after = await visitor.GetAsync("/");
        after.Headers.Age.ShouldBeNull("the review changed the store's version: the cached page is not served");
        Total(html).ShouldNotBeEmpty();
        Total(await after.Content.ReadAsStringAsync()).ShouldNotBe(Total(html), "the rejected incident no longer counts");
        (await visitor.GetAsync("/")).Headers.Age.ShouldNotBeNull("the new page is cached in turn");
    }

    [Fact]
    public async Task A_write_through_another_connection_makes_the_next_visitor_miss_the_cached_overview()
    {
        var visitor = app.CreateClient();
        (await visitor.GetAsync("/")).StatusCode.ShouldBe(HttpStatusCode.OK);
        var cached = await visitor.GetAsync("/");
        cached.Headers.Age.ShouldNotBeNull("nothing was written: the page comes from the cache");
        var before = Total(await cached.Content.ReadAsStringAsync());

        // As the CLI would: its own connection, no call into the app (the hide trigger moves the tallies).
        await using (var db = app.OpenStore())
            await db.Database.ExecuteSqlRawAsync("""UPDATE "Incidents" SET "Hidden" = TRUE WHERE "Id" = (SELECT min("Id") FROM "Incidents" WHERE NOT "Hidden")""");

        var after = await visitor.GetAsync("/");
        after.Headers.Age.ShouldBeNull("the other connection's commit changed the store's version");
        Total(await after.Content.ReadAsStringAsync()).ShouldNotBe(before, "the hidden incident no longer counts");
        (await visitor.GetAsync("/")).Headers.Age.ShouldNotBeNull("the new page is cached in turn");
    }
}
