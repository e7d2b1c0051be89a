using BorderWatch.Core.Domain;
using BorderWatch.Web.Components.Shared;
using BorderWatch.Web.Tests.Hosting;
using Bunit;

namespace BorderWatch.Web.Tests.Components;

/// <summary>The incident list's state lives in the URL: reading it, and every step writing it (push or replace).</summary>
[Collection(SeededDashboard.Name)]
public sealed class IncidentBrowserTests(DashboardFactory app)
{
    private static List<int> ShownIds(IRenderedComponent<IncidentBrowser> cut) =>
        cut.FindAll("a.incident-link").Select(a => int.Parse(a.GetAttribute("data-incident")!)).ToList();

    [Fact]
    public async Task The_list_reads_its_filter_from_the_url_and_removing_a_chip_pushes_the_wider_url()
    {
        var stored = await StoredIncident.LoadListedAsync(app);
        await using var ctx = DashboardBunit.Create(app);
        ctx.Navigation().NavigateTo("/incidents?country=TKM&type=statement");

        var cut = ctx.Render<IncidentBrowser>(p => p.Add(b => b.Path, "/incidents").Add(b => b.Title, "Incidents"));

        var expected = stored.Where(i => i.Involves(ActorKind.State, "TKM") && i.Type == IncidentType.Statement).Select(i => i.Id).ToHashSet();
        expected.ShouldNotBeEmpty();
        cut.WaitForAssertion(() => ShownIds(cut).ToHashSet().SetEquals(expected).ShouldBeTrue());

        // Remove the type chip: a deliberate step, so a new history entry; the list follows the URL.
        var chip = cut.FindAll(".active-filters .filter-chip").Single(c => c.TextContent.Contains("Incident type"));
        await cut.InvokeAsync(() => chip.Click());
        ctx.Here().ShouldBe("/incidents?country=TKM");
        ctx.Navigation().History.First().Options.ReplaceHistoryEntry.ShouldBeFalse();
        var widened = stored.Where(i => i.Involves(ActorKind.State, "TKM")).Select(i => i.Id).ToHashSet();
        cut.WaitForAssertion(() => ShownIds(cut).ToHashSet().SetEquals(widened.Take(50).Count() == widened.Count ? widened : ShownIds(cut).ToHashSet()).ShouldBeTrue());
        cut.Find(".result-count").TextContent.ShouldContain($"of {widened.Count} incident");
    }

    [Fact]
    public async Task Sorting_and_paging_push_and_typing_replaces()
    {
        await using var ctx = DashboardBunit.Create(app);
        ctx.Navigation().NavigateTo("/incidents");
        var cut = ctx.Render<IncidentBrowser>(p => p.Add(b => b.Path, "/incidents").Add(b => b.Title, "Incidents"));
        cut.WaitForAssertion(() => cut.FindAll("a.incident-link").Count.ShouldBe(50));

        cut.FindAll("button.sort-button").Single(b => b.TextContent.Trim() == "Date").Click();
        ctx.Here().ShouldBe("/incidents?sort=oldest");
        ctx.Navigation().History.First().Options.ReplaceHistoryEntry.ShouldBeFalse();

        cut.FindAll("button.sort-button").Single(b => b.TextContent.Trim() == "Type").Click();
        ctx.Here().ShouldBe("/incidents?sort=type");

        // The search box applies after a pause and replaces the entry (typing is not a step to go back to).
        var search = cut.Find("#filter-q");
        search.Input("kerki");
        cut.WaitForAssertion(() => ctx.Here().ShouldBe("/incidents?q=kerki&sort=type"), TimeSpan.FromSeconds(5));
        ctx.Navigation().History.First().Options.ReplaceHistoryEntry.ShouldBeTrue();
        cut.WaitForAssertion(() => cut.Find(".result-count").TextContent.ShouldNotContain("of 50"));
    }

    [Fact]
    public async Task The_title_names_the_filter()
    {
        await using var ctx = DashboardBunit.Create(app);
        ctx.Navigation().NavigateTo("/incidents?border=AFG-TKM&org=Taliban&from=2015&to=2016");
        var cut = ctx.Render<IncidentBrowser>(p => p.Add(b => b.Path, "/incidents").Add(b => b.Title, "Incidents"));

        cut.WaitForAssertion(() => cut.Find(".result-count"));
        var title = cut.FindComponent<Microsoft.AspNetCore.Components.Web.PageTitle>();
        title.Markup.ShouldBe("");   // PageTitle renders into the head, not in place
        BorderWatch.Web.Dashboard.FilterTitle.Describe(new BorderWatch.Core.Queries.IncidentFilter
        {
            Border = "AFG-TKM", Organizations = ["Taliban"], From = PartialDate.OfYear(2015), To = PartialDate.OfYear(2016),
        }).ShouldBe("AFG-TKM · Taliban · 2015–2016");
    }

    [Fact]
    public async Task A_bad_query_says_what_is_wrong_and_lists_nothing()
    {
        await using var ctx = DashboardBunit.Create(app);
        ctx.Navigation().NavigateTo("/incidents?from=2019-13&dates=sometimes");
        var cut = ctx.Render<IncidentBrowser>(p => p.Add(b => b.Path, "/incidents").Add(b => b.Title, "Incidents"));

        cut.WaitForAssertion(() => cut.Find("[role=alert]").TextContent.ShouldContain("from: '2019-13' is not a date"));
        cut.Find("[role=alert]").TextContent.ShouldContain("dates: 'sometimes' is not a date match");
        cut.FindAll("a.incident-link").ShouldBeEmpty();
    }
}
