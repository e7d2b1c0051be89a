using BorderWatch.Core.Domain;
using BorderWatch.Web.Components.Pages;
using BorderWatch.Web.Map;
using BorderWatch.Web.Tests.Hosting;
using Bunit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BorderWatch.Web.Tests.Components;

/// <summary>
/// The read-only pages rendered by bUnit on the real seeded SQLite store: what each shows is checked against the
/// stored rows (read here directly), and each step the page takes is checked in the URL.
/// </summary>
[Collection(SeededDashboard.Name)]
public sealed class PageTests(DashboardFactory app)
{
    private BunitContext Context(string url, int pageSize = 50)
    {
        var ctx = DashboardBunit.Create(app, pageSize, configure: c =>
        {
            c.Services.AddSingleton(app.Services.GetRequiredService<RegionMapSource>());
            c.AddAuthorization();
        });
        BunitContext.DefaultWaitTimeout = TimeSpan.FromSeconds(15);
        ctx.Navigation().NavigateTo(url);
        return ctx;
    }

    private static List<int> Listed<T>(IRenderedComponent<T> cut) where T : Microsoft.AspNetCore.Components.IComponent =>
        cut.FindAll("a.incident-link").Select(a => int.Parse(a.GetAttribute("data-incident")!)).ToList();

    [Fact]
    public async Task Overview_has_a_card_per_stored_border_the_article_count_and_only_past_listed_incidents_as_latest()
    {
        await using var db = app.OpenStore();
        var codes = await db.BorderSegments.Select(b => b.Code).ToListAsync();
        var articles = await db.Articles.CountAsync(a => a.DuplicateOfId == null);
        var listed = (await StoredIncident.LoadListedAsync(app)).ToDictionary(i => i.Id);
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        await using var ctx = Context("/");

        var cut = ctx.Render<Overview>();

        cut.WaitForAssertion(() => cut.FindAll(".border-card").Count.ShouldBe(codes.Count));
        cut.FindAll(".border-card h3 a").Select(a => a.GetAttribute("href")).ShouldBe(codes.Select(c => $"/borders/{c}"), ignoreOrder: true);
        cut.Find("h1").TextContent.ShouldBe("Border security in Central Asia");
        cut.Markup.ShouldContain($"from {articles} articles");
        cut.FindAll("[role=status]").ShouldBeEmpty();   // the store is not empty
        var latest = cut.FindAll(".latest-list .incident-card > a").Select(a => int.Parse(a.GetAttribute("href")!.Split('/')[^1])).ToList();
        latest.ShouldNotBeEmpty();
        latest.ShouldAllBe(id => listed.ContainsKey(id) && listed[id].Status != IncidentStatus.Planned && (listed[id].Start == null || listed[id].Start <= today));
        cut.Find("section[aria-labelledby=map-heading]").ShouldNotBeNull();
    }

    [Fact]
    public async Task Articles_lists_a_page_newest_first_with_the_total_and_links_to_each_article_and_its_incidents()
    {
        await using var db = app.OpenStore();
        var all = await db.Articles.AsNoTracking().Select(a => new { a.Id, a.PublishedYear, a.PublishedMonth, a.PublishedDay }).ToListAsync();
        var newest = all.OrderBy(a => a.PublishedYear == null).ThenByDescending(a => a.PublishedYear).ThenByDescending(a => a.PublishedMonth)
            .ThenByDescending(a => a.PublishedDay).ThenByDescending(a => a.Id).Take(2).Select(a => a.Id).ToList();
        all.Count.ShouldBeGreaterThan(2);
        var withIncidents = await db.Incidents.Select(i => i.ArticleId).Distinct().ToListAsync();
        await using var ctx = Context("/articles", pageSize: 2);

        var cut = ctx.Render<Articles>();

        cut.WaitForAssertion(() => cut.Find("[role=status]").TextContent.ShouldBe($"{all.Count} articles"));
        var links = cut.FindAll(".articles-table tbody tr").Select(r => r.QuerySelector("a")!.GetAttribute("href")).ToList();
        links.ShouldBe(newest.Select(id => $"/articles/{id}"));
        foreach (var a in cut.FindAll(".articles-table a[href^='/incidents?article=']"))
            withIncidents.ShouldContain(int.Parse(a.GetAttribute("href")!.Split('=')[^1]));
        cut.Find("nav[aria-label=Pages]").ShouldNotBeNull();

        cut.FindAll("nav[aria-label=Pages] button").Single(b => b.TextContent.Trim() == "2").Click();
        ctx.Here().ShouldBe("/articles?page=2");
        ctx.Navigation().History.First().Options.ReplaceHistoryEntry.ShouldBeFalse();
    }

    [Fact]
    public async Task Articles_search_narrows_by_outlet_and_links_the_same_search_as_json()
    {
        await using var db = app.OpenStore();
        var outlet = await db.Outlets.Select(o => o.Name).OrderBy(n => n).FirstAsync();
        var term = outlet[..Math.Min(5, outlet.Length)];
        var matching = (await db.Articles.AsNoTracking().Include(a => a.Outlet).ToListAsync())
            .Count(a => (a.Title ?? "").Contains(term, StringComparison.OrdinalIgnoreCase) || a.SourceName.Contains(term, StringComparison.OrdinalIgnoreCase)
                        || (a.Outlet?.Name ?? "").Contains(term, StringComparison.OrdinalIgnoreCase));
        await using var ctx = Context($"/articles?q={Uri.EscapeDataString(term)}");

        var cut = ctx.Render<Articles>();

        cut.WaitForAssertion(() => cut.Find("[role=status]").TextContent.ShouldBe($"{matching} {(matching == 1 ? "article" : "articles")}"));
        cut.FindAll("a").Single(a => a.TextContent.Contains("JSON")).GetAttribute("href").ShouldBe($"/api/articles?q={Uri.EscapeDataString(term)}");
    }

    [Fact]
    public async Task Articles_says_what_is_wrong_with_a_bad_page_and_an_empty_search()
    {
        await using var ctx = Context("/articles?page=zero");
        var cut = ctx.Render<Articles>();
        cut.WaitForAssertion(() => cut.Find("[role=alert]").TextContent.ShouldContain("page: 'zero' is not a page number"));
        cut.Find("[role=alert] a").GetAttribute("href").ShouldBe("/articles");

        await using var none = Context("/articles?q=zzqqxxnothing");
        var empty = none.Render<Articles>();
        empty.WaitForAssertion(() => empty.Find("[role=status]").TextContent.ShouldBe("0 articles"));
        empty.Find(".empty-state").TextContent.ShouldBe("No article matches this search.");
    }

    [Fact]
    public async Task Actor_page_shows_the_actor_its_aliases_companions_and_only_its_incidents()
    {
        var listed = await StoredIncident.LoadListedAsync(app);
        var (actorId, count) = listed.SelectMany(i => i.Actors.Select(a => (a.Id, i.Id))).Distinct().GroupBy(x => x.Item1)
            .Select(g => (g.Key, g.Count())).MaxBy(x => x.Item2);
        await using var db = app.OpenStore();
        var actor = await db.Actors.AsNoTracking().Include(a => a.Aliases).SingleAsync(a => a.Id == actorId);
        var mine = listed.Where(i => i.Actors.Any(a => a.Id == actorId)).ToList();
        var companions = mine.SelectMany(i => i.Actors.Select(a => a.Id)).Where(id => id != actorId).ToHashSet();
        await using var ctx = Context($"/actors/{actorId}");

        var cut = ctx.Render<ActorPage>(p => p.Add(a => a.Id, actorId));

        cut.WaitForAssertion(() => cut.Find("h1").TextContent.ShouldBe(actor.DisplayName));
        cut.FindAll(".crumbs a").Select(a => a.GetAttribute("href")).ShouldBe(["/actors"]);
        cut.Find(".crumbs [aria-current=page]").TextContent.ShouldBe(actor.DisplayName);
        cut.Find("strong").TextContent.ShouldBe(count.ToString());
        cut.FindAll(".aliases .mud-chip").Select(c => c.TextContent.Trim())
            .ShouldBe(actor.Aliases.Select(a => a.Alias).Where(a => a != actor.DisplayName).Distinct().OrderBy(a => a), ignoreOrder: true);
        var shownCompanions = cut.FindAll(".companions a").Select(a => int.Parse(a.GetAttribute("href")!.Split('/')[^1])).ToList();
        shownCompanions.ShouldNotBeEmpty();
        shownCompanions.ShouldAllBe(id => companions.Contains(id));
        cut.WaitForAssertion(() => Listed(cut).ShouldNotBeEmpty());
        Listed(cut).ShouldAllBe(id => mine.Any(i => i.Id == id));
        Listed(cut).Count.ShouldBe(Math.Min(count, 50));
    }

    [Fact]
    public async Task Border_timeline_shows_the_border_its_timeline_and_only_its_incidents_and_a_dot_selects_one()
    {
        var listed = await StoredIncident.LoadListedAsync(app);
        var busiest = listed.Where(i => i.Border is not null).GroupBy(i => i.Border!).MaxBy(g => g.Count())!;
        await using var db = app.OpenStore();
        var segment = await db.BorderSegments.AsNoTracking().SingleAsync(b => b.Code == busiest.Key);
        await using var ctx = Context($"/borders/{segment.Code}");
        ctx.JSInterop.Setup<double[]>("borderWatch.bounds", _ => true).SetResult([0, 1000]);

        var cut = ctx.Render<BorderTimeline>(p => p.Add(b => b.Code, segment.Code));

        cut.WaitForAssertion(() => cut.Find("h1").TextContent.ShouldBe($"{segment.Name} border"));
        cut.FindAll(".crumbs a").Select(a => a.GetAttribute("href")).ShouldBe(["/"]);
        cut.Find(".border-total").TextContent.ShouldContain($"from {busiest.Count()} report");
        cut.WaitForAssertion(() => Listed(cut).ShouldNotBeEmpty());
        Listed(cut).ShouldAllBe(id => busiest.Any(i => i.Id == id));
        cut.FindAll("#facet-border").ShouldBeEmpty();   // the border is fixed by the page

        cut.WaitForAssertion(() => cut.FindAll("svg.time-axis [data-incident]").ShouldNotBeEmpty());
        var dot = cut.FindAll("svg.time-axis [data-incident]").First();
        var id = int.Parse(dot.GetAttribute("data-incident")!);
        dot.Click();
        ctx.Here().ShouldBe($"/borders/{segment.Code}?incident={id}");
        cut.WaitForAssertion(() => cut.Find(".selected-incident a[href='/incidents/" + id + "']").ShouldNotBeNull());
    }

    [Fact]
    public async Task Unknown_actors_and_borders_render_nothing_of_a_page()
    {
        await using var ctx = Context("/actors/987654");
        var actor = ctx.Render<ActorPage>(p => p.Add(a => a.Id, 987654));
        actor.FindAll("h1, a.incident-link").ShouldBeEmpty();

        await using var ctx2 = Context("/borders/XXX-YYY");
        var border = ctx2.Render<BorderTimeline>(p => p.Add(b => b.Code, "XXX-YYY"));
        border.FindAll("h1, a.incident-link").ShouldBeEmpty();
    }

    [Fact]
    public async Task Incident_list_round_trips_its_filter_through_the_url()
    {
        var listed = await StoredIncident.LoadListedAsync(app);
        var statements = listed.Where(i => i.Type == IncidentType.Statement).ToList();
        statements.ShouldNotBeEmpty();
        await using var ctx = Context("/incidents?type=statement&sort=oldest");

        var cut = ctx.Render<IncidentList>();

        cut.Find("h1").TextContent.ShouldBe("Incidents");
        cut.WaitForAssertion(() => Listed(cut).Count.ShouldBe(Math.Min(50, statements.Count)));
        Listed(cut).ShouldAllBe(id => statements.Any(s => s.Id == id));
        var starts = Listed(cut).Select(id => statements.Single(s => s.Id == id).Start).Where(d => d is not null).ToList();
        starts.ShouldBe(starts.Order().ToList());   // oldest first, as the URL says

        // Reset: the URL loses the filter but keeps the order; the list widens to every listed incident.
        cut.FindAll("button").Single(b => b.TextContent.Trim() == "Reset all filters").Click();
        ctx.Here().ShouldBe("/incidents?sort=oldest");
        cut.WaitForAssertion(() => cut.Find(".result-count").TextContent.ShouldContain($"of {listed.Count} incident"));

        // Opening the first URL again (Back, or a copied link) shows the narrow list again.
        ctx.Navigation().NavigateTo("/incidents?type=statement&sort=oldest");
        cut.WaitForAssertion(() => Listed(cut).ShouldAllBe(id => statements.Any(s => s.Id == id)));
        cut.Find(".result-count").TextContent.ShouldContain($"of {statements.Count} incident");
    }
}
