using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using BorderWatch.Core.Tests.Store;
using BorderWatch.Ingestion.Tests.Hostile;
using BorderWatch.Web.Tests.Hosting;
using Microsoft.EntityFrameworkCore;

namespace BorderWatch.Web.Tests.Hardening;

/// <summary>
/// The hostile corpus of issue 10 through the web upload API (<c>POST /api/ingest</c>, multipart, run as an ingest job and polled) on a real SQLite
/// file and on a real PostgreSQL server: every bad file gets its own Failed result naming it and the reason, the files after it still go in, the
/// good ones are stored exactly once, nothing of a refused file is stored, and the dashboard keeps answering.
/// Asserted on the API's answer and the store, not on how the server schedules the work.
/// </summary>
public abstract class UploadHostileCases : IAsyncLifetime
{
    private DashboardFactory app = default!;

    /// <summary>A dashboard on an empty store of the provider under test.</summary>
    protected abstract Task<DashboardFactory> CreateAppAsync();

    public async Task InitializeAsync() => app = await CreateAppAsync();

    public async Task DisposeAsync() => await app.DisposeAsync();

    private const string FirstGood = "first-good.txt";

    /// <summary>The corpus as uploaded: a good file first, the bad ones, an oversized one, the script page, a good one last.</summary>
    private static List<HostileCorpus.Case> Upload()
    {
        var cases = new List<HostileCorpus.Case>
        {
            new(FirstGood, Encoding.UTF8.GetBytes("Guards on the Panj\n\nTajik border guards detained three smugglers near the Afghan border on Friday, the State Committee said."), null),
        };
        // A name with a line break cannot travel in a multipart header: the CLI's name-escaping test covers it.
        cases.AddRange(HostileCorpus.Small().Where(c => !c.Name.Contains('\n')));
        cases.Add(new("too-large.html", Encoding.UTF8.GetBytes("<html><body>" + new string('a', 11 * 1024 * 1024) + "</body></html>"), "larger than the 10 MB limit"));
        cases.Add(HostileCorpus.ScriptPage());
        // good.txt stays last: the batch goes on to the end.
        var good = cases.Single(c => c.Name == "good.txt");
        cases.Remove(good);
        cases.Add(good);
        return cases;
    }

    private static MultipartFormDataContent Form(IEnumerable<HostileCorpus.Case> cases)
    {
        var form = new MultipartFormDataContent();
        foreach (var c in cases)
        {
            var part = new ByteArrayContent(c.Bytes);
            part.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
            form.Add(part, "files", c.Name);
        }
        return form;
    }

    private sealed record Result(string Source, string Outcome, int? ArticleId, int[] IncidentIds, string? Error);

    private static async Task<List<Result>> PostAsync(HttpClient client, IEnumerable<HostileCorpus.Case> cases)
    {
        // The upload is a job: 202 with its status URL, polled until it is finished; its results are the files' results.
        using var response = await client.PostAsync("/api/ingest", Form(cases));
        var job = await BorderWatch.Web.Tests.Ingest.IngestJobPolling.FinishedAsync(client, response);
        job.GetProperty("state").GetString().ShouldBeOneOf("done", "failed");
        job.GetProperty("kind").GetString().ShouldBe("upload");
        return job.GetProperty("results").Deserialize<List<Result>>(new JsonSerializerOptions(JsonSerializerDefaults.Web))!;
    }

    [Fact]
    public async Task Every_bad_upload_fails_alone_naming_the_file_and_reason_and_the_rest_is_stored_once()
    {
        var client = await app.SignedInClientAsync(BorderWatch.Core.Domain.AccessRole.Analyst);
        var cases = Upload();

        // While the batch runs, the dashboard keeps answering.
        var upload = PostAsync(client, cases);
        var answers = new List<HttpStatusCode>();
        do
        {
            using var r = await client.GetAsync("/api/incidents?pageSize=5");
            answers.Add(r.StatusCode);
        }
        while (!upload.IsCompleted && answers.Count < 200);
        answers.ShouldAllBe(s => s == HttpStatusCode.OK);
        var results = await upload;

        results[0].Source.ShouldBe(FirstGood);
        results[^1].Source.ShouldBe("good.txt", "the batch went on to the last file");
        foreach (var c in cases)
        {
            var mine = results.Where(r => r.Source.StartsWith(c.Name, StringComparison.Ordinal)).ToList();
            mine.ShouldNotBeEmpty(c.Name);
            if (c.RefusedBecause is { } reason || c.Name.EndsWith(".docx", StringComparison.Ordinal))
            {
                var failure = mine.ShouldHaveSingleItem(c.Name);
                failure.Outcome.ShouldBe("failed", c.Name);
                failure.ArticleId.ShouldBeNull(c.Name);
                failure.Error.ShouldNotBeNull().ShouldStartWith(c.Name + ": ");
                failure.Error.ShouldContain(c.RefusedBecause ?? "unsupported file type '.docx'", Case.Insensitive, c.Name);
                failure.Error.ShouldNotContain("   at ");
                failure.Error.ShouldNotContain("Exception");
            }
            else mine.ShouldAllBe(r => r.Outcome == "stored" || r.Outcome == "duplicate", $"{c.Name}: {string.Join("; ", mine.Select(m => m.Error))}");
        }

        // The store holds each accepted document once, under its upload name, and nothing of a refused file.
        await using (var db = app.OpenStore())
        {
            var accepted = results.Where(r => r.Outcome is "stored" or "duplicate").ToList();
            var names = await db.Articles.Select(a => a.SourceName).ToListAsync();
            names.Order().ShouldBe(accepted.Select(r => r.Source).Order());
            (await db.Incidents.CountAsync()).ShouldBe(accepted.Sum(r => r.IncidentIds.Length));
            (await db.Articles.Select(a => a.RawContent + a.CleanedText).ToListAsync()).ShouldAllBe(t => !t.Contains('\0'));
            var script = await db.Articles.SingleAsync(a => a.SourceName == "script-page.html");
            script.CleanedText.ShouldNotContain("onerror", Case.Insensitive);
            script.CleanedText.ShouldNotContain("javascript:", Case.Insensitive);
        }

        // The same upload again stores nothing new and fails the same files with the same reasons.
        var again = await PostAsync(client, cases);
        again.Where(r => r.Outcome is "stored" or "duplicate").ShouldBeEmpty();
        again.Where(r => r.Outcome == "failed").Select(r => r.Error).ShouldBe(results.Where(r => r.Outcome == "failed").Select(r => r.Error));
        await using (var db = app.OpenStore())
            (await db.Articles.CountAsync()).ShouldBe(results.Count(r => r.Outcome is "stored" or "duplicate"));
    }

    [Fact]
    public async Task The_stored_script_page_is_shown_as_text_with_no_script_or_handler_of_its_own()
    {
        var client = await app.SignedInClientAsync(BorderWatch.Core.Domain.AccessRole.Analyst);
        var stored = (await PostAsync(client, [HostileCorpus.ScriptPage()])).ShouldHaveSingleItem();
        stored.Outcome.ShouldBe("stored", stored.Error);

        using var page = await client.GetAsync($"/articles/{stored.ArticleId}");
        page.StatusCode.ShouldBe(HttpStatusCode.OK);
        page.Headers.GetValues("Content-Security-Policy").Single().ShouldContain("script-src 'self'");
        var html = await page.Content.ReadAsStringAsync();
        var doc = Html.Parse(html);
        doc.QuerySelectorAll("script").ShouldAllBe(s => s.HasAttribute("src") || s.GetAttribute("type") == "application/json", "only the app's own scripts");
        doc.All.SelectMany(e => e.Attributes).Where(a => a.Name.StartsWith("on", StringComparison.Ordinal)).ShouldBeEmpty();
        doc.QuerySelectorAll("a[href]").Select(a => a.GetAttribute("href")!).ShouldAllBe(h => !h.TrimStart().StartsWith("javascript:", StringComparison.OrdinalIgnoreCase));
        html.ShouldNotContain("<script>window." + HostileCorpus.ScriptMarker);
        doc.Title.ShouldNotBeNull().ShouldContain("<script>", Case.Insensitive, "the title's script is shown as text");

        using var raw = await client.GetAsync($"/articles/{stored.ArticleId}/raw");
        raw.Content.Headers.ContentType!.MediaType.ShouldBe("text/plain");
        raw.Headers.GetValues("Content-Security-Policy").Single().ShouldContain("sandbox");
    }

    [Fact]
    public async Task A_request_without_files_is_a_problem_naming_the_field()
    {
        var client = await app.SignedInClientAsync(BorderWatch.Core.Domain.AccessRole.Analyst);
        using var none = await client.PostAsync("/api/ingest", new MultipartFormDataContent { { new StringContent("x"), "note" } });
        none.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await none.Content.ReadAsStringAsync()).ShouldContain("files: the upload holds no file");
        using var json = await client.PostAsync("/api/ingest", new StringContent("{}", Encoding.UTF8, "application/json"));
        json.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await json.Content.ReadAsStringAsync()).ShouldContain("multipart/form-data");
    }
}

public sealed class SqliteUploadHostileTests : UploadHostileCases
{
    protected override Task<DashboardFactory> CreateAppAsync() => Task.FromResult<DashboardFactory>(new EmptyDashboardFactory());
}

/// <summary>xUnit finds collection definitions only in the test assembly itself: the server fixture is reused from the Core tests.</summary>
[CollectionDefinition(Name)]
public sealed class WebPostgresCollection : ICollectionFixture<PostgresFixture>
{
    public const string Name = "PostgreSQL server (web)";
}

[Collection(WebPostgresCollection.Name)]
public sealed class PostgresUploadHostileTests(PostgresFixture server) : UploadHostileCases
{
    protected override async Task<DashboardFactory> CreateAppAsync() => new EmptyPostgresDashboardFactory(await server.NewDatabaseAsync());
}
