using System.Net;
using System.Net.Http.Headers;
using BorderWatch.Core.Domain;
using BorderWatch.Web.Tests.Hosting;
using BorderWatch.Web.Tests.Ingest;
using Microsoft.EntityFrameworkCore;

namespace BorderWatch.Web.Tests.Hardening;

/// <summary>
/// One 10 MB line (no line break at all) through the web upload, <c>POST /api/ingest</c>, followed to the end of
/// its job: a one-line error naming the file and the reason, the next file of the same upload stored, nothing of the
/// long line stored, and the server answering other requests while the job runs and after.
/// </summary>
public sealed class LongLineUploadTests(EmptyDashboardFactory app) : IClassFixture<EmptyDashboardFactory>
{
    private const string Article = "DUSHANBE, 12 March 2021. Tajik border guards clashed with smugglers near the Afghan border on Tuesday, the State Committee for National Security said.";

    [Fact]
    public async Task A_10_mb_single_line_fails_alone_with_one_line_and_the_server_keeps_answering()
    {
        var client = await app.SignedInClientAsync(AccessRole.Analyst);
        // 10,000,000 bytes: under the 10 MiB file limit, so it is the line itself that the reader has to deal with.
        var line = new byte[10_000_000];
        for (var i = 0; i < line.Length; i++) line[i] = (byte)(i % 7 == 6 ? ' ' : 'a' + i % 26);
        using var form = new MultipartFormDataContent();
        var longLine = new ByteArrayContent(line);
        longLine.Headers.ContentType = new MediaTypeHeaderValue("text/plain");
        form.Add(longLine, "files", "one-line.txt");
        var good = new StringContent(Article);
        good.Headers.ContentType = new MediaTypeHeaderValue("text/plain");
        form.Add(good, "files", "after.txt");

        var accepted = await client.PostAsync("/api/ingest", form);
        accepted.StatusCode.ShouldBe(HttpStatusCode.Accepted);
        // The upload runs off the request path: another request is answered while the job is queued or running.
        var other = await app.CreateClient().GetAsync("/api/incidents");
        other.StatusCode.ShouldBe(HttpStatusCode.OK);
        var job = await IngestJobPolling.FinishedAsync(client, accepted);

        job.GetProperty("state").GetString().ShouldBe("done");
        var results = job.GetProperty("results").EnumerateArray().ToList();
        results.Select(r => (r.GetProperty("source").GetString(), r.GetProperty("outcome").GetString()))
            .ShouldBe([("one-line.txt", "failed"), ("after.txt", "stored")]);
        var error = results[0].GetProperty("error").GetString().ShouldNotBeNull();
        error.ShouldStartWith("one-line.txt: ");
        error.ShouldContain("characters, more than the 200,000");
        error.ShouldNotContain('\n');
        error.ShouldNotContain("Exception");
        error.Length.ShouldBeLessThan(300);

        await using (var db = app.OpenStore())
        {
            (await db.Articles.Select(a => a.SourceName).ToListAsync()).ShouldBe(["after.txt"], "nothing of the long line is stored");
            (await db.Articles.MaxAsync(a => a.RawContent.Length)).ShouldBeLessThan(10_000);
        }
        (await app.CreateClient().GetAsync("/")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }
}
