using System.Net;
using System.Text.Json;
using BorderWatch.Core.Domain;
using BorderWatch.Core.Review;
using BorderWatch.Web.Components.Pages;
using BorderWatch.Web.Tests.Components;
using BorderWatch.Web.Tests.Hosting;
using Bunit;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.EntityFrameworkCore;

namespace BorderWatch.Web.Tests.Review;

/// <summary>The review queue, event, audit and reprocess pages, and the API's review fields, on one seeded store.</summary>
public sealed class WorkbenchPageTests(DashboardFactory app) : IClassFixture<DashboardFactory>
{
    private static List<int> QueueIds(IRenderedComponent<ReviewQueue> cut) =>
        cut.FindAll(".queue-row").Select(r => int.Parse(r.GetAttribute("data-incident")!)).ToList();

    private async Task<List<int>> ExpectedQueueAsync()
    {
        await using var db = app.OpenStore();
        return (await db.Incidents.Where(i => !i.Hidden && !i.Reviews.Any()).Select(i => new { i.Id, i.Confidence, i.DateStart }).ToListAsync())
            .OrderBy(i => i.Confidence).ThenByDescending(i => i.DateStart != null).ThenByDescending(i => i.DateStart).ThenByDescending(i => i.Id)
            .Select(i => i.Id).ToList();
    }

    [Fact]
    public async Task The_queue_is_worked_from_the_keyboard_and_in_bulk()
    {
        var expected = await ExpectedQueueAsync();
        await using var ctx = ReviewBunit.Create(app, "quinn", "analyst");
        ctx.Dialogs();
        ctx.Navigation().NavigateTo("/review");
        var cut = ctx.Render<ReviewQueue>();
        cut.WaitForAssertion(() => QueueIds(cut).ShouldBe(expected.Take(ReviewQueue.PageSize).ToList()));
        cut.Find(".queue-count").TextContent.ShouldContain($"{expected.Count} unreviewed");
        cut.Find("#queue-shortcuts").TextContent.ShouldContain("confirm the current incident");

        // j moves to the second row, c confirms it: it leaves the queue.
        cut.Find(".review-queue").KeyDown("j");
        cut.Find(".queue-row.current").GetAttribute("data-incident").ShouldBe(expected[1].ToString());
        cut.Find(".review-queue").KeyDown("c");
        cut.WaitForAssertion(() => QueueIds(cut).ShouldNotContain(expected[1]));
        await using (var db = app.OpenStore())
            (await db.IncidentReviews.SingleAsync(r => r.IncidentId == expected[1])).Analyst.ShouldBe("quinn");

        // x selects the current row, a checkbox another; bulk confirm decides both.
        cut.Find(".review-queue").KeyDown("k");
        cut.Find(".review-queue").KeyDown("x");
        cut.FindAll(".queue-row")[2].QuerySelector("input[type=checkbox]")!.Change(true);
        cut.WaitForAssertion(() => cut.Find(".selected-count").TextContent.ShouldContain("2 selected"));
        cut.Find(".bulk-confirm").Click();
        cut.WaitForAssertion(() => QueueIds(cut).ShouldNotContain(expected[0]));
        await using var check = app.OpenStore();
        var decided = await check.IncidentReviews.Where(r => r.Analyst == "quinn").Select(r => r.IncidentId).ToListAsync();
        decided.ShouldContain(expected[0]);
        decided.Count.ShouldBe(3);
    }

    [Theory]
    [InlineData("r", ".reject-dialog", "Reject incident #")]
    [InlineData("e", ".correct-dialog", "Correct incident #")]
    public async Task R_and_e_open_the_reject_and_correct_dialogs_of_the_current_incident(string key, string dialog, string title)
    {
        await using var ctx = ReviewBunit.Create(app, "rhea", "analyst");
        var dialogs = ctx.Dialogs();
        ctx.Navigation().NavigateTo("/review");
        var cut = ctx.Render<ReviewQueue>();
        cut.WaitForAssertion(() => QueueIds(cut).Count.ShouldBeGreaterThan(1));
        cut.Find(".review-queue").KeyDown("j");
        var current = cut.Find(".queue-row.current").GetAttribute("data-incident");

        // The handler awaits the dialog's result, so its task ends only when the dialog closes: not awaited here.
        _ = cut.Find(".review-queue").KeyDownAsync(new KeyboardEventArgs { Key = key });
        dialogs.WaitForAssertion(() => dialogs.Find(dialog).TextContent.ShouldContain(title + current));
        dialogs.FindAll(".reject-dialog, .correct-dialog").Count.ShouldBe(1);
    }

    [Fact]
    public async Task Readers_see_the_queue_without_selection_or_actions()
    {
        await using var ctx = ReviewBunit.Create(app, user: null);
        ctx.Navigation().NavigateTo("/review?type=statement");
        var cut = ctx.Render<ReviewQueue>();
        cut.WaitForAssertion(() => cut.FindAll(".queue-row").ShouldNotBeEmpty());
        cut.FindAll(".review-actions, .bulk-actions, input[type=checkbox]").ShouldBeEmpty();
        cut.FindAll(".queue-row .bw-badge.type").ShouldAllBe(b => b.TextContent.Contains("Statement"));
    }

    [Fact]
    public async Task The_event_page_shows_reach_and_each_source_and_analysts_undo_it()
    {
        int eventId, a, b;
        await using (var db = app.OpenStore())
        {
            var byArticle = await db.Incidents.Where(i => !i.Hidden).GroupBy(i => i.ArticleId).Select(g => g.Min(i => i.Id)).Take(2).ToListAsync();
            (a, b) = (byArticle[0], byArticle[1]);
            eventId = await new EventService(db).CreateAsync([a, b], "carol", "Clash at the crossing");
        }
        await using (var readerCtx = ReviewBunit.Create(app, user: null))
        {
            var reader = readerCtx.Render<EventPage>(p => p.Add(x => x.Id, eventId));
            reader.WaitForAssertion(() => reader.Find(".event-reach").TextContent.ShouldContain("2 sources"));
            reader.FindAll(".event-actions").ShouldBeEmpty();
        }
        await using var ctx = ReviewBunit.Create(app, "alice", "analyst");
        var cut = ctx.Render<EventPage>(p => p.Add(x => x.Id, eventId));
        cut.WaitForAssertion(() => cut.FindAll(".versions-table thead th").Count.ShouldBe(3));
        cut.Find(".versions-table").TextContent.ShouldContain($"#{a}");
        cut.Find(".decision-history").TextContent.ShouldContain("carol");
        cut.Find(".event-undo").Click();
        cut.WaitForAssertion(() => cut.Find(".event-status").TextContent.ShouldContain("Undone"));
        await using var check = app.OpenStore();
        (await check.Events.SingleAsync(e => e.Id == eventId)).Status.ShouldBe(EventStatus.Undone);
    }

    [Fact]
    public async Task The_event_page_sets_each_sources_casualties_side_by_side_and_marks_where_they_disagree()
    {
        int eventId;
        await using (var db = app.OpenStore())
        {
            var byArticle = await db.Incidents.Where(i => !i.Hidden).GroupBy(i => i.ArticleId).Select(g => g.Max(i => i.Id)).OrderBy(id => id).Skip(2).Take(2).ToListAsync();
            var review = new ReviewService(db);
            await review.CorrectAsync(byArticle[0], new IncidentCorrection { Casualties = CasualtyReport.Parse("killed 2 soldiers") }, "alice");
            await review.CorrectAsync(byArticle[1], new IncidentCorrection { Casualties = CasualtyReport.Parse("killed at least 5; wounded 3") }, "alice");
            eventId = await new EventService(db).CreateAsync(byArticle, "carol", "Shelling of the post");
        }
        await using var ctx = ReviewBunit.Create(app, user: null);
        var cut = ctx.Render<EventPage>(p => p.Add(x => x.Id, eventId));
        cut.WaitForAssertion(() => cut.FindAll(".version-casualties").Count.ShouldBe(2));
        cut.FindAll(".version-casualties").Select(c => c.TextContent.Trim()).ShouldBe(["killed 2 soldiers", "killed at least 5; wounded 3"], ignoreOrder: true);
        cut.Find(".version-casualties").ParentElement!.ClassList.ShouldContain("disagree", "2 killed against at least 5");
        cut.Find(".disagreement-note").TextContent.ShouldContain("casualties");
    }

    [Fact]
    public async Task The_audit_page_filters_by_who_and_exports_csv_and_json()
    {
        await using (var db = app.OpenStore())
        {
            var id = await db.Incidents.Where(i => !i.Hidden).OrderByDescending(i => i.Id).Select(i => i.Id).FirstAsync();
            await new ReviewService(db).NoteAsync(id, "-2+3 looks like a formula", "dora");
        }
        await using var ctx = ReviewBunit.Create(app, "alice", "admin");
        ctx.Navigation().NavigateTo("/audit?who=dora");
        var cut = ctx.Render<AuditPage>();
        cut.WaitForAssertion(() => cut.Find(".audit-count").TextContent.ShouldBe("1 entry"));
        cut.Find(".audit-table tbody").TextContent.ShouldContain("dora");
        cut.Find(".audit-export-csv").GetAttribute("href").ShouldBe("/api/export/audit.csv?who=dora");

        using var anonymous = await ReviewClients.ForAsync(app);
        (await anonymous.GetAsync("/api/export/audit.csv")).IsSuccessStatusCode.ShouldBeFalse("the audit log is for admins");
        using var analyst = await ReviewClients.ForAsync(app, AccessRole.Analyst);
        (await analyst.GetAsync("/api/export/audit.csv")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        using var client = await ReviewClients.ForAsync(app, AccessRole.Admin);
        var csv = await client.GetStringAsync("/api/export/audit.csv?who=dora");
        csv.ShouldContain("\"'-2+3 looks like a formula\"");
        var json = JsonDocument.Parse(await client.GetStringAsync("/api/export/audit.json?who=dora&action=Note"));
        json.RootElement.EnumerateArray().Single().GetProperty("actor").GetString().ShouldBe("dora");
        var bad = await client.GetAsync("/api/export/audit.csv?action=Delete&from=yesterday");
        bad.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var problem = await bad.Content.ReadAsStringAsync();
        problem.ShouldContain("action: 'Delete'");
        problem.ShouldContain("from: 'yesterday'");
    }

    [Fact]
    public async Task The_api_carries_the_review_status_and_the_reviewer()
    {
        int id;
        await using (var db = app.OpenStore())
        {
            id = await db.Incidents.Where(i => !i.Hidden && !i.Reviews.Any()).OrderByDescending(i => i.Id).Skip(3).Select(i => i.Id).FirstAsync();
            await new ReviewService(db).CorrectAsync(id, new IncidentCorrection { Attribution = "the Kyrgyz border service" }, "erin");
        }
        using var client = await ReviewClients.ForAsync(app);
        var one = JsonDocument.Parse(await client.GetStringAsync($"/api/incidents/{id}")).RootElement.GetProperty("incident");
        (one.GetProperty("review").GetString(), one.GetProperty("reviewedBy").GetString(), one.GetProperty("attribution").GetString())
            .ShouldBe(("corrected", "erin", "the Kyrgyz border service"));
        var csv = (await client.GetStringAsync("/api/export/incidents.csv")).Split("\r\n");
        csv[0].ShouldContain("review,reviewedBy,reviewedAt");
        csv.Single(l => l.Contains($"/incidents/{id}")).ShouldContain(",corrected,erin,");
    }

    [Fact]
    public async Task Reprocess_is_for_admins_shows_progress_and_keeps_decisions()
    {
        await using (var analystCtx = ReviewBunit.Create(app, "alice", "analyst"))
        {
            var refused = analystCtx.Render<Reprocess>();
            refused.WaitForElement(".reprocess-admin-only");
            refused.FindAll(".reprocess-start").ShouldBeEmpty();
        }
        int rejected;
        await using (var db = app.OpenStore())
        {
            rejected = await db.Incidents.Where(i => !i.Hidden && !i.Reviews.Any()).OrderBy(i => i.Id).Skip(10).Select(i => i.Id).FirstAsync();
            await new ReviewService(db).RejectAsync(rejected, RejectionReason.Speculation, null, "alice");
        }
        await using var ctx = ReviewBunit.Create(app, "root", "admin");
        var cut = ctx.Render<Reprocess>();
        cut.Find(".reprocess-start").Click();
        cut.WaitForElement(".reprocess-report", TimeSpan.FromMinutes(3));
        cut.Find(".reprocess-progress .progress-text").TextContent.ShouldContain("5 of 5 articles");
        cut.Find(".reprocess-report").TextContent.ShouldContain("5 article(s) reprocessed");
        cut.Find("#orphaned-heading").TextContent.ShouldContain("Orphaned decisions");
        await using var check = app.OpenStore();
        (await ReviewViews.EffectiveAsync(check, rejected))!.State.ShouldBe(ReviewState.Rejected);
    }
}
