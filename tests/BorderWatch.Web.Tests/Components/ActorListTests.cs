using BorderWatch.Core.Queries;
using BorderWatch.Web.Components.Pages;
using BorderWatch.Web.Dashboard;
using BorderWatch.Web.Tests.Hosting;
using Bunit;
using Microsoft.EntityFrameworkCore;

namespace BorderWatch.Web.Tests.Components;

/// <summary>The actors list is ordered and paged by the store, with the order and page in the URL.</summary>
[Collection(SeededDashboard.Name)]
public sealed class ActorListTests(DashboardFactory app)
{
    private const int PageSize = 10;

    private sealed record Stored(int Id, string DisplayName, string? CountryCode, int Incidents);

    /// <summary>Every stored actor with its count of listed incidents, counted here from the raw rows.</summary>
    private async Task<List<Stored>> StoredActorsAsync()
    {
        await using var db = app.OpenStore();
        var listed = (await db.Incidents.Apply(new IncidentFilter()).Select(i => i.Id).ToListAsync()).ToHashSet();
        var links = await db.IncidentActors.AsNoTracking().Select(ia => new { ia.ActorId, ia.IncidentId }).ToListAsync();
        var counts = links.Where(l => listed.Contains(l.IncidentId)).Distinct()
            .GroupBy(l => l.ActorId).ToDictionary(g => g.Key, g => g.Count());
        var actors = await db.Actors.AsNoTracking().Select(a => new { a.Id, a.DisplayName, a.CountryCode }).ToListAsync();
        return actors.Select(a => new Stored(a.Id, a.DisplayName, a.CountryCode, counts.GetValueOrDefault(a.Id))).ToList();
    }

    private static IEnumerable<Stored> ByName(IEnumerable<Stored> s) => s.OrderBy(a => a.DisplayName.ToLowerInvariant(), StringComparer.Ordinal).ThenBy(a => a.Id);

    private static List<int> ShownIds(IRenderedComponent<Actors> cut) =>
        cut.FindAll("a.actor-link").Select(a => int.Parse(a.GetAttribute("data-actor")!)).ToList();

    private BunitContext Context(string url)
    {
        var ctx = DashboardBunit.Create(app, PageSize);
        ctx.Navigation().NavigateTo(url);
        return ctx;
    }

    [Fact]
    public async Task Every_actor_count_read_from_the_tallies_is_its_number_of_listed_incidents()
    {
        var stored = (await StoredActorsAsync()).ToDictionary(a => a.Id, a => a.Incidents);
        await using var db = app.OpenStore();

        var (page, total) = await ActorDirectory.PageAsync(db, null, null, includeInactive: true, ActorOrder.Name, 1, 10_000);
        total.ShouldBe(stored.Count);
        page.Select(r => (r.Id, r.IncidentCount)).ShouldBe(stored.Select(a => (a.Key, a.Value)), ignoreOrder: true);
        var listed = await ActorDirectory.ListAsync(db, null, null, includeInactive: true);
        listed.Select(r => (r.Id, r.IncidentCount)).ShouldBe(stored.Select(a => (a.Key, a.Value)), ignoreOrder: true);
        var busiest = stored.MaxBy(a => a.Value);
        (await ActorDirectory.ProfileAsync(db, busiest.Key)).ShouldNotBeNull().Actor.IncidentCount.ShouldBe(busiest.Value);
    }

    [Fact]
    public async Task The_second_page_by_name_is_the_second_ten_of_every_actor_by_name()
    {
        var stored = await StoredActorsAsync();
        stored.Count.ShouldBeGreaterThan(2 * PageSize);
        await using var ctx = Context("/actors?all=true&sort=name&page=2");

        var cut = ctx.Render<Actors>();

        var expected = ByName(stored).Skip(PageSize).Take(PageSize).Select(a => a.Id).ToList();
        cut.WaitForAssertion(() => ShownIds(cut).ShouldBe(expected));
        cut.Find(".result-count").TextContent.ShouldContain($"{stored.Count} actors");
        cut.Find(".result-count").TextContent.ShouldContain($"page 2 of {(stored.Count + PageSize - 1) / PageSize}");
    }

    [Fact]
    public async Task The_default_order_is_most_incidents_first_and_leaves_out_actors_without_incidents()
    {
        var stored = await StoredActorsAsync();
        var active = stored.Where(a => a.Incidents > 0).ToList();
        active.Count.ShouldBeGreaterThan(PageSize);
        await using var ctx = Context("/actors?page=2");

        var cut = ctx.Render<Actors>();

        var expected = ByName(active).OrderByDescending(a => a.Incidents).Skip(PageSize).Take(PageSize).Select(a => a.Id).ToList();
        cut.WaitForAssertion(() => ShownIds(cut).ShouldBe(expected));
        cut.Find(".result-count").TextContent.ShouldStartWith($"{active.Count} actors");
    }

    [Fact]
    public async Task By_country_puts_actors_without_a_country_last()
    {
        var stored = await StoredActorsAsync();
        await using var ctx = Context($"/actors?all=true&sort=country&page={(stored.Count + PageSize - 1) / PageSize}");

        var cut = ctx.Render<Actors>();

        var expected = ByName(stored).OrderBy(a => a.CountryCode is null).ThenBy(a => a.CountryCode, StringComparer.Ordinal)
            .Select(a => a.Id).Chunk(PageSize).Last().ToList();
        cut.WaitForAssertion(() => ShownIds(cut).ShouldBe(expected));
    }

    [Fact]
    public async Task Sorting_and_paging_push_a_url_and_sorting_goes_back_to_page_one()
    {
        await using var ctx = Context("/actors?all=true&page=2");
        var cut = ctx.Render<Actors>();
        cut.WaitForAssertion(() => ShownIds(cut).Count.ShouldBe(PageSize));

        cut.FindAll("button.sort-button").Single(b => b.TextContent.Trim() == "Name").Click();
        ctx.Here().ShouldBe("/actors?all=true&sort=name");
        ctx.Navigation().History.First().Options.ReplaceHistoryEntry.ShouldBeFalse();

        cut.FindAll("button.sort-button").Single(b => b.TextContent.Trim() == "Country").Click();
        ctx.Here().ShouldBe("/actors?all=true&sort=country");
    }

    [Fact]
    public async Task A_bad_sort_or_page_says_what_is_wrong()
    {
        await using var ctx = Context("/actors?sort=size&page=zero");
        var cut = ctx.Render<Actors>();
        cut.WaitForAssertion(() => cut.Find("[role=alert]").TextContent.ShouldContain("sort: 'size' is not an order"));
        cut.Find("[role=alert]").TextContent.ShouldContain("page: 'zero' is not a page number");
        ShownIds(cut).ShouldBeEmpty();
    }
}
