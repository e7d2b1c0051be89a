using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using BorderWatch.Core.Domain;
using BorderWatch.Ingestion;
using BorderWatch.Web.Dashboard;
using BorderWatch.Web.Ingest;
using BorderWatch.Web.Tests.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BorderWatch.Web.Tests.Ingest;

/// <summary>
/// <c>POST /api/ingest</c> is an ingest job like the page's upload and a URL ingest: 202 with the job's status URL,
/// each file's result as the job reaches it, stoppable with <c>DELETE /api/ingest/jobs/{id}</c> and by shutting the
/// server down, its files kept on disk only while the job needs them; the request limits answer problem details.
/// </summary>
public sealed class UploadJobTests : IAsyncLifetime
{
    private readonly string spool = Directory.CreateTempSubdirectory("bw-spool-").FullName;
    private ConfiguredDashboardFactory app = default!;

    public Task InitializeAsync()
    {
        app = new ConfiguredDashboardFactory(("Ingest:SpoolDirectory", spool), ("Ingest:QueueCapacity", "2"));
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await app.DisposeAsync();
        try { Directory.Delete(spool, recursive: true); } catch (IOException) { }
    }

    private const string Article = "DUSHANBE, 12 March 2021. Tajik border guards clashed with smugglers near the Afghan border on Tuesday, the State Committee for National Security said.";

    /// <summary>The uploads' folders still on disk.</summary>
    private string[] Spooled() => Directory.Exists(Path.Combine(spool, "borderwatch-uploads"))
        ? Directory.GetDirectories(Path.Combine(spool, "borderwatch-uploads"))
        : [];

    private static MultipartFormDataContent Form(params (string Name, string Text)[] files)
    {
        var form = new MultipartFormDataContent();
        foreach (var (name, text) in files)
        {
            var part = new ByteArrayContent(Encoding.UTF8.GetBytes(text));
            part.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
            form.Add(part, "files", name);
        }
        return form;
    }

    private static IngestItem Text(string name, string text)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        return new IngestItem(name, bytes.Length, _ => Task.FromResult(bytes));
    }

    /// <summary>A job that holds the runner until <paramref name="release"/> completes or it is cancelled.</summary>
    private IngestJob Blocker(TaskCompletionSource<byte[]> release, params IngestItem[] before) =>
        app.Services.GetRequiredService<IngestJobQueue>().SubmitDocuments(IngestJobKind.Upload, "blocker",
            [.. before, new IngestItem("slow.txt", 10, ct => release.Task.WaitAsync(ct))]).ShouldNotBeNull();

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow.AddMinutes(5);
        while (!condition())
        {
            DateTime.UtcNow.ShouldBeLessThan(deadline);
            await Task.Delay(20);
        }
    }

    [Fact]
    public async Task An_upload_answers_202_and_its_job_reports_each_file_with_a_one_line_error_then_deletes_its_files()
    {
        var client = await app.SignedInClientAsync(AccessRole.Analyst);
        var response = await client.PostAsync("/api/ingest", Form(("clash.txt", Article), ("blank.txt", "  "), ("../../etc/notes.docx", "x")));

        var job = await IngestJobPolling.FinishedAsync(client, response);   // 202, Location = statusUrl, polled to the end

        job.GetProperty("kind").GetString().ShouldBe("upload");
        job.GetProperty("title").GetString().ShouldBe("3 files");

        job.GetProperty("state").GetString().ShouldBe("done");
        job.GetProperty("done").GetInt32().ShouldBe(3);
        job.GetProperty("total").GetInt32().ShouldBe(3);
        var results = job.GetProperty("results").EnumerateArray().ToList();
        results.Select(r => (r.GetProperty("source").GetString(), r.GetProperty("outcome").GetString()))
            .ShouldBe([("clash.txt", "stored"), ("blank.txt", "failed"), ("notes.docx", "failed")], "the folder of a name is dropped");
        foreach (var failed in results.Skip(1))
        {
            var error = failed.GetProperty("error").GetString().ShouldNotBeNull();
            error.ShouldStartWith(failed.GetProperty("source").GetString() + ": ");
            error.ShouldNotContain('\n');
            error.ShouldNotContain("Exception");
        }
        results[0].GetProperty("incidentIds").GetArrayLength().ShouldBeGreaterThan(0);
        await using (var db = app.OpenStore())
            (await db.Articles.Select(a => a.SourceName).ToListAsync()).ShouldBe(["clash.txt"]);
        Spooled().ShouldBeEmpty("the job's files are deleted when it ends");
    }

    [Fact]
    public async Task A_queued_upload_cancelled_over_the_api_never_runs_and_gives_back_its_files()
    {
        var client = await app.SignedInClientAsync(AccessRole.Analyst);
        var release = new TaskCompletionSource<byte[]>(TaskCreationOptions.RunContinuationsAsynchronously);
        var blocker = Blocker(release);
        await WaitUntilAsync(() => blocker.Snapshot().State == IngestJobState.Running);

        var response = await client.PostAsync("/api/ingest", Form(("clash.txt", Article)));
        response.StatusCode.ShouldBe(HttpStatusCode.Accepted);
        var status = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("statusUrl").GetString()!;
        (await client.GetFromJsonAsync<JsonElement>(status)).GetProperty("state").GetString().ShouldBe("queued");
        Spooled().Length.ShouldBe(1, "the waiting upload's files are on disk, not in memory");

        var cancelled = await client.DeleteAsync(status);
        cancelled.StatusCode.ShouldBe(HttpStatusCode.Accepted);
        (await cancelled.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("state").GetString().ShouldBe("cancelled");
        Spooled().ShouldBeEmpty();
        var again = await client.DeleteAsync(status);
        again.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await again.Content.ReadAsStringAsync()).ShouldContain("has already finished (cancelled)");

        // The running job stops too when asked over the API; the queue then has nothing of the upload to run.
        (await client.DeleteAsync(BorderWatch.Web.Api.IngestJobEndpoints.StatusUrl(blocker.Id))).StatusCode.ShouldBe(HttpStatusCode.Accepted);
        (await IngestJobPolling.FinishedAsync(blocker)).State.ShouldBe(IngestJobState.Cancelled);
        await using var db = app.OpenStore();
        (await db.Articles.CountAsync()).ShouldBe(0);
    }

    [Fact]
    public async Task A_running_job_stopped_keeps_the_results_of_the_documents_done()
    {
        var client = await app.SignedInClientAsync(AccessRole.Analyst);
        var release = new TaskCompletionSource<byte[]>(TaskCreationOptions.RunContinuationsAsynchronously);
        var job = Blocker(release, Text("clash.txt", Article));
        await WaitUntilAsync(() => job.Snapshot().Results.Count == 1);

        var running = await client.GetFromJsonAsync<JsonElement>(BorderWatch.Web.Api.IngestJobEndpoints.StatusUrl(job.Id));
        running.GetProperty("state").GetString().ShouldBe("running");
        running.GetProperty("results").GetArrayLength().ShouldBe(1, "each file's result shows as soon as it is decided");
        (await client.DeleteAsync(BorderWatch.Web.Api.IngestJobEndpoints.StatusUrl(job.Id))).StatusCode.ShouldBe(HttpStatusCode.Accepted);

        var finished = await IngestJobPolling.FinishedAsync(job);
        finished.State.ShouldBe(IngestJobState.Cancelled);
        finished.Problem.ShouldBe("cancelled; the articles stored before it stopped stay stored");
        finished.Results.Select(d => (d.Result.Source, d.Result.Outcome)).ShouldBe([("clash.txt", IngestOutcome.Stored)]);
        await using var db = app.OpenStore();
        (await db.Articles.Select(a => a.SourceName).ToListAsync()).ShouldBe(["clash.txt"]);
    }

    [Fact]
    public async Task Shutting_the_server_down_stops_the_running_job_and_deletes_waiting_uploads()
    {
        var client = await app.SignedInClientAsync(AccessRole.Analyst);
        var release = new TaskCompletionSource<byte[]>(TaskCreationOptions.RunContinuationsAsynchronously);
        var job = Blocker(release);
        await WaitUntilAsync(() => job.Snapshot().State == IngestJobState.Running);
        (await client.PostAsync("/api/ingest", Form(("clash.txt", Article)))).StatusCode.ShouldBe(HttpStatusCode.Accepted);
        Spooled().Length.ShouldBe(1);

        await app.DisposeAsync();

        var stopped = job.Snapshot();
        stopped.State.ShouldBe(IngestJobState.Cancelled);
        stopped.Problem.ShouldNotBeNull().ShouldStartWith("stopped because the server is shutting down");
        Spooled().ShouldBeEmpty();
    }

    [Fact]
    public async Task More_files_than_the_limit_are_refused_before_a_job_exists()
    {
        var client = await app.SignedInClientAsync(AccessRole.Analyst);
        var files = Enumerable.Range(1, BorderWatch.Web.Api.UploadIngestEndpoint.MaxFiles + 1).Select(n => ($"a{n}.txt", "x")).ToArray();
        var response = await client.PostAsync("/api/ingest", Form(files));

        response.StatusCode.ShouldBe(HttpStatusCode.RequestEntityTooLarge);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString()
            .ShouldBe("files: more than 200 files and fields in one upload (send at most 200 files per request)");
        Spooled().ShouldBeEmpty();
    }

    [Fact]
    public async Task A_chunked_upload_over_the_size_limit_is_refused_naming_the_limit()
    {
        var client = await app.SignedInClientAsync(AccessRole.Analyst);
        var form = new MultipartFormDataContent { { new ByteArrayContent(new byte[33 * 1024 * 1024]), "files", "big.txt" } };
        var response = await client.PostAsync("/api/ingest", new UnknownLength(form));

        response.StatusCode.ShouldBe(HttpStatusCode.RequestEntityTooLarge);
        var body = await response.Content.ReadAsStringAsync();
        JsonDocument.Parse(body).RootElement.GetProperty("detail").GetString()
            .ShouldBe("files: the upload is larger than the 32 MB accepted in one request (send fewer or smaller files per request)");
        body.ShouldNotContain("   at ");
    }

    [Fact]
    public async Task Only_analysts_stop_jobs_and_an_unknown_job_is_404()
    {
        var analyst = await app.SignedInClientAsync(AccessRole.Analyst);
        var job = await IngestJobPolling.FinishedAsync(analyst, await analyst.PostAsync("/api/ingest", Form(("clash.txt", Article))));
        var status = job.GetProperty("statusUrl").GetString()!;

        var reader = await app.SignedInClientAsync(AccessRole.Reader);
        (await reader.DeleteAsync(status)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await reader.PostAsync("/api/ingest", Form(("clash.txt", Article)))).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await analyst.DeleteAsync($"/api/ingest/jobs/{Guid.NewGuid()}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    /// <summary>A body sent chunked, without a Content-Length (so only the form reader's own limit can stop it).</summary>
    private sealed class UnknownLength : HttpContent
    {
        private readonly HttpContent inner;

        public UnknownLength(HttpContent inner)
        {
            this.inner = inner;
            Headers.ContentType = inner.Headers.ContentType;
        }

        protected override Task SerializeToStreamAsync(Stream stream, System.Net.TransportContext? context) => inner.CopyToAsync(stream);

        protected override bool TryComputeLength(out long length)
        {
            length = 0;
            return false;
        }

        protected override void Dispose(bool disposing)
        {
            if (disposing) inner.Dispose();
            base.Dispose(disposing);
        }
    }
}
