using AngleSharp.Dom;
using IngestPage = BorderWatch.Web.Components.Pages.Ingest;
using BorderWatch.Web.Ingest;
using BorderWatch.Web.Tests.Hosting;
using Bunit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BorderWatch.Web.Tests.Components;

/// <summary>
/// The ingest page rendered by bUnit on its own empty SQLite store, with the app's real job queue and pipeline: a
/// pasted article goes into the store, and the job's address shows how it went.
/// </summary>
public sealed class IngestPageBunitTests(EmptyDashboardFactory app) : IClassFixture<EmptyDashboardFactory>
{
    private BunitContext Context(string url)
    {
        BunitContext.DefaultWaitTimeout = TimeSpan.FromSeconds(60);   // the real pipeline, on a busy 2-core machine
        var ctx = DashboardBunit.Create(app, configure: c =>
        {
            c.Services.AddSingleton(app.Services.GetRequiredService<IngestJobQueue>());
            c.AddAuthorization().SetAuthorized("aziza");
        });
        ctx.Navigation().NavigateTo(url);
        return ctx;
    }

    private static void Type(IElement input, string text)
    {
        try { input.Change(text); }
        catch (MissingEventHandlerException) { input.Input(text); input.Blur(); }
    }

    private static IElement AddButton(IRenderedComponent<IngestPage> cut) =>
        cut.FindAll("button").Single(b => b.TextContent.Trim() == "Add the pasted article");

    [Fact]
    public async Task A_pasted_article_is_stored_and_the_jobs_address_shows_the_result()
    {
        const string title = "Guards exchange fire at the Vorukh enclave";
        await using var ctx = Context("/ingest");
        var cut = ctx.Render<IngestPage>();
        AddButton(cut).HasAttribute("disabled").ShouldBeTrue();   // nothing pasted yet

        Type(cut.Find("#ingest-title"), title);
        Type(cut.Find("#ingest-text"), "DUSHANBE, 12 March 2021. Tajik and Kyrgyz border guards exchanged fire near the Vorukh enclave on Tuesday, "
            + "the Tajik border service said. Two guards were wounded.");
        Type(cut.Find("#ingest-outlet"), "Asia-Plus");
        cut.WaitForAssertion(() => AddButton(cut).HasAttribute("disabled").ShouldBeFalse());
        AddButton(cut).Click();

        // The job's address replaces the page's: reloading it, or coming back to it, follows the same job.
        var here = ctx.Here();
        here.ShouldStartWith("/ingest?job=");
        Guid.TryParse(here["/ingest?job=".Length..], out _).ShouldBeTrue();
        ctx.Navigation().History.First().Options.ReplaceHistoryEntry.ShouldBeTrue();

        var again = ctx.Render<IngestPage>();
        again.WaitForAssertion(() => again.Find(".ingest-result").GetAttribute("data-outcome").ShouldBe("stored"));
        await using var db = app.OpenStore();
        var article = await db.Articles.AsNoTracking().Include(a => a.Outlet).SingleAsync(a => a.Title == title);
        article.Outlet!.Name.ShouldBe("Asia-Plus");
        var incidents = await db.Incidents.CountAsync(i => i.ArticleId == article.Id);
        again.Find(".ingest-result a").GetAttribute("href").ShouldBe($"/articles/{article.Id}");
        again.Find(".result-summary").TextContent.ShouldBe(
            $"1 document: 1 stored, 0 unchanged, 0 near-copies, 0 failed; {incidents} incidents found.");
        again.Find(".ingest-progress").GetAttribute("role").ShouldBe("status");
        again.Find(".ingest-progress").GetAttribute("data-state").ShouldBe("done");
        again.FindAll(".result-table tbody tr").Count.ShouldBe(incidents);
    }

    [Fact]
    public async Task An_unknown_job_says_so_and_shows_no_progress()
    {
        await using var ctx = Context($"/ingest?job={Guid.NewGuid()}");

        var cut = ctx.Render<IngestPage>();

        cut.Find("[role=alert]").TextContent.ShouldContain("This ingest is no longer known");
        cut.FindAll(".ingest-progress, .ingest-result").ShouldBeEmpty();
    }
}
