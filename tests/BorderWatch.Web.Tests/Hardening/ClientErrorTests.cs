using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using BorderWatch.Core.Domain;
using BorderWatch.Web.Tests.Hosting;

namespace BorderWatch.Web.Tests.Hardening;

/// <summary>
/// What a client sees when a request is bad or hostile (the app runs in the Development environment here, where
/// the developer exception page would otherwise show stack traces): problem details naming the parameter, never
/// a 500 or exception text, request limits with clear messages, and security headers on every page.
/// </summary>
[Collection(SeededDashboard.Name)]
public sealed class ClientErrorTests(DashboardFactory app)
{
    private static void NoTrace(string body)
    {
        body.ShouldNotContain("   at ");
        body.ShouldNotContain("Exception");
        body.ShouldNotContain("StackTrace", Case.Insensitive);
    }

    private static async Task<JsonElement> ProblemAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        var body = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(status, body);
        response.Content.Headers.ContentType?.MediaType.ShouldBe("application/problem+json");
        NoTrace(body);
        var problem = JsonDocument.Parse(body).RootElement.Clone();
        problem.GetProperty("status").GetInt32().ShouldBe((int)status);
        problem.TryGetProperty("traceId", out _).ShouldBeTrue();
        return problem;
    }

    [Theory]
    [InlineData("/api/actors?all=maybe", "all: 'maybe' is not true or false")]
    [InlineData("/api/articles?page=abc", "page: 'abc' is not a page number")]
    [InlineData("/api/articles?page=99999999999", "page: '99999999999' is not a page number")]
    [InlineData("/api/articles?page=999999", "page: 999999 is past the last page")]
    [InlineData("/api/incidents?page=2147483647", "page: 2147483647 is past the last page")]
    [InlineData("/api/incidents?pageSize=-5", "pageSize: '-5' is not a page size")]
    [InlineData("/api/incidents?from=2024-13-45", "from")]
    public async Task Bad_query_values_are_problems_naming_the_parameter(string url, string expected)
    {
        var problem = await ProblemAsync(await app.CreateClient().GetAsync(url), HttpStatusCode.BadRequest);
        problem.GetProperty("detail").GetString()!.ShouldContain(expected);
    }

    [Fact]
    public async Task The_error_page_asked_for_directly_is_not_found_not_an_error()
    {
        var response = await app.CreateClient().GetAsync("/error");
        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        NoTrace(await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Pages_carry_the_security_headers()
    {
        var response = await app.CreateClient().GetAsync("/");
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var h = response.Headers;
        h.GetValues("X-Content-Type-Options").ShouldBe(["nosniff"]);
        h.GetValues("Referrer-Policy").Single().ShouldBe("strict-origin-when-cross-origin");
        var csp = h.GetValues("Content-Security-Policy").Single();
        csp.ShouldContain("frame-ancestors 'none'");
        csp.ShouldContain("script-src 'self'");
        csp.ShouldContain("style-src 'self' 'unsafe-inline'");
        csp.ShouldContain("connect-src 'self' ws://localhost wss://localhost");
        csp.ShouldNotContain("unsafe-eval");
    }

    [Fact]
    public async Task Https_answers_carry_strict_transport_security_and_plain_http_ones_do_not()
    {
        var https = app.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://borderwatch.example/") });
        var secure = await https.GetAsync("/");
        secure.StatusCode.ShouldBe(HttpStatusCode.OK);
        secure.Headers.GetValues("Strict-Transport-Security").Single().ShouldStartWith("max-age=");
        (await app.CreateClient().GetAsync("/")).Headers.Contains("Strict-Transport-Security").ShouldBeFalse();
    }

    [Fact]
    public async Task The_raw_article_view_keeps_its_own_sandbox_policy()
    {
        var response = await app.CreateClient().GetAsync("/articles/1/raw");
        response.Headers.GetValues("Content-Security-Policy").Single().ShouldBe("sandbox; default-src 'none'");
    }

    [Fact]
    public async Task A_100_kb_query_string_is_refused_with_its_length()
    {
        var problem = await ProblemAsync(await app.CreateClient().GetAsync("/api/incidents?q=" + new string('x', 100_000)), HttpStatusCode.RequestUriTooLong);
        problem.GetProperty("detail").GetString()!.ShouldBe("The query string is 100,003 characters, more than the 8,192 accepted.");
    }

    [Fact]
    public async Task A_body_over_the_limit_is_refused_before_it_is_read()
    {
        using var content = new ByteArrayContent(new byte[33 * 1024 * 1024]);
        content.Headers.ContentType = new("application/json");
        var problem = await ProblemAsync(await app.CreateClient().PostAsync("/api/ingest/url", content), HttpStatusCode.RequestEntityTooLarge);
        problem.GetProperty("detail").GetString()!.ShouldBe("The request body is 33 MB, more than the 32 MB accepted (upload fewer or smaller files).");
    }

    [Theory]
    [InlineData("{}", "url: an absolute http or https address is required")]
    [InlineData("""{"url":"file:///etc/passwd"}""", "url: 'file:///etc/passwd' is not an absolute http or https address")]
    public async Task Url_ingest_checks_its_parameter(string json, string detail)
    {
        var analyst = await app.SignedInClientAsync(AccessRole.Analyst);
        var response = await analyst.PostAsync("/api/ingest/url", new StringContent(json, Encoding.UTF8, "application/json"));
        (await ProblemAsync(response, HttpStatusCode.BadRequest)).GetProperty("detail").GetString()!.ShouldBe(detail);
    }

    [Fact]
    public async Task Url_ingest_refuses_a_private_address_without_the_allow_list()
    {
        var client = await app.SignedInClientAsync(AccessRole.Analyst);
        var response = await client.PostAsJsonAsync("/api/ingest/url", new { url = "http://127.0.0.1:9/article" });
        // The fetch runs as a job: the refusal is the finished job's problem.
        var job = await BorderWatch.Web.Tests.Ingest.IngestJobPolling.FinishedAsync(client, response);
        job.GetProperty("state").GetString().ShouldBe("failed");
        job.GetProperty("problem").GetString()
            .ShouldBe("http://127.0.0.1:9/article: 127.0.0.1 resolves to a private, loopback, link-local or reserved address (127.0.0.1); refused");
    }

    [Fact]
    public async Task Malformed_json_is_a_problem_not_an_error()
    {
        var analyst = await app.SignedInClientAsync(AccessRole.Analyst);
        var response = await analyst.PostAsync("/api/ingest/url", new StringContent("{\"url\": [", Encoding.UTF8, "application/json"));
        ((int)response.StatusCode).ShouldBe(400);
        NoTrace(await response.Content.ReadAsStringAsync());
    }
}
