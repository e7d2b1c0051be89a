using BorderWatch.Core.Domain;
using BorderWatch.Core.Queries;
using BorderWatch.Web.Components.Shared;
using BorderWatch.Web.Dashboard;
using Bunit;

namespace BorderWatch.Web.Tests.Components;

/// <summary>
/// Removable filter chips from the keyboard (WCAG 2.1.1): every chip is a real button with a name that says what it
/// removes, and after a removal focus goes to the next chip, the one before, or the filter input.
/// </summary>
public sealed class FilterChipsTests
{
    private static readonly IncidentListUrl Wide = new("/incidents", new IncidentFilter());

    private static FilterChip Chip(string key) => new(key, key, $"Remove actor {key}", Wide with { Filter = new IncidentFilter { Text = "without " + key } });

    private static IRenderedComponent<FilterChips> Render(BunitContext ctx, List<ListStep> steps, params string[] keys) =>
        ctx.Render<FilterChips>(p => p.Add(c => c.Chips, keys.Select(Chip).ToList()).Add(c => c.GroupLabel, "Selected actors").Add(c => c.IdPrefix, "actor-chip")
            .Add(c => c.FallbackFocusId, "filter-actor").Add(c => c.OnNavigate, s => steps.Add(s)));

    /// <summary>Where the component sent focus, as the chip's key (or the id, when no chip has it).</summary>
    private static List<string> Focused(BunitContext ctx, IRenderedComponent<FilterChips> cut) => ctx.JSInterop.Invocations
        .Where(i => i.Identifier == "borderWatch.focusControl")
        .Select(i => (string)i.Arguments[0]!)
        .Select(id => cut.FindAll("button.filter-chip").SingleOrDefault(b => b.Id == id)?.GetAttribute("data-chip") ?? id)
        .ToList();

    [Fact]
    public async Task Each_chip_is_a_focusable_button_named_for_what_it_removes()
    {
        await using var ctx = DashboardBunit.Create();
        var cut = Render(ctx, [], "TKM", "CSTO");
        cut.Find("[role=group]").GetAttribute("aria-label").ShouldBe("Selected actors");
        var buttons = cut.FindAll("button.filter-chip");
        buttons.Select(b => b.GetAttribute("aria-label")).ShouldBe(["Remove actor TKM", "Remove actor CSTO"]);
        buttons.Select(b => b.TextContent.Trim()).ShouldBe(["TKM", "CSTO"]);
        buttons.Select(b => b.Id).ShouldBe(["actor-chip-0", "actor-chip-1"]);
        buttons.ShouldAllBe(b => b.GetAttribute("type") == "button" && !b.HasAttribute("tabindex") && !b.HasAttribute("disabled"));
        // The icon is decoration: the button's name is its label, not "Close".
        buttons.ShouldAllBe(b => b.QuerySelector("svg")!.GetAttribute("aria-hidden") == "true");

        var none = Render(ctx, []);
        none.Markup.Trim().ShouldBeEmpty("no empty group without chips");
    }

    [Fact]
    public async Task Removing_a_chip_steps_to_its_url_and_focus_moves_to_the_next_then_the_previous_then_the_input()
    {
        await using var ctx = DashboardBunit.Create();
        var steps = new List<ListStep>();
        var cut = Render(ctx, steps, "A", "B", "C");

        cut.Find("[data-chip=B]").Click();
        steps.Single().Url.ShouldBe(Chip("B").Without);
        steps.Single().Replace.ShouldBeFalse("a removal is a deliberate step: Back restores the filter");
        Focused(ctx, cut).ShouldBeEmpty("focus waits until the list shows the new URL");

        cut.Render(p => p.Add(c => c.Chips, new[] { "A", "C" }.Select(Chip).ToList()));
        Focused(ctx, cut).ShouldBe(["C"], "the chip that took the removed one's place");

        cut.Find("[data-chip=C]").Click();
        cut.Render(p => p.Add(c => c.Chips, new[] { "A" }.Select(Chip).ToList()));
        Focused(ctx, cut).Last().ShouldBe("A", "the last chip gone: the one before it");

        cut.Find("[data-chip=A]").Click();
        cut.Render(p => p.Add(c => c.Chips, new List<FilterChip>()));
        cut.FindAll("button.filter-chip").ShouldBeEmpty();
        Focused(ctx, cut).Last().ShouldBe("filter-actor", "no chip left: the actor input they came from");
    }

    [Fact]
    public async Task Active_filter_chips_name_every_filter_they_remove()
    {
        await using var ctx = DashboardBunit.Create();
        var url = new IncidentListUrl("/incidents", new IncidentFilter
        {
            Countries = ["TKM"], Organizations = ["CSTO"], Types = [IncidentType.ArmedClash], Statuses = [IncidentStatus.Denied],
            From = PartialDate.OfYear(2015), To = PartialDate.OfYear(2016), Text = "Amu Darya", PlaceIds = [4],
        });
        var cut = ctx.Render<ActiveFilters>(p => p.Add(a => a.Url, url).Add(a => a.PlaceNames, new Dictionary<int, string> { [4] = "Serhetabat" }));

        var names = cut.FindAll(".active-filters button.filter-chip").Select(b => b.GetAttribute("aria-label")).ToList();
        names.ShouldBe(["Remove filter Country: TKM", "Remove filter Organization or armed group: CSTO", "Remove filter Incident type: Armed clash",
            "Remove filter Status: denied", "Remove filter From 2015", "Remove filter To 2016", "Remove filter Place: Serhetabat",
            "Remove filter Search: “Amu Darya”"], ignoreOrder: true);
        cut.FindAll(".active-filters button").Last().TextContent.Trim().ShouldBe("Clear all");
    }
}
