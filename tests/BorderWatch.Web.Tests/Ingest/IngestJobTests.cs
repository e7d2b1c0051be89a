using BorderWatch.Core.Domain;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using BorderWatch.Ingestion;
using BorderWatch.Web.Dashboard;
using BorderWatch.Web.Ingest;
using BorderWatch.Web.Tests.Hardening;
using BorderWatch.Web.Tests.Hosting;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BorderWatch.Web.Tests.Ingest;

/// <summary>Polls an ingest job's status URL (from a 202 answer) until it is finished.</summary>
public static class IngestJobPolling
{
    public static async Task<JsonElement> FinishedAsync(HttpClient client, HttpResponseMessage accepted)
    {
        accepted.StatusCode.ShouldBe(HttpStatusCode.Accepted, await accepted.Content.ReadAsStringAsync());
        var body = await accepted.Content.ReadFromJsonAsync<JsonElement>();
        var status = body.GetProperty("statusUrl").GetString()!;
        accepted.Headers.Location!.OriginalString.ShouldBe(status);
        var deadline = DateTime.UtcNow.AddMinutes(10);   // a stuck job, not a slow machine
        while (true)
        {
            var job = await client.GetFromJsonAsync<JsonElement>(status);
            if (job.GetProperty("state").GetString() is not ("queued" or "running")) return job;
            DateTime.UtcNow.ShouldBeLessThan(deadline, "the job should have finished");
            await Task.Delay(100);
        }
    }

    /// <summary>Waits for a job submitted in-process (as the Ingest page does) to finish.</summary>
    public static async Task<IngestJobSnapshot> FinishedAsync(IngestJob job)
    {
        var done = new TaskCompletionSource<IngestJobSnapshot>(TaskCreationOptions.RunContinuationsAsynchronously);
        job.Changed += j => { if (j.Snapshot() is { IsFinished: true } s) done.TrySetResult(s); };
        if (job.Snapshot() is { IsFinished: true } already) return already;
        return await done.Task.WaitAsync(TimeSpan.FromMinutes(10));
    }
}

/// <summary>A dashboard on an empty store that may fetch from 127.0.0.1 (the local test site) and queues one job.</summary>
public sealed class LoopbackDashboardFactory : DashboardFactory
{
    protected override bool ImportSeeds => false;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Fetch:AllowedHosts:0", "127.0.0.1");
        builder.UseSetting("Ingest:QueueCapacity", "1");
    }
}

/// <summary>Web ingests run as background jobs: submitted, followed by id, finished without the page or request that started them.</summary>
public sealed class IngestJobTests(LocalSite site) : IClassFixture<LocalSite>, IAsyncLifetime
{
    private readonly LoopbackDashboardFactory app = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await app.DisposeAsync();

    private const string Article = "DUSHANBE, 12 March 2021. Tajik border guards clashed with smugglers near the Afghan border on Tuesday, the State Committee for National Security said.";

    private static IngestItem Text(string name, string text)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        return new IngestItem(name, bytes.Length, _ => Task.FromResult(bytes));
    }

    [Fact]
    public async Task A_url_ingest_answers_202_with_a_status_url_that_ends_with_the_stored_article()
    {
        var client = await app.SignedInClientAsync(AccessRole.Analyst);
        var response = await client.PostAsJsonAsync("/api/ingest/url", new { url = $"{site.Root}/hop/2" });

        var job = await IngestJobPolling.FinishedAsync(client, response);
        job.GetProperty("state").GetString().ShouldBe("done");
        job.GetProperty("kind").GetString().ShouldBe("url");
        var result = job.GetProperty("results").EnumerateArray().ShouldHaveSingleItem();
        result.GetProperty("outcome").GetString().ShouldBe("stored");
        var id = result.GetProperty("articleId").GetInt32();
        await using var db = app.OpenStore();
        (await db.Articles.SingleAsync(a => a.Id == id)).SourceUrl.ShouldBe($"{site.Root}/article");
    }

    [Fact]
    public async Task A_job_submitted_as_the_page_does_runs_to_the_end_with_no_one_watching()
    {
        var jobs = app.Services.GetRequiredService<IngestJobQueue>();
        var job = jobs.SubmitDocuments(IngestJobKind.Upload, "3 files", [Text("clash.txt", Article), Text("blank.txt", "  "), Text("notes.docx", "x")]);

        var finished = await IngestJobPolling.FinishedAsync(job.ShouldNotBeNull());
        finished.State.ShouldBe(IngestJobState.Done);
        finished.Results.Select(d => (d.Result.Source, d.Result.Outcome)).ShouldBe(
            [("clash.txt", IngestOutcome.Stored), ("blank.txt", IngestOutcome.Failed), ("notes.docx", IngestOutcome.Failed)]);
        finished.Progress!.Done.ShouldBe(3);
        finished.Results[0].Incidents.ShouldNotBeEmpty();

        // The API reports the same job by its id.
        var api = await (await app.SignedInClientAsync(AccessRole.Analyst)).GetFromJsonAsync<JsonElement>(BorderWatch.Web.Api.IngestJobEndpoints.StatusUrl(job.Id));
        api.GetProperty("state").GetString().ShouldBe("done");
        api.GetProperty("done").GetInt32().ShouldBe(3);
        api.GetProperty("results").EnumerateArray().Select(r => r.GetProperty("outcome").GetString()).ShouldBe(["stored", "failed", "failed"]);
    }

    [Fact]
    public async Task A_full_queue_refuses_more_with_503_and_a_job_can_be_stopped()
    {
        var jobs = app.Services.GetRequiredService<IngestJobQueue>();
        var release = new TaskCompletionSource<byte[]>(TaskCreationOptions.RunContinuationsAsynchronously);
        // The runner takes this job and waits on its file; the next one fills the queue (capacity 1).
        var running = jobs.SubmitDocuments(IngestJobKind.Upload, "slow", [new IngestItem("slow.txt", 10, ct => release.Task.WaitAsync(ct))])!;
        await WaitUntilAsync(() => running.Snapshot().State == IngestJobState.Running);
        var waiting = jobs.SubmitDocuments(IngestJobKind.Paste, "next", [Text("next.txt", Article)]).ShouldNotBeNull();

        jobs.SubmitDocuments(IngestJobKind.Paste, "one too many", [Text("more.txt", Article)]).ShouldBeNull();
        var refused = await (await app.SignedInClientAsync(AccessRole.Analyst)).PostAsJsonAsync("/api/ingest/url", new { url = $"{site.Root}/article" });
        refused.StatusCode.ShouldBe(HttpStatusCode.ServiceUnavailable);

        running.Cancel();
        (await IngestJobPolling.FinishedAsync(running)).State.ShouldBe(IngestJobState.Cancelled);
        (await IngestJobPolling.FinishedAsync(waiting)).State.ShouldBe(IngestJobState.Done, "the queue goes on after a stopped job");
    }

    [Fact]
    public async Task An_unknown_job_is_404()
    {
        var response = await (await app.SignedInClientAsync(AccessRole.Analyst)).GetAsync($"/api/ingest/jobs/{Guid.NewGuid()}");
        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow.AddMinutes(2);
        while (!condition())
        {
            DateTime.UtcNow.ShouldBeLessThan(deadline);
            await Task.Delay(20);
        }
    }
}
