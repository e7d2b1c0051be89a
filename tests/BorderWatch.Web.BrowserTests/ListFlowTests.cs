using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace BorderWatch.Web.BrowserTests;

/// <summary>Filtering the incident list in a browser: the list and the URL change together, Back restores, a copied link reproduces the view.</summary>
public sealed class ListFlowTests(BrowserFixture fx) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task Picking_filters_changes_list_and_url_back_restores_and_a_copied_link_reproduces_the_view()
    {
        var page = await fx.NewPageAsync();
        await page.OpenAsync("/incidents");
        var all = await page.TotalAsync();
        all.ShouldBe(fx.SeedIncidents);

        // An actor chip in the grid narrows the list (a pushed step).
        var chip = page.Locator(".incident-grid .actor-chips .mud-chip").First;
        var actor = (await chip.InnerTextAsync()).Trim();
        await chip.ClickAsync();
        await page.WaitForAddressAsync(new Regex(@"\?(country|org|person)="));
        await Expect(page.Locator(".active-filters .filter-chip")).ToHaveCountAsync(1);
        var narrowed = await page.TotalAsync();
        narrowed.ShouldBeInRange(1, all - 1);
        var filtered = page.Here();

        // Status picked in its select: values within a facet are "any of".
        await page.Locator("#facet-status").ClickAsync();
        await page.GetByRole(AriaRole.Option, new() { NameRegex = new Regex("^Reported") }).ClickAsync();
        await page.Keyboard.PressAsync("Escape");
        await page.WaitForAddressAsync(new Regex("status=reported"));
        var reported = await page.TotalAsync();
        reported.ShouldBeLessThanOrEqualTo(narrowed);
        await Expect(page).ToHaveTitleAsync(new Regex(@"reported · Incidents · BorderWatch$"));

        // Sort by date, oldest first: another step.
        await page.Locator("button.sort-button", new() { HasTextString = "Date" }).ClickAsync();
        await page.WaitForAddressAsync(new Regex("sort=oldest"));
        await page.WaitForListAsync();
        var view = page.Here();
        var shown = await page.Locator("a.incident-link").EvaluateAllAsync<string[]>("a => a.map(x => x.dataset.incident)");
        await Screenshots.SaveAsync(page, "incidents-filtered");

        // Typing a search replaces the entry instead of adding one.
        var entries = await page.EvaluateAsync<int>("() => history.length");
        await page.Locator("#filter-q").FillAsync("border");
        await page.WaitForAddressAsync(new Regex("q=border"));
        (await page.EvaluateAsync<int>("() => history.length")).ShouldBe(entries);
        await page.BackAsync();
        await page.WaitForAddressAsync(new Regex($"^(?!.*q=border)(?!.*//[^/]+{Regex.Escape(view)}$)"));
        page.Here().ShouldNotContain("sort=oldest");   // back past the replaced search to before the sort
        await page.ForwardAsync();
        await page.WaitForAddressAsync(new Regex("q=border"));   // forward again: the search replaced the sorted view's entry

        // Back twice: the actor filter alone, then everything.
        await page.BackAsync();
        await page.BackAsync();
        await page.WaitForPathAsync(filtered);
        await Expect(page.Locator(".result-count")).ToContainTextAsync($"of {narrowed} incident");

        // The copied link, in a fresh browser context, shows the same incidents in the same order.
        var other = await fx.NewPageAsync();
        await other.OpenAsync(view);
        await other.WaitForListAsync();
        (await other.Locator("a.incident-link").EvaluateAllAsync<string[]>("a => a.map(x => x.dataset.incident)")).ShouldBe(shown);
    }

    [Fact]
    public async Task The_actor_search_finds_an_alias_and_adds_the_actor_filter()
    {
        var page = await fx.NewPageAsync();
        await page.OpenAsync("/incidents");
        await page.WaitForListAsync();   // the filter panel is interactive, not the prerendered copy
        await page.Locator("#filter-actor").FillAsync("ODKB");
        var option = page.Locator(".mud-popover-open .mud-list-item").Filter(new() { HasTextRegex = new Regex("Collective Security|CSTO") }).First;
        await option.ClickAsync();
        // The filter replaces the URL inside the page: a same-document navigation has no load event to wait for.
        await page.WaitForAddressAsync(new Regex("org=CSTO"));
        (await page.TotalAsync()).ShouldBeGreaterThan(0);
    }

    [Fact]
    public async Task A_map_marker_of_several_incidents_opens_their_list_with_a_removable_place_chip()
    {
        var page = await fx.NewPageAsync();
        await page.OpenAsync("/");
        var marker = page.Locator("svg.region-map a.incident-cluster[href^='/incidents?place=']").First;
        var label = (await marker.GetAttributeAsync("aria-label"))!;
        var count = int.Parse(Regex.Match(label, @"(\d+) located events?$").Groups[1].Value);
        await marker.ClickAsync();
        await page.WaitForAddressAsync(new Regex(@"/incidents\?place=[\d,]+$"));
        (await page.TotalAsync()).ShouldBe(count);
        var chips = page.Locator(".active-filters .filter-chip");
        (await chips.CountAsync()).ShouldBeGreaterThan(0);
        foreach (var chip in await chips.AllInnerTextsAsync())
            label.ShouldContain(chip.Trim()["Place: ".Length..]);

        // Each place's chip removes that place; without places the list is whole again.
        var places = await chips.CountAsync();
        await chips.First.ClickAsync();
        await Expect(chips).ToHaveCountAsync(places - 1);
        if (places > 1) await page.GetByRole(AriaRole.Button, new() { Name = "Clear all" }).ClickAsync();
        await page.WaitForAddressAsync(new Regex(@"/incidents$"));
        (await page.TotalAsync()).ShouldBe(fx.SeedIncidents);
    }

    /// <summary>The element with keyboard focus: its accessible name and whether it draws a focus ring.</summary>
    private static Task<string> FocusedAsync(IPage page) => page.EvaluateAsync<string>("""
        () => { const e = document.activeElement; const cs = getComputedStyle(e);
                return (e.getAttribute('aria-label') || e.id) + (cs.outlineStyle !== 'none' && parseFloat(cs.outlineWidth) >= 2 ? ' [ring]' : ''); }
        """);

    [Fact]
    public async Task Filter_chips_are_removed_from_the_keyboard_and_focus_stays_in_the_filters()
    {
        var page = await fx.NewPageAsync();
        await page.OpenAsync("/incidents?country=TKM&org=CSTO&q=border");
        await page.WaitForListAsync();

        // Tab from the actor input reaches each selected actor's remove button, named for what it does, with a ring.
        await page.Locator("#filter-actor").FocusAsync();
        await page.Keyboard.PressAsync("Tab");
        (await FocusedAsync(page)).ShouldBe("Remove actor TKM [ring]");
        await page.Keyboard.PressAsync("Tab");
        (await FocusedAsync(page)).ShouldBe("Remove actor CSTO [ring]");
        await page.Keyboard.PressAsync("Enter");
        await Expect(page).ToHaveURLAsync(new Regex(@"/incidents\?country=TKM&q=border$"));
        await page.WaitForListAsync();
        await Expect(page.Locator(".active-filters")).Not.ToContainTextAsync("CSTO");
        await Expect(page.Locator(".actor-filter-chips .filter-chip")).ToHaveCountAsync(1);
        // The removed chip was the last: focus goes to the one before it, then (none left) to the actor input.
        await page.WaitForFunctionAsync("() => document.activeElement.getAttribute('aria-label') === 'Remove actor TKM'");
        await page.Keyboard.PressAsync("Space");
        await Expect(page).ToHaveURLAsync(new Regex(@"/incidents\?q=border$"));
        await page.WaitForFunctionAsync("() => document.activeElement.id === 'filter-actor'");

        // The list header's chips are reachable with Tab too (the search chip); Enter removes the search.
        var header = page.Locator(".active-filters .filter-chip");
        await Expect(header).ToHaveCountAsync(1);
        for (var i = 0; i < 60 && !await header.EvaluateAsync<bool>("e => e === document.activeElement"); i++)
            await page.Keyboard.PressAsync("Tab");
        (await FocusedAsync(page)).ShouldBe("Remove filter Search: “border” [ring]");
        await page.Keyboard.PressAsync("Enter");
        await Expect(page).ToHaveURLAsync(new Regex(@"/incidents$"));
        (await page.TotalAsync()).ShouldBe(fx.SeedIncidents);
        await Expect(header).ToHaveCountAsync(0);
        await page.WaitForFunctionAsync("() => document.activeElement.id === 'filter-q'");
    }
}
