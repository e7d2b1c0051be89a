using BorderWatch.Core.Domain;
using BorderWatch.Core.Queries;
using BorderWatch.Web.Components.Shared;
using BorderWatch.Web.Dashboard;
using BorderWatch.Web.Tests.Hosting;
using Bunit;
using MudBlazor;

namespace BorderWatch.Web.Tests.Components;

/// <summary>The incident grid and the filter panel: what they show from their parameters, and the URL each step asks for.</summary>
[Collection(SeededDashboard.Name)]
public sealed class ListPartsTests(DashboardFactory app)
{
    private static IncidentListItem Item(int id, IncidentType type, string? border, double confidence) => new()
    {
        Id = id, Type = type, Date = PartialDate.OfDay(2022, 9, 14), BorderCode = border, Status = IncidentStatus.Unconfirmed,
        Summary = $"Shelling near Vorukh {id}", Confidence = confidence, Location = "Vorukh", Attribution = "the border service",
        OutletName = "Kaktus Media",
    };

    private static readonly IncidentListItem[] Items =
        [Item(5, IncidentType.ArmedClash, "KGZ-TJK", 0.83), Item(6, IncidentType.Statement, null, 0.4)];

    private static (IRenderedComponent<IncidentGrid> Cut, List<ListStep> Steps) Grid(BunitContext ctx, IncidentListUrl url, IncidentPage page, bool showBorder = true)
    {
        var steps = new List<ListStep>();
        var cut = ctx.Render<IncidentGrid>(p => p.Add(g => g.Results, page).Add(g => g.Url, url).Add(g => g.ShowBorder, showBorder)
            .Add(g => g.OnNavigate, s => steps.Add(s)));
        return (cut, steps);
    }

    [Fact]
    public async Task Grid_rows_show_type_status_border_confidence_and_link_the_incident_with_the_search()
    {
        await using var ctx = DashboardBunit.Create();
        var url = new IncidentListUrl("/incidents", new IncidentFilter { Text = "Vorukh shelling" });
        var (cut, _) = Grid(ctx, url, new IncidentPage(Items, 2, 1, 50) { HighlightTerms = ["vorukh", "shelling"] });

        var labelled = cut.Find("[aria-label=Incidents]");
        (labelled.TagName == "TABLE" || labelled.QuerySelector("table") is not null).ShouldBeTrue();
        var rows = cut.FindAll("tr.incident-row");
        rows.Count.ShouldBe(2);
        rows[0].QuerySelector("a.incident-link")!.GetAttribute("href").ShouldBe("/incidents/5?q=Vorukh%20shelling");
        rows[0].QuerySelectorAll("mark.hit").Select(m => m.TextContent).ShouldBe(["Shelling", "Vorukh"]);
        rows[0].QuerySelector(".type-badge")!.TextContent.Trim().ShouldBe("Armed clash");
        rows[0].QuerySelector(".status-unconfirmed")!.TextContent.Trim().ShouldBe("Unconfirmed");
        rows[0].QuerySelector("a[href='/borders/KGZ-TJK']").ShouldNotBeNull();
        rows[0].TextContent.ShouldContain("83 %");   // invariant culture writes a space before the sign
        rows[0].TextContent.ShouldContain("Vorukh · according to the border service · Kaktus Media");
        rows[1].QuerySelector("a[href^='/borders/']").ShouldBeNull();
        rows[1].TextContent.ShouldContain("none");
        rows[1].TextContent.ShouldContain("40 %");
    }

    [Fact]
    public async Task Grid_headers_say_the_active_sort_and_a_click_asks_for_the_next_order_on_page_one()
    {
        await using var ctx = DashboardBunit.Create();
        var url = new IncidentListUrl("/incidents", new IncidentFilter { Countries = ["TJK"] }, IncidentOrder.Newest, Page: 3);
        var (cut, steps) = Grid(ctx, url, new IncidentPage(Items, 120, 3, 50));

        var labels = cut.FindAll("button.sort-button").Select(b => b.GetAttribute("aria-label")).ToList();
        labels.ShouldBe(["Sort by date (sorted descending)", "Sort by type", "Sort by status", "Sort by border", "Sort by confidence"]);

        cut.FindAll("button.sort-button").Single(b => b.TextContent.Trim() == "Date").Click();
        steps.Last().Url.ToString().ShouldBe("/incidents?country=TJK&sort=oldest");
        steps.Last().Replace.ShouldBeFalse();
        cut.FindAll("button.sort-button").Single(b => b.TextContent.Trim() == "Confidence").Click();
        steps.Last().Url.ToString().ShouldBe("/incidents?country=TJK&sort=confidence");

        var (oldest, next) = Grid(ctx, url with { Order = IncidentOrder.Oldest }, new IncidentPage(Items, 2, 1, 50));
        oldest.FindAll("button.sort-button")[0].GetAttribute("aria-label").ShouldBe("Sort by date (sorted ascending)");
        oldest.FindAll("button.sort-button")[0].Click();
        next.Single().Url.ToString().ShouldBe("/incidents?country=TJK");
    }

    [Fact]
    public async Task Grid_pages_by_steps_and_hides_paging_and_the_border_column_when_not_needed()
    {
        await using var ctx = DashboardBunit.Create();
        var url = new IncidentListUrl("/borders/KGZ-TJK", new IncidentFilter { Types = [IncidentType.ArmedClash] });
        var (cut, steps) = Grid(ctx, url, new IncidentPage(Items, 120, 1, 50), showBorder: false);

        cut.FindAll("button.sort-button").Select(b => b.TextContent.Trim()).ShouldNotContain("Border");
        cut.Find("nav[aria-label=Pages]").ShouldNotBeNull();
        cut.FindAll("nav[aria-label=Pages] button").Single(b => b.TextContent.Trim() == "2").Click();
        steps.Single().Url.ToString().ShouldBe("/borders/KGZ-TJK?type=armed-clash&page=2");

        var (one, _) = Grid(ctx, url, new IncidentPage(Items, 2, 1, 50));
        one.FindAll("nav[aria-label=Pages]").ShouldBeEmpty();
    }

    [Fact]
    public async Task An_empty_grid_offers_to_reset_a_filter_or_to_add_articles()
    {
        await using var ctx = DashboardBunit.Create();
        var (filtered, _) = Grid(ctx, new IncidentListUrl("/incidents", new IncidentFilter { Countries = ["KAZ"] }), new IncidentPage([], 0, 1, 50));
        filtered.Find(".empty-state").TextContent.ShouldContain("No incidents match these filters");
        filtered.Find(".empty-state a").GetAttribute("href").ShouldBe("/incidents");

        var (empty, _) = Grid(ctx, new IncidentListUrl("/incidents", new IncidentFilter()), new IncidentPage([], 0, 1, 50));
        empty.Find(".empty-state").TextContent.ShouldContain("No incidents here yet");
        empty.Find(".empty-state a").GetAttribute("href").ShouldBe("/ingest");
    }

    private static IncidentBrowserView View(IncidentFilter filter, params Facet[] facets) =>
        new(new IncidentListUrl("/incidents", filter), filter, new IncidentPage([], 0, 1, 50), facets, []);

    private static (IRenderedComponent<FilterPanel> Cut, List<ListStep> Steps) Panel(BunitContext ctx, IncidentBrowserView view, bool showBorder = true)
    {
        var steps = new List<ListStep>();
        var cut = ctx.Render<FilterPanel>(p => p.Add(f => f.View, view).Add(f => f.ShowBorderFacet, showBorder).Add(f => f.OnNavigate, s => steps.Add(s)));
        return (cut, steps);
    }

    [Fact]
    public async Task Filter_panel_removes_one_actor_chip_and_keeps_the_rest_of_the_url()
    {
        await using var ctx = DashboardBunit.Create(app);
        var filter = new IncidentFilter { Countries = ["TKM"], Organizations = ["CSTO"], Types = [IncidentType.Deployment], ActorMatch = ActorMatch.All };
        var (cut, steps) = Panel(ctx, View(filter));

        // Each selected actor is one button that removes it (reachable with Tab: no tabindex=-1), named for what it does.
        var chips = cut.FindAll(".actor-filter-chips button.filter-chip");
        chips.Select(c => c.GetAttribute("aria-label")).ShouldBe(["Remove actor TKM", "Remove actor CSTO"]);
        chips.Select(c => c.TextContent.Trim()).ShouldBe(["TKM", "CSTO"]);
        chips.ShouldAllBe(c => c.GetAttribute("type") == "button" && !c.HasAttribute("tabindex") && !c.HasAttribute("disabled"));
        cut.Find(".actor-filter-chips").GetAttribute("role").ShouldBe("group");
        cut.FindAll(".mud-chip-close-button, .mud-chip").ShouldBeEmpty("no MudChip whose close button Tab skips");
        chips.Single(c => c.GetAttribute("aria-label") == "Remove actor CSTO").Click();

        steps.Single().Url.ToString().ShouldBe("/incidents?country=TKM&type=deployment&actors=all");
        steps.Single().Replace.ShouldBeFalse();
    }

    [Fact]
    public async Task Filter_panel_switches_date_matching_and_resets_every_filter_as_new_history_entries()
    {
        await using var ctx = DashboardBunit.Create(app);
        var filter = new IncidentFilter { From = PartialDate.OfYear(2015), Statuses = [IncidentStatus.Denied] };
        var (cut, steps) = Panel(ctx, View(filter));

        cut.Find("#facet-dates").TextContent.ShouldContain("From 2015 to the end");
        cut.FindAll("#facet-dates input[type=radio]")[1].Click();
        steps.Last().Url.ToString().ShouldBe("/incidents?status=denied&from=2015&dates=within");

        var reset = cut.FindAll("button").Single(b => b.TextContent.Trim() == "Reset all filters");
        reset.HasAttribute("disabled").ShouldBeFalse();
        reset.Click();
        steps.Last().Url.ToString().ShouldBe("/incidents");
        steps.ShouldAllBe(s => !s.Replace);

        var (clean, _) = Panel(ctx, View(new IncidentFilter()));
        clean.FindAll("button").Single(b => b.TextContent.Trim() == "Reset all filters").HasAttribute("disabled").ShouldBeTrue();
        clean.FindAll(".filter-chip").ShouldBeEmpty();
    }

    [Fact]
    public async Task Filter_panel_search_replaces_the_history_entry_with_the_trimmed_text()
    {
        await using var ctx = DashboardBunit.Create(app);
        var (cut, steps) = Panel(ctx, View(new IncidentFilter { Countries = ["TJK"] }));

        cut.Find("#filter-q").Input("  Vorukh  ");

        cut.WaitForAssertion(() => steps.ShouldNotBeEmpty(), TimeSpan.FromSeconds(10));
        steps.Last().Url.ToString().ShouldBe("/incidents?country=TJK&q=Vorukh");
        steps.Last().Replace.ShouldBeTrue();
    }

    [Fact]
    public async Task Filter_panel_shows_only_facets_with_values_and_the_border_facet_only_where_asked()
    {
        await using var ctx = DashboardBunit.Create(app);
        var border = new Facet(FacetField.Border, [new("KGZ-TJK", "Kyrgyzstan–Tajikistan", 12, false)], 0);
        var types = new Facet(FacetField.Type, [new("armed-clash", "Armed clash", 7, false)], 0) { CountsAreLowerBounds = true };
        var statuses = new Facet(FacetField.Status, [], 0);

        var (cut, _) = Panel(ctx, View(new IncidentFilter(), border, types, statuses));

        cut.FindAll("#facet-border").Count.ShouldBe(1);
        cut.FindAll("#facet-type").Count.ShouldBe(1);
        cut.Markup.ShouldContain("Incident type (any of)");
        cut.Markup.ShouldNotContain("Status (any of)");
        cut.FindAll("#facet-status").ShouldBeEmpty();

        var (noBorder, _) = Panel(ctx, View(new IncidentFilter(), border, types), showBorder: false);
        noBorder.FindAll("#facet-border").ShouldBeEmpty();
    }

    [Fact]
    public async Task Filter_panel_finds_an_actor_in_the_store_by_name_and_adds_it_to_the_url()
    {
        await using var db = app.OpenStore();
        var actor = db.Actors.Where(a => a.Kind == ActorKind.Organization).OrderBy(a => a.Id).First();
        await using var ctx = DashboardBunit.Create(app);
        var popovers = ctx.Render<MudPopoverProvider>();
        var (cut, steps) = Panel(ctx, View(new IncidentFilter { Countries = ["TJK"] }));

        cut.Find("#filter-actor").Input(actor.DisplayName);

        popovers.WaitForAssertion(() => popovers.FindAll(".mud-list-item").ShouldNotBeEmpty(), TimeSpan.FromSeconds(10));
        popovers.FindAll(".mud-list-item").First(i => i.TextContent.Contains(actor.DisplayName)).Click();
        cut.WaitForAssertion(() => steps.ShouldNotBeEmpty());
        steps.Last().Url.ToString().ShouldBe($"/incidents?country=TJK&org={Uri.EscapeDataString(actor.CanonicalName)}");
    }
}
