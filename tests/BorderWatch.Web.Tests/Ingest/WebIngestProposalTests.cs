using System.Net.Http.Headers;
using System.Text;
using BorderWatch.Core.Domain;
using BorderWatch.Core.Queries;
using BorderWatch.Core.Review;
using BorderWatch.Web.Tests.Hosting;
using Microsoft.EntityFrameworkCore;

namespace BorderWatch.Web.Tests.Ingest;

/// <summary>
/// A web ingest job (<c>POST /api/ingest</c>, ADR 0012) proposes events across articles as the CLI's <c>ingest</c> does
/// (<c>EventProposalCommandTests</c>, the same two reports of one clash by two sources): one machine proposal with a
/// report from each article, audited by the proposer, grouping nothing until an analyst accepts it.
/// </summary>
public sealed class WebIngestProposalTests
{
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

    [Fact]
    public async Task An_upload_of_two_sources_reporting_one_clash_ends_in_one_machine_proposal()
    {
        await using var app = new EmptyDashboardFactory();
        var client = await app.SignedInClientAsync(AccessRole.Analyst, "uploader");
        var response = await client.PostAsync("/api/ingest", Form(
            ("first-outlet.txt", "Kyrgyz and Tajik troops clashed at the border near Batken on 14 September 2022, officials said. Two soldiers were wounded."),
            ("second-outlet.txt", "Residents of Batken heard gunfire all afternoon. Tajik and Kyrgyz border guards exchanged fire near Batken on 14 September 2022, a regional governor told reporters.")));
        var job = await IngestJobPolling.FinishedAsync(client, response);
        job.GetProperty("state").GetString().ShouldBe("done");

        await using var db = app.OpenStore();
        (await db.Articles.CountAsync()).ShouldBe(2);
        var proposal = (await db.Events.Include(e => e.Reports).ThenInclude(r => r.Incident)
            .Where(e => e.Status == EventStatus.Proposed).ToListAsync()).ShouldHaveSingleItem();
        proposal.Origin.ShouldBe(EventOrigin.Machine);
        proposal.Reports.Select(r => r.Incident!.ArticleId).Distinct().Count().ShouldBe(2, "one report from each source");
        (await db.AuditEntries.SingleAsync(a => a.EventId == proposal.Id && a.Action == AuditAction.EventPropose)).Actor.ShouldBe("proposer");
        var reports = await db.Incidents.CountAsync(i => !i.Hidden);
        (await EventCounts.CountAsync(db, new IncidentFilter())).ShouldBe(reports, "a proposal groups nothing until accepted");
        await new EventService(db).AcceptAsync(proposal.Id, "uploader");
        (await EventCounts.CountAsync(db, new IncidentFilter())).ShouldBe(reports - proposal.Reports.Count + 1);
    }
}
