using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace BorderWatch.Web.BrowserTests;

/// <summary>The morning round: the overview, into a border from the map or from its card, the actors.</summary>
public sealed class NavigationTests(BrowserFixture fx) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task Overview_shows_the_map_the_border_cards_and_the_latest_incidents()
    {
        var page = await fx.NewPageAsync();
        var response = await page.GotoAsync("/");
        response.ShouldNotBeNull().Status.ShouldBe(200);

        await Expect(page).ToHaveTitleAsync(new Regex("Overview"));
        await Expect(page.Locator("h1")).ToHaveTextAsync("Border security in Central Asia");
        await Expect(page.GetByRole(AriaRole.Navigation, new() { Name = "Main" })).ToBeVisibleAsync();
        var cards = page.Locator("article.border-card");
        var cardCount = await cards.CountAsync();
        cardCount.ShouldBeGreaterThan(1);
        // One line per tracked border on the map, each a link to the timeline its card links to.
        var mapLinks = page.Locator("svg.region-map a[href^='/borders/']");
        await Expect(mapLinks).ToHaveCountAsync(cardCount);
        var mapTargets = (await mapLinks.EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))")).Order();
        var cardTargets = (await cards.Locator("h2 a").EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))")).Order();
        mapTargets.ShouldBe(cardTargets);
        await Expect(page.Locator("ol.latest-list > li").First).ToBeVisibleAsync();
        (await page.Locator("ol.latest-list a[href^='/incidents/']").CountAsync()).ShouldBeGreaterThan(0);
        // The activity counts on the cards add up to something: the seeds were imported.
        var counts = await cards.Locator(".activity-badge").AllInnerTextsAsync();
        counts.Sum(c => int.Parse(c.Trim())).ShouldBeGreaterThan(0);
        await Screenshots.SaveAsync(page, "overview");
    }

    [Fact]
    public async Task A_border_line_on_the_map_leads_to_its_timeline()
    {
        var page = await fx.NewPageAsync();
        await page.GotoAsync("/");
        // The most active border: its line is drawn last, on top.
        var busiest = await page.Locator("svg.region-map g.borders > a").Last.GetAttributeAsync("href");
        busiest.ShouldNotBeNull().ShouldMatch("^/borders/[A-Z]{3}-[A-Z]{3}$");
        var link = page.Locator($"svg.region-map a[href='{busiest}']");
        await link.ScrollIntoViewIfNeededAsync();
        var name = (await link.GetAttributeAsync("aria-label")).ShouldNotBeNull().Split(':')[0];

        // Click on the line itself, where a mouse pointer would be: a point along the path that hits this link.
        var point = await page.EvaluateAsync<JsonElement>("""
            href => {
                const a = document.querySelector(`svg.region-map a[href="${href}"]`);
                const path = a.querySelector('path.border-line');
                const length = path.getTotalLength();
                const m = path.getScreenCTM();
                for (const f of [0.5, 0.4, 0.6, 0.3, 0.7, 0.2, 0.8, 0.1, 0.9]) {
                    const p = path.getPointAtLength(length * f);
                    const x = p.x * m.a + p.y * m.c + m.e, y = p.x * m.b + p.y * m.d + m.f;
                    const hit = document.elementFromPoint(x, y);
                    if (hit && hit.closest('a') === a) return { x, y };
                }
                return null;
            }
            """, busiest);
        point.ValueKind.ShouldBe(JsonValueKind.Object, $"no point of the {busiest} line can be clicked: something covers it");
        await page.Mouse.ClickAsync(point.GetProperty("x").GetSingle(), point.GetProperty("y").GetSingle());

        await page.WaitForURLAsync(u => new Uri(u).AbsolutePath == busiest);
        await Expect(page.Locator("h1")).ToHaveTextAsync($"{name} border");
        (await new IncidentList(page).TotalAsync()).ShouldBeGreaterThan(0);
    }

    [Fact]
    public async Task A_border_card_leads_to_its_timeline()
    {
        var page = await fx.NewPageAsync();
        await page.GotoAsync("/");
        // The second most active border, to take another road than the map test.
        var card = page.Locator("article.border-card").Filter(new() { Has = page.Locator(".latest") }).Nth(1);
        var heading = card.Locator("h2 a");
        var name = (await heading.InnerTextAsync()).Trim();
        var href = (await heading.GetAttributeAsync("href")).ShouldNotBeNull();
        var stated = int.Parse((await card.Locator(".activity-badge").InnerTextAsync()).Trim());

        await heading.ClickAsync();

        await page.WaitForURLAsync(u => new Uri(u).AbsolutePath == href);
        await Expect(page.Locator("h1")).ToHaveTextAsync($"{name} border");
        await Expect(page.GetByRole(AriaRole.Navigation, new() { Name = "Breadcrumb" })).ToContainTextAsync(href["/borders/".Length..]);
        (await new IncidentList(page).TotalAsync()).ShouldBe(stated);
    }

    [Fact]
    public async Task Actors_list_leads_to_an_actor_with_aliases_companions_and_timeline()
    {
        var page = await fx.NewPageAsync();
        await page.GotoAsync("/actors");
        await Expect(page.Locator("h1")).ToHaveTextAsync("Actors");
        var rows = page.Locator("table tbody tr");
        (await rows.CountAsync()).ShouldBeGreaterThan(3);
        await Screenshots.SaveAsync(page, "actors");

        // The organization or armed group with the most incidents.
        var actors = await page.EvaluateAsync<JsonElement>("""
            () => [...document.querySelectorAll('table tbody tr')].map(tr => ({
                href: tr.querySelector('td a').getAttribute('href'),
                name: tr.querySelector('td a').textContent.trim(),
                kind: tr.cells[1].textContent.trim(),
                count: parseInt(tr.cells[3].textContent, 10),
            }))
            """);
        var actor = actors.EnumerateArray()
            .Where(a => a.GetProperty("kind").GetString() is "Organization" or "Armed group")
            .OrderByDescending(a => a.GetProperty("count").GetInt32())
            .First();
        var name = actor.GetProperty("name").GetString()!;
        var href = actor.GetProperty("href").GetString()!;

        await page.GetByRole(AriaRole.Link, new() { Name = name, Exact = true }).First.ClickAsync();

        await page.WaitForURLAsync(u => new Uri(u).AbsolutePath == href);
        await Expect(page.Locator("h1")).ToHaveTextAsync(name);
        await Expect(page.Locator("ol.companions > li").First).ToBeVisibleAsync();
        await new IncidentList(page).ExpectTotalAsync(actor.GetProperty("count").GetInt32());
        await Screenshots.SaveAsync(page, "actor");
    }
}
