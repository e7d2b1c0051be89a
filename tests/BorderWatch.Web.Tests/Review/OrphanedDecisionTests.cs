using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using BorderWatch.Core;
using BorderWatch.Core.Accounts;
using BorderWatch.Core.Domain;
using BorderWatch.Core.Review;
using BorderWatch.Core.Store;
using BorderWatch.Ingestion;
using BorderWatch.Ingestion.Pipeline;
using BorderWatch.Web.Api;
using BorderWatch.Web.Components.Pages;
using BorderWatch.Web.Tests.Hosting;
using Bunit;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BorderWatch.Web.Tests.Review;

/// <summary>
/// Orphaned decisions are listed for analysts any time (not only after a run): over JSON, after a second reprocess and
/// by a restarted app on the same store, and on their page, where an analyst dismisses one with a reason.
/// </summary>
public sealed class OrphanedDecisionTests
{
    private static readonly JsonSerializerOptions Web = new(JsonSerializerDefaults.Web);

    private static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");

    /// <summary>The same store file as another app: what a restart of that app reads.</summary>
    private sealed class SameStoreFactory(string path) : DashboardFactory
    {
        protected override StoreOptions Store => new() { Provider = StoreSetup.Sqlite, ConnectionString = $"Data Source={path}" };
    }

    /// <summary>Confirms an incident, moves it into a sentence the pipeline finds nothing in (as an older pipeline could have stored it) and reprocesses.</summary>
    private static async Task<int> OrphanOneAsync(DashboardFactory app)
    {
        int id;
        await using (var db = app.OpenStore())
        {
            var article = await db.Articles.Include(a => a.Excerpts).Where(a => a.DuplicateOfId == null && a.Incidents.Any()).OrderBy(a => a.Id).FirstAsync();
            var sentences = TextSegmenter.Sentences(article.CleanedText);
            var incident = (await db.Incidents.Include(i => i.Excerpts).Where(i => i.ArticleId == article.Id && !i.Hidden).OrderBy(i => i.Id).ToListAsync())
                .First(i => sentences.Any(s => s.Start <= i.Excerpts[0].Start && i.Excerpts[0].End <= s.End));
            id = incident.Id;
            await new ReviewService(db).ConfirmAsync(id, "ana");
        }
        await using (var db = app.OpenStore())
        {
            var incident = await db.Incidents.Include(i => i.Excerpts).Include(i => i.Article!).ThenInclude(a => a.Excerpts).SingleAsync(i => i.Id == id);
            var text = incident.Article!.CleanedText;
            var empty = TextSegmenter.Sentences(text).First(s => s.End - s.Start > 20 && !incident.Article.Excerpts.Any(x => x.Start < s.End && x.End > s.Start));
            var excerpt = incident.Excerpts.Single();
            excerpt.Start = empty.Start; excerpt.End = empty.End; excerpt.Text = text[empty.Start..empty.End];
            incident.Fingerprint = $"2025.01.1:{id}";
            await db.SaveChangesAsync();
        }
        await ReprocessAsync(app);
        return id;
    }

    private static async Task<ReprocessReport> ReprocessAsync(DashboardFactory app)
    {
        using var scope = app.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<IngestionService>().ReprocessAsync();
    }

    [Fact]
    public async Task Analysts_list_them_over_json_after_a_second_run_and_a_restart_and_reattach_one()
    {
        await using var app = new DashboardFactory();
        var orphan = await OrphanOneAsync(app);

        var anonymous = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        (await anonymous.GetAsync("/api/review/orphaned")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        var reader = await app.SignedInClientAsync(AccessRole.Reader);
        (await reader.GetAsync("/api/review/orphaned")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await reader.PostAsync($"/api/review/orphaned/{orphan}/dismiss", Json("""{"reason":"x"}"""))).StatusCode.ShouldBe(HttpStatusCode.Forbidden);

        (await ReprocessAsync(app)).Orphaned.ShouldBe(1, "a second run");
        await using var restarted = new SameStoreFactory(app.DatabasePath);
        var analyst = await restarted.SignedInClientAsync(AccessRole.Analyst, "orphan-analyst");
        var list = (await analyst.GetFromJsonAsync<ApiOrphanedDecisions>("/api/review/orphaned", Web))!;
        list.Count.ShouldBe(1);
        var item = list.Items.Single();
        (item.Incident.Id, item.Incident.Review, item.Incident.ReviewedBy).ShouldBe((orphan, "confirmed", "ana"));
        item.Incident.ExcerptText.ShouldNotBeNullOrWhiteSpace("the old excerpt is shown");
        item.Candidates.ShouldNotBeEmpty();

        var dismiss = await analyst.PostAsync($"/api/review/orphaned/{orphan}/dismiss", Json("{}"));
        dismiss.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await dismiss.Content.ReadAsStringAsync()).ShouldContain("\"field\":\"reason\"");
        (await analyst.PostAsync($"/api/review/orphaned/{orphan}/reattach", Json("{}"))).StatusCode.ShouldBe(HttpStatusCode.BadRequest);

        var target = item.Candidates[0].Id;
        var reattached = await analyst.PostAsync($"/api/review/orphaned/{orphan}/reattach", Json($$"""{"incident":{{target}},"reason":"same sentence"}"""));
        reattached.StatusCode.ShouldBe(HttpStatusCode.OK, await reattached.Content.ReadAsStringAsync());
        var now = (await reattached.Content.ReadFromJsonAsync<ApiReviewedIncident>(Web))!;
        (now.Id, now.Review, now.ReviewedBy).ShouldBe((target, "confirmed", "orphan-analyst"));
        (await analyst.GetFromJsonAsync<ApiOrphanedDecisions>("/api/review/orphaned", Web))!.Count.ShouldBe(0);
        await using var check = restarted.OpenStore();
        (await AuditLog.ForIncidentAsync(check, orphan)).ShouldContain(e => e.Action == AuditAction.Reattach && e.Actor == "orphan-analyst" && e.RelatedIncidentId == target);
    }

    [Fact]
    public async Task The_page_shows_the_decision_and_its_old_excerpt_and_an_analyst_dismisses_it_with_a_reason()
    {
        await using var app = new DashboardFactory();
        var orphan = await OrphanOneAsync(app);
        string excerpt;
        await using (var db = app.OpenStore()) excerpt = (await db.Excerpts.SingleAsync(x => x.IncidentId == orphan)).Text;

        await using var ctx = ReviewBunit.Create(app, "vera", "analyst");
        var badge = ctx.Render<BorderWatch.Web.Components.Layout.OrphanedNavLink>();
        badge.WaitForAssertion(() => badge.Find(".orphaned-badge").TextContent.Trim().ShouldBe("1"));
        var cut = ctx.Render<OrphanedDecisionsPage>();
        cut.WaitForAssertion(() => cut.Find(".orphan-count").TextContent.ShouldContain("1 orphaned decision"));
        var card = cut.Find($".orphan[data-incident='{orphan}']");
        card.QuerySelector(".orphan-decision")!.TextContent.ShouldContain("confirmed");
        card.QuerySelector(".orphan-decision")!.TextContent.ShouldContain("by ana");
        card.QuerySelector(".orphan-excerpt")!.TextContent.ShouldBe(excerpt);

        cut.Find(".orphan-dismiss").Click();
        cut.WaitForAssertion(() => cut.Find(".orphan-problem").TextContent.ShouldContain("reason"));
        cut.Find(".orphan-reason input").Change("background sentence, nothing to carry over");
        cut.Find(".orphan-dismiss").Click();
        cut.WaitForAssertion(() => cut.Find(".orphan-count").TextContent.ShouldContain("0 orphaned decisions"));
        ctx.Render<BorderWatch.Web.Components.Layout.OrphanedNavLink>().FindAll(".orphaned-badge").ShouldBeEmpty("nothing waits any more");
        await using var check = app.OpenStore();
        var entry = (await AuditLog.ForIncidentAsync(check, orphan)).Single(e => e.Action == AuditAction.OrphanDismiss);
        (entry.Actor, entry.Reason).ShouldBe(("vera", "background sentence, nothing to carry over"));
    }
}
