using System.Net;
using System.Text;
using BorderWatch.Core.Accounts;
using BorderWatch.Core.Domain;
using BorderWatch.Web.Tests.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace BorderWatch.Web.Tests.Access;

/// <summary>Rate limits on sign-in and ingest answer 429 with Retry-After; reading can be made sign-in only.</summary>
public sealed class LimitTests
{
    private static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");

    [Fact]
    public async Task Sign_in_posts_past_the_limit_answer_429_showing_the_form_does_not_count()
    {
        await using var app = new ConfiguredDashboardFactory(("BorderWatch:Access:SignInPermitsPerMinute", "3"));
        var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        for (var i = 0; i < 3; i++)
            (await client.PostSignInAsync("nobody", "wrong password " + i)).StatusCode.ShouldBe(HttpStatusCode.OK);
        // Each PostSignInAsync also shows the form: GETs are not limited, the fourth post is.
        var refused = await client.PostSignInAsync("nobody", "wrong password 4");
        refused.StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
        int.Parse(refused.Headers.GetValues("Retry-After").Single()).ShouldBeInRange(1, 60);
        (await refused.Content.ReadAsStringAsync()).ShouldContain("Too many requests");
    }

    [Fact]
    public async Task Ingest_calls_past_the_limit_answer_429()
    {
        await using var app = new ConfiguredDashboardFactory(("BorderWatch:Access:IngestPermitsPerMinute", "2"));
        var analyst = await app.SignedInClientAsync(AccessRole.Analyst);
        for (var i = 0; i < 2; i++)
            (await analyst.PostAsync("/api/ingest/url", Json("""{"url":"not a url"}"""))).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await analyst.PostAsync("/api/ingest/url", Json("""{"url":"not a url"}"""))).StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
    }

    [Fact]
    public async Task With_read_requiring_sign_in_every_page_and_read_api_needs_an_account()
    {
        await using var app = new ConfiguredDashboardFactory(("BorderWatch:Access:ReadRequiresSignIn", "true"));
        var anonymous = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        foreach (var page in new[] { "/", "/incidents", "/articles", "/borders/AFG-TKM" })
        {
            var r = await anonymous.GetAsync(page);
            r.StatusCode.ShouldBe(HttpStatusCode.Redirect, page);
            r.Headers.Location!.OriginalString.ShouldContain("/account/sign-in");
        }
        foreach (var api in new[] { "/api/incidents", "/api/borders", "/api/export/incidents.csv", "/articles/1/raw" })
            (await anonymous.GetAsync(api)).StatusCode.ShouldBe(api.StartsWith("/api", StringComparison.Ordinal) ? HttpStatusCode.Unauthorized : HttpStatusCode.Redirect, api);

        // The sign-in page and its stylesheet stay reachable.
        var (signInPage, form) = await anonymous.GetPageAsync("/account/sign-in");
        signInPage.StatusCode.ShouldBe(HttpStatusCode.OK);
        var css = form.QuerySelectorAll("link[rel=stylesheet]").Select(l => l.GetAttribute("href")!).First(h => h.Contains("site"));
        (await anonymous.GetAsync(css)).StatusCode.ShouldBe(HttpStatusCode.OK);

        var reader = await app.SignedInClientAsync(AccessRole.Reader);
        (await reader.GetAsync("/incidents")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await reader.GetAsync("/api/incidents")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_personal_api_token_writes_as_its_analyst_until_revoked()
    {
        await using var app = new ConfiguredDashboardFactory();
        var user = await app.AddAccountAsync("scripted", AccessRole.Analyst);
        string token;
        int id;
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var created = await scope.ServiceProvider.GetRequiredService<ApiTokenService>().CreateAsync(user.Id, "feed script");
            (token, id) = (created.Token, created.Row.Id);
        }
        var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        HttpRequestMessage Ingest(string bearer) => new(HttpMethod.Post, "/api/ingest/url")
        {
            Content = Json("""{"url":"not a url"}"""), Headers = { { "Authorization", "Bearer " + bearer } },
        };
        (await client.SendAsync(Ingest(token))).StatusCode.ShouldBe(HttpStatusCode.BadRequest, "authorized: the endpoint checks the url");
        var forged = await client.SendAsync(Ingest(token[..^2] + "xx"));
        forged.StatusCode.ShouldBe(HttpStatusCode.Unauthorized, await forged.Content.ReadAsStringAsync());

        await using (var scope = app.Services.CreateAsyncScope())
            (await scope.ServiceProvider.GetRequiredService<ApiTokenService>().RevokeAsync(user.Id, id)).ShouldBeTrue();
        var revoked = await client.SendAsync(Ingest(token));
        revoked.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);

        // A reader's token reads but cannot write.
        var reader = await app.AddAccountAsync("reading-script", AccessRole.Reader);
        await using (var scope = app.Services.CreateAsyncScope())
            token = (await scope.ServiceProvider.GetRequiredService<ApiTokenService>().CreateAsync(reader.Id, "reports")).Token;
        (await client.SendAsync(Ingest(token))).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }
}
