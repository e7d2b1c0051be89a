using System.Net;
using System.Text;
using System.Text.Json;
using BorderWatch.Core.Domain;
using BorderWatch.Web.Tests.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace BorderWatch.Web.Tests.Hardening;

/// <summary>
/// What the log keeps of security events and errors, read back from the app's own Serilog JSON file on a real
/// Kestrel server (so the client address is a real one, 127.0.0.1): refusals (401, 403, 413, 414, 429) are warnings
/// of the request log with the path, the client address and, once signed in, the user (also for the size limits, which
/// refuse before authentication runs); a failed sign-in is logged and its request line has
/// the address; an unhandled page error shows a request id that is the one in the logged error.
/// </summary>
public sealed class SecurityLogTests : IAsyncLifetime
{
    private const string ThrowPath = "/test-only/throw";
    private const string Secret = "test failure with a secret detail";

    /// <summary>A path that fails the way a broken page would: an unhandled exception after routing found nothing.</summary>
    private sealed class ThrowingPath : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            next(app);
            app.Use((context, nextMiddleware) => context.Request.Path == ThrowPath
                ? throw new InvalidOperationException(Secret)
                : nextMiddleware(context));
        };
    }

    private readonly KestrelDashboard app = new(s => s.AddTransient<IStartupFilter, ThrowingPath>(),
        ("BorderWatch:Access:IngestPermitsPerMinute", "2"));

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await app.DisposeAsync();

    private static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");

    private static bool RequestLine(JsonElement e, string path, int status) =>
        e.Property("RequestPath") == path && e.Property("StatusCode") == status.ToString(System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public async Task Refusals_are_warnings_of_the_request_log_with_the_user_and_the_client_address()
    {
        await app.AddAccountAsync("reader-log", AccessRole.Reader);
        await app.AddAccountAsync("analyst-log", AccessRole.Analyst);
        var anonymous = app.RealClient();
        var reader = app.RealClient();
        (await reader.PostSignInAsync("reader-log", SignedIn.Password)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var analyst = app.RealClient();
        (await analyst.PostSignInAsync("analyst-log", SignedIn.Password)).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        (await anonymous.PostAsync("/api/ingest/url", Json("""{"url":"not a url"}"""))).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await reader.PostAsync("/api/ingest/url", Json("""{"url":"not a url"}"""))).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await analyst.GetAsync("/api/incidents?q=" + new string('x', 100_000))).StatusCode.ShouldBe(HttpStatusCode.RequestUriTooLong);
        for (var i = 0; i < 2; i++)
            (await analyst.PostAsync("/api/ingest/url", Json("""{"url":"not a url"}"""))).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await analyst.PostAsync("/api/ingest/url", Json("""{"url":"not a url"}"""))).StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);

        using (var tooLarge = new ByteArrayContent(new byte[33 * 1024 * 1024]))
        {
            tooLarge.Headers.ContentType = new("application/json");
            // The answer is 413 before the body is read; Kestrel may then close the connection on the still-sending client.
            try { (await analyst.PostAsync("/api/ingest", tooLarge)).StatusCode.ShouldBe(HttpStatusCode.RequestEntityTooLarge); }
            catch (HttpRequestException) { }
        }

        var events = await app.LogEventsAsync(e => RequestLine(e, "/api/ingest/url", 429));
        events = await app.LogEventsAsync(e => RequestLine(e, "/api/ingest", 413));
        JsonElement Line(string path, int status) => events.Single(e => RequestLine(e, path, status));

        var unauthorized = Line("/api/ingest/url", 401);
        (unauthorized.Level(), unauthorized.Property("User"), unauthorized.Property("ClientAddress")).ShouldBe(("Warning", null, "127.0.0.1"));
        var forbidden = Line("/api/ingest/url", 403);
        (forbidden.Level(), forbidden.Property("User"), forbidden.Property("ClientAddress")).ShouldBe(("Warning", "reader-log", "127.0.0.1"));
        // The size limits refuse before authentication runs; the refusal reads the caller's cookie for its log line.
        var tooLong = Line("/api/incidents", 414);
        (tooLong.Level(), tooLong.Property("User"), tooLong.Property("ClientAddress")).ShouldBe(("Warning", "analyst-log", "127.0.0.1"));
        var tooLargeLine = Line("/api/ingest", 413);
        (tooLargeLine.Level(), tooLargeLine.Property("User"), tooLargeLine.Property("ClientAddress")).ShouldBe(("Warning", "analyst-log", "127.0.0.1"));
        var limited = Line("/api/ingest/url", 429);
        (limited.Level(), limited.Property("User"), limited.Property("ClientAddress")).ShouldBe(("Warning", "analyst-log", "127.0.0.1"));
        // Answers that are not refusals stay information: the warnings single out the security events.
        events.Where(e => RequestLine(e, "/api/ingest/url", 400)).Select(e => e.Level()).ShouldBe(["Information", "Information"]);
    }

    /// <summary>
    /// Every size refusal (414 query string, 413 body by its declared length, 413 upload count) is a warning naming the
    /// path and who asked: the signed-in user by cookie or API token, no one for an anonymous caller or a forged token.
    /// </summary>
    [Fact]
    public async Task Size_refusals_name_the_path_and_the_signed_in_user_or_no_one()
    {
        await app.AddAccountAsync("uploader-log", AccessRole.Analyst);
        var scripted = await app.AddAccountAsync("script-log", AccessRole.Analyst);
        string token;
        await using (var scope = app.Services.CreateAsyncScope())
            token = (await scope.ServiceProvider.GetRequiredService<Core.Accounts.ApiTokenService>().CreateAsync(scripted.Id, "log test")).Token;
        var uploader = app.RealClient();
        (await uploader.PostSignInAsync("uploader-log", SignedIn.Password)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var anonymous = app.RealClient();
        var longQuery = "?q=" + new string('x', 10_000);

        (await anonymous.GetAsync("/api/articles" + longQuery)).StatusCode.ShouldBe(HttpStatusCode.RequestUriTooLong);
        (await uploader.GetAsync("/api/actors" + longQuery)).StatusCode.ShouldBe(HttpStatusCode.RequestUriTooLong);
        HttpRequestMessage WithToken(string bearer, string path) => new(HttpMethod.Get, path + longQuery) { Headers = { { "Authorization", "Bearer " + bearer } } };
        (await anonymous.SendAsync(WithToken(token, "/api/incidents"))).StatusCode.ShouldBe(HttpStatusCode.RequestUriTooLong);
        (await anonymous.SendAsync(WithToken(token[..^2] + "xx", "/api/borders"))).StatusCode.ShouldBe(HttpStatusCode.RequestUriTooLong);

        using (var form = new MultipartFormDataContent())
        {
            for (var n = 0; n <= BorderWatch.Web.Api.UploadIngestEndpoint.MaxFiles; n++) form.Add(new StringContent("x"), "files", $"a{n}.txt");
            (await uploader.PostAsync("/api/ingest", form)).StatusCode.ShouldBe(HttpStatusCode.RequestEntityTooLarge);
        }
        using (var tooLarge = new ByteArrayContent(new byte[33 * 1024 * 1024]))
        {
            tooLarge.Headers.ContentType = new("application/json");
            // Refused by its Content-Length before the body is read; Kestrel may close the connection on the sender.
            try { (await uploader.PostAsync("/api/ingest/url", tooLarge)).StatusCode.ShouldBe(HttpStatusCode.RequestEntityTooLarge); }
            catch (HttpRequestException) { }
        }

        var events = await app.LogEventsAsync(e => RequestLine(e, "/api/ingest/url", 413));
        (string Level, string? User, string? Address) Line(string path, int status)
        {
            var line = events.Single(e => RequestLine(e, path, status));
            return (line.Level(), line.Property("User"), line.Property("ClientAddress"));
        }
        Line("/api/articles", 414).ShouldBe(("Warning", null, "127.0.0.1"));
        Line("/api/actors", 414).ShouldBe(("Warning", "uploader-log", "127.0.0.1"));
        Line("/api/incidents", 414).ShouldBe(("Warning", "script-log", "127.0.0.1"));
        Line("/api/borders", 414).ShouldBe(("Warning", null, "127.0.0.1"));
        Line("/api/ingest", 413).ShouldBe(("Warning", "uploader-log", "127.0.0.1"));
        Line("/api/ingest/url", 413).ShouldBe(("Warning", "uploader-log", "127.0.0.1"));
    }

    [Fact]
    public async Task A_failed_sign_in_is_logged_and_its_request_line_has_the_client_address()
    {
        await app.AddAccountAsync("signs-in-log", AccessRole.Reader);
        var client = app.RealClient();
        (await client.PostSignInAsync("signs-in-log", "not the password")).StatusCode.ShouldBe(HttpStatusCode.OK, "the form again, with the error");

        var events = await app.LogEventsAsync(e => e.Property("Account") == "signs-in-log"
            && e.GetProperty("MessageTemplate").GetString() == "Sign-in failed for {Account}");
        var failure = events.Single(e => e.Property("Account") == "signs-in-log" && e.GetProperty("MessageTemplate").GetString() == "Sign-in failed for {Account}");
        failure.Property("RequestPath").ShouldBe("/account/sign-in");
        var requestId = failure.Property("RequestId").ShouldNotBeNull();

        events = await app.LogEventsAsync(e => e.Property("RequestId") == requestId && e.Property("StatusCode") is not null);
        var line = events.Single(e => e.Property("RequestId") == requestId && e.Property("StatusCode") is not null);
        (line.Property("RequestMethod"), line.Property("ClientAddress"), line.Property("User")).ShouldBe(("POST", "127.0.0.1", null));
        events.ShouldNotContain(e => e.Property("Account") == "signs-in-log" && e.Text().Contains("signed in\"", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_page_error_shows_a_request_id_that_is_in_the_logged_error_and_no_internals()
    {
        var response = await app.RealClient().GetAsync(ThrowPath);
        var html = await response.Content.ReadAsStringAsync();

        response.StatusCode.ShouldBe(HttpStatusCode.InternalServerError);
        html.ShouldContain("Something went wrong");
        html.ShouldNotContain(Secret);
        html.ShouldNotContain("InvalidOperationException");
        var id = System.Text.RegularExpressions.Regex.Match(html, "Request id <code>([^<]+)</code>").Groups[1].Value;
        id.ShouldNotBeNullOrEmpty("the page shows the request id");
        // The id shown is the W3C trace-parent of the request; the log keeps its trace id with the error.
        var traceId = id.StartsWith("00-", StringComparison.Ordinal) ? id.Split('-')[1] : id;

        var events = await app.LogEventsAsync(e => e.Text().Contains(Secret, StringComparison.Ordinal));
        var logged = events.Where(e => e.Text().Contains(Secret, StringComparison.Ordinal)).ToList();
        logged.ShouldContain(e => e.Level() == "Error" && e.Text().Contains(traceId, StringComparison.Ordinal),
            $"an error event with the trace id {traceId} shown on the page");

        // Asked for directly, the error page is not an error.
        (await app.RealClient().GetAsync("/error")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }
}
