using System.Net;
using System.Text;
using BorderWatch.Core.Domain;
using BorderWatch.Web.Tests.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;

namespace BorderWatch.Web.Tests.Access;

/// <summary>Who may do what, on a real app and store: reading open, ingest for analysts, sign-in with lockout.</summary>
public sealed class AccessTests(EmptyDashboardFactory app) : IClassFixture<EmptyDashboardFactory>
{
    private static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");

    private static string Landing(HttpResponseMessage r) => new Uri(new Uri("http://localhost/"), r.Headers.Location!).AbsoluteUri;

    private HttpClient Anonymous() => app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    [Theory]
    [InlineData("/")]
    [InlineData("/incidents")]
    [InlineData("/articles")]
    [InlineData("/api/incidents")]
    [InlineData("/api/borders")]
    public async Task Anyone_can_read(string url)
    {
        var response = await Anonymous().GetAsync(url);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Anonymous_ingest_is_refused_the_page_redirects_to_sign_in_and_the_api_answers_401()
    {
        var client = Anonymous();
        var page = await client.GetAsync("/ingest");
        page.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        page.Headers.Location!.OriginalString.ShouldContain("/account/sign-in?ReturnUrl=%2Fingest");

        var api = await client.PostAsync("/api/ingest/url", Json("""{"url":"https://example.org/a"}"""));
        api.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        api.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");

        var (_, home) = await client.GetPageAsync("/");
        home.QuerySelector(".mud-nav-link[href='/ingest']").ShouldBeNull("the nav offers ingest only to analysts");
        home.QuerySelector("a.sign-in-link").ShouldNotBeNull();
    }

    [Fact]
    public async Task A_reader_is_refused_ingest()
    {
        var reader = await app.SignedInClientAsync(AccessRole.Reader);
        var page = await reader.GetAsync("/ingest");
        page.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        page.Headers.Location!.OriginalString.ShouldContain("/account/denied");
        (await reader.PostAsync("/api/ingest/url", Json("""{"url":"https://example.org/a"}"""))).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        var (_, home) = await reader.GetPageAsync("/");
        home.QuerySelector(".mud-nav-link[href='/ingest']").ShouldBeNull();
        home.QuerySelector(".account-name")!.TextContent.ShouldStartWith("reader");
    }

    [Fact]
    public async Task An_analyst_may_ingest_by_page_and_api()
    {
        var analyst = await app.SignedInClientAsync(AccessRole.Analyst);
        var (page, doc) = await analyst.GetPageAsync("/ingest");
        page.StatusCode.ShouldBe(HttpStatusCode.OK);
        doc.QuerySelector("main h1")!.TextContent.ShouldBe("Add articles");
        doc.QuerySelector(".mud-nav-link[href='/ingest']").ShouldNotBeNull();
        doc.QuerySelector(".mud-nav-link[href='/admin/users']").ShouldBeNull("users are for admins");

        // Past authorization, the endpoint itself checks the request.
        var api = await analyst.PostAsync("/api/ingest/url", Json("""{"url":"not a url"}"""));
        api.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await api.Content.ReadAsStringAsync()).ShouldContain("is not an absolute http or https address");
    }

    [Fact]
    public async Task Signing_in_goes_back_to_the_page_asked_for_and_never_off_site()
    {
        await app.AddAccountAsync("returner", AccessRole.Analyst);
        var back = await Anonymous().PostSignInAsync("returner", SignedIn.Password, "/ingest");
        back.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        Landing(back).ShouldBe("http://localhost/ingest");
        var offsite = await Anonymous().PostSignInAsync("returner", SignedIn.Password, "//evil.example/");
        Landing(offsite).ShouldBe("http://localhost/");
        var absolute = await Anonymous().PostSignInAsync("returner", SignedIn.Password, "https://evil.example/");
        Landing(absolute).ShouldBe("http://localhost/");
    }

    [Fact]
    public async Task Five_wrong_passwords_lock_the_account_even_against_the_right_one()
    {
        await app.AddAccountAsync("guessed", AccessRole.Analyst);
        for (var i = 0; i < 5; i++)
        {
            var wrong = await Anonymous().PostSignInAsync("guessed", "not the password " + i);
            wrong.StatusCode.ShouldBe(HttpStatusCode.OK);
            Html.Parse(await wrong.Content.ReadAsStringAsync()).QuerySelector(".sign-in-error")!.TextContent
                .ShouldContain(i < 4 ? "Wrong account name or password" : "locked");
        }
        var right = await Anonymous().PostSignInAsync("guessed", SignedIn.Password);
        right.StatusCode.ShouldBe(HttpStatusCode.OK, "no redirect: not signed in");
        Html.Parse(await right.Content.ReadAsStringAsync()).QuerySelector(".sign-in-error")!.TextContent.ShouldContain("locked");
        await using var db = app.OpenStore();
        (await db.Users.SingleAsync(u => u.UserName == "guessed")).LockoutEnd!.Value.ShouldBeGreaterThan(DateTimeOffset.UtcNow.AddMinutes(14));
    }

    [Fact]
    public async Task A_form_post_without_the_antiforgery_token_is_refused()
    {
        await app.AddAccountAsync("forged", AccessRole.Analyst);
        var client = Anonymous();
        var fields = (await client.FormFieldsAsync("/account/sign-in", "form.account-form")).Where(f => f.Key != "__RequestVerificationToken").ToList();
        fields.Add(new("Input.Name", "forged"));
        fields.Add(new("Input.Password", SignedIn.Password));
        var response = await client.PostAsync("/account/sign-in", new FormUrlEncodedContent(fields));
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        response.Headers.Location.ShouldBeNull();

        var signedIn = await app.SignedInClientAsync(AccessRole.Reader);
        (await signedIn.PostAsync("/account/sign-out", new FormUrlEncodedContent([new("returnUrl", "/")]))).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Signing_out_ends_the_session()
    {
        var client = await app.SignedInClientAsync(AccessRole.Analyst);
        (await client.GetAsync("/ingest")).StatusCode.ShouldBe(HttpStatusCode.OK);
        var fields = await client.FormFieldsAsync("/", "form.sign-out-form");
        var signOut = await client.PostAsync("/account/sign-out", new FormUrlEncodedContent(fields));
        signOut.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await client.GetAsync("/ingest")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
    }

    [Fact]
    public async Task The_sign_in_cookie_is_http_only_and_same_site()
    {
        await app.AddAccountAsync("cookies", AccessRole.Reader);
        var response = await Anonymous().PostSignInAsync("cookies", SignedIn.Password);
        var cookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("BorderWatch.SignIn=", StringComparison.Ordinal));
        cookie.ShouldContain("httponly", Case.Insensitive);
        cookie.ShouldContain("samesite=lax", Case.Insensitive);
        (await Anonymous().GetAsync("/account/sign-in")).Headers.GetValues("Content-Security-Policy").Single().ShouldContain("form-action 'self'");
    }
}
