using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace BorderWatch.Web.BrowserTests;

/// <summary>
/// An analyst on a border timeline: ticks facets (applied in place by htmx, the URL following), reloads the URL,
/// resets, flips the order, exports the filtered list, and reads an incident's excerpt down to its article.
/// </summary>
public sealed class BorderTimelineTests(BrowserFixture fx) : IClassFixture<BrowserFixture>
{
    /// <summary>The busiest border of the seeds; its timeline has several countries and organizations to filter by.</summary>
    private const string Border = "AFG-TKM";
    private const string TimelinePath = "/borders/" + Border;

    [Fact]
    public async Task Ticking_a_country_then_an_organization_filters_in_place_and_the_url_reloads_the_same_list()
    {
        var page = await fx.NewPageAsync();
        await page.GotoAsync(TimelinePath);
        var list = new IncidentList(page);
        var total = await list.TotalAsync();
        total.ShouldBeGreaterThan(1);
        await list.MarkPageAsync();

        // A country that narrows the list: its facet count is what ticking it leaves.
        var country = (await list.FacetAsync("country")).First(v => !v.Checked && v.Count > 0 && v.Count < total);
        await list.FacetInput("country", country.Value).CheckAsync();
        await list.WaitForLocationAsync(TimelinePath, ("country", country.Value));
        await list.ExpectTotalAsync(country.Count);
        await list.ExpectSettledAsync();
        await Expect(list.FacetInput("country", country.Value)).ToBeCheckedAsync();
        (await list.PageMarkSurvivedAsync()).ShouldBeTrue("ticking a facet must swap the list, not reload the page");
        var shown = await list.ShownAsync();
        shown.Count.ShouldBe(country.Count);
        shown.ShouldAllBe(i => i.ActiveChips.Contains(country.Label), $"every incident carries the {country.Label} chip");

        // Then an organization among what is left.
        var organizations = await list.FacetAsync("org");
        var org = organizations.Where(v => v.Count > 0).OrderBy(v => v.Count == country.Count).First();
        await list.FacetInput("org", org.Value).CheckAsync();
        await list.WaitForLocationAsync(TimelinePath, ("country", country.Value), ("org", org.Value));
        await list.ExpectTotalAsync(org.Count);
        await list.ExpectSettledAsync();
        await Expect(list.FacetInput("org", org.Value)).ToBeCheckedAsync();
        await Expect(list.FacetInput("country", country.Value)).ToBeCheckedAsync();
        (await list.PageMarkSurvivedAsync()).ShouldBeTrue("ticking a second facet must swap the list, not reload the page");
        await Expect(page.Locator(".active-filters")).ToContainTextAsync("Country: " + country.Value);
        await Expect(page.Locator(".active-filters")).ToContainTextAsync("Organization: " + org.Value);
        var filtered = await list.ShownAsync();
        filtered.Count.ShouldBe(org.Count);
        filtered.ShouldAllBe(i => i.ActiveChips.Contains(country.Label) && i.ActiveChips.Contains(org.Value),
            $"every incident carries the {country.Label} and {org.Value} chips");
        await Screenshots.SaveAsync(page, "border-timeline-filtered");

        // The URL is the view: reloading it is a full page load that shows the same list with the same boxes ticked.
        var url = page.Url;
        await page.ReloadAsync();
        page.Url.ShouldBe(url);
        (await list.PageMarkSurvivedAsync()).ShouldBeFalse();
        await list.ExpectTotalAsync(org.Count);
        (await list.ShownAsync()).Select(i => i.Id).ShouldBe(filtered.Select(i => i.Id));
        await Expect(list.FacetInput("country", country.Value)).ToBeCheckedAsync();
        await Expect(list.FacetInput("org", org.Value)).ToBeCheckedAsync();
    }

    [Fact]
    public async Task An_actor_chip_on_an_incident_applies_its_filter_in_place()
    {
        var page = await fx.NewPageAsync();
        await page.GotoAsync(TimelinePath);
        var list = new IncidentList(page);
        await list.MarkPageAsync();
        var chip = list.Cards.Locator("a.chip.chip-organization, a.chip.chip-armed-group").First;
        var name = (await chip.InnerTextAsync()).Trim();
        var org = (await list.FacetAsync("org")).Single(v => v.Value == name);

        await chip.ClickAsync();

        await list.WaitForLocationAsync(TimelinePath, ("org", name));
        await list.ExpectTotalAsync(org.Count);
        await list.ExpectSettledAsync();
        (await list.PageMarkSurvivedAsync()).ShouldBeTrue("a chip must swap the list, not reload the page");
        await Expect(list.FacetInput("org", name)).ToBeCheckedAsync();
        (await list.ShownAsync()).ShouldAllBe(i => i.ActiveChips.Contains(name));
    }

    [Fact]
    public async Task Reset_clears_every_filter_in_place()
    {
        var page = await fx.NewPageAsync();
        await page.GotoAsync(TimelinePath);
        var list = new IncidentList(page);
        var total = await list.TotalAsync();
        var country = (await list.FacetAsync("country")).First(v => v.Count > 0 && v.Count < total);
        var type = (await list.FacetAsync("type")).First(v => v.Count > 0);
        await page.GotoAsync($"{TimelinePath}?country={country.Value}&type={type.Value}&sort=oldest");
        await list.ExpectSettledAsync();
        (await list.TotalAsync()).ShouldBeLessThan(total);
        await list.MarkPageAsync();

        await list.Browser.Locator("form").GetByRole(AriaRole.Link, new() { Name = "Reset", Exact = true }).ClickAsync();

        await list.WaitForLocationAsync(TimelinePath);
        await list.ExpectTotalAsync(total);
        await list.ExpectSettledAsync();
        (await list.PageMarkSurvivedAsync()).ShouldBeTrue("reset must swap the list, not reload the page");
        await Expect(list.Browser.Locator("input[type=checkbox]:checked")).ToHaveCountAsync(0);
        await Expect(list.Browser.Locator(".active-filters")).ToHaveCountAsync(0);
        await Expect(list.Browser.GetByRole(AriaRole.Link, new() { Name = "Newest first" })).ToHaveAttributeAsync("aria-current", "true");
    }

    [Fact]
    public async Task A_date_range_that_ends_before_it_starts_shows_its_error_in_place()
    {
        var page = await fx.NewPageAsync();
        await page.GotoAsync(TimelinePath);
        var list = new IncidentList(page);
        await list.MarkPageAsync();

        await page.GetByLabel("From", new() { Exact = true }).FillAsync("2020");
        await page.GetByLabel("To", new() { Exact = true }).FillAsync("2019");
        await page.GetByLabel("To", new() { Exact = true }).PressAsync("Enter");

        // The server answers 400 with the list's own error message; htmx must show it like a page load would.
        await Expect(list.Browser.GetByRole(AriaRole.Alert)).ToContainTextAsync("is after to");
        await list.WaitForLocationAsync(TimelinePath, ("from", "2020"), ("to", "2019"));
        await list.ExpectTotalAsync(0);
        (await list.PageMarkSurvivedAsync()).ShouldBeTrue("the error must be swapped in, not loaded as a new page");

        await list.Browser.GetByRole(AriaRole.Alert).GetByRole(AriaRole.Link, new() { Name = "Reset the filters" }).ClickAsync();
        await list.WaitForLocationAsync(TimelinePath);
        await Expect(list.Browser.GetByRole(AriaRole.Alert)).ToHaveCountAsync(0);
        (await list.TotalAsync()).ShouldBeGreaterThan(0);
    }

    [Fact]
    public async Task Sort_toggle_flips_the_order()
    {
        var page = await fx.NewPageAsync();
        await page.GotoAsync(TimelinePath);
        var list = new IncidentList(page);
        var newest = await list.ShownAsync();
        newest.Count.ShouldBeGreaterThan(1);
        await Expect(list.Browser.GetByRole(AriaRole.Link, new() { Name = "Newest first" })).ToHaveAttributeAsync("aria-current", "true");
        await list.MarkPageAsync();

        await list.Browser.GetByRole(AriaRole.Link, new() { Name = "Oldest first" }).ClickAsync();

        await list.WaitForLocationAsync(TimelinePath, ("sort", "oldest"));
        await Expect(list.Browser.GetByRole(AriaRole.Link, new() { Name = "Oldest first" })).ToHaveAttributeAsync("aria-current", "true");
        await list.ExpectSettledAsync();
        (await list.PageMarkSurvivedAsync()).ShouldBeTrue("the sort toggle must swap the list, not reload the page");
        var oldest = await list.ShownAsync();
        // Undated incidents stay last either way; within each part the order is exactly reversed.
        var expected = newest.Where(i => !i.Undated).Reverse().Concat(newest.Where(i => i.Undated).Reverse()).Select(i => i.Id);
        oldest.Select(i => i.Id).ShouldBe(expected);
        oldest.First().Id.ShouldNotBe(newest.First().Id);
    }

    [Fact]
    public async Task Csv_export_of_the_filtered_list_has_one_row_per_shown_incident()
    {
        var page = await fx.NewPageAsync();
        await page.GotoAsync(TimelinePath);
        var list = new IncidentList(page);
        var total = await list.TotalAsync();
        var country = (await list.FacetAsync("country")).First(v => v.Count > 0 && v.Count < total);
        await list.FacetInput("country", country.Value).CheckAsync();
        await list.WaitForLocationAsync(TimelinePath, ("country", country.Value));
        await list.ExpectTotalAsync(country.Count);
        await list.ExpectSettledAsync();
        var shown = (await list.ShownAsync()).Select(i => i.Id).ToList();

        var download = await page.RunAndWaitForDownloadAsync(
            () => list.Browser.GetByRole(AriaRole.Link, new() { Name = "CSV", Exact = true }).ClickAsync());

        download.SuggestedFilename.ShouldEndWith(".csv");
        var path = await download.PathAsync();
        var rows = Csv.Read(await File.ReadAllTextAsync(path));
        rows.Count.ShouldBe(country.Count);
        rows.Select(r => int.Parse(r["id"])).ShouldBe(shown, ignoreOrder: true);
        rows.ShouldAllBe(r => r["border"] == Border);
        rows.ShouldAllBe(r => r["countries"].Split(';', StringSplitOptions.None).Contains(country.Value));
    }

    [Fact]
    public async Task An_incident_shows_its_excerpt_in_its_paragraph_and_the_article_highlights_it()
    {
        var page = await fx.NewPageAsync();
        await page.GotoAsync(TimelinePath);
        var list = new IncidentList(page);

        // On the timeline: expand the first incident and read the excerpt behind it.
        var card = list.Cards.First;
        await card.Locator("details.incident-excerpts > summary").ClickAsync();
        var quote = card.Locator("details.incident-excerpts blockquote").First;
        await Expect(quote).ToBeVisibleAsync();
        var excerpt = Normalize(await quote.InnerTextAsync());
        excerpt.Length.ShouldBeGreaterThan(20);
        var summaryLink = card.Locator(".incident-summary a");
        var incidentPath = await summaryLink.GetAttributeAsync("href");
        incidentPath.ShouldNotBeNull().ShouldMatch(@"^/incidents/\d+$");

        await summaryLink.ClickAsync();
        await page.WaitForURLAsync(u => new Uri(u).AbsolutePath == incidentPath);

        // The incident page: the excerpt highlighted inside its paragraph.
        var context = page.Locator("figure.excerpt-in-context").First;
        var mark = context.Locator("mark.excerpt.focus");
        await Expect(mark.First).ToBeVisibleAsync();
        var marked = Normalize(string.Concat(await mark.AllInnerTextsAsync()));
        marked.ShouldBe(excerpt);
        var paragraph = context.Locator("p.article-paragraph").Filter(new() { Has = page.Locator("mark.excerpt") }).First;
        Normalize(await paragraph.InnerTextAsync()).ShouldContain(excerpt);
        await Screenshots.SaveAsync(page, "incident");

        // Its article: the same excerpt highlighted, with a link back to the incident.
        var articleLink = context.Locator("figcaption a[href^='/articles/']");
        var articleHref = (await articleLink.GetAttributeAsync("href")).ShouldNotBeNull();
        var anchor = articleHref[(articleHref.IndexOf('#') + 1)..];
        anchor.ShouldStartWith("excerpt-");
        var excerptId = anchor["excerpt-".Length..];
        await articleLink.ClickAsync();
        await page.WaitForURLAsync(new Regex(@"/articles/\d+#excerpt-\d+$"));

        await Expect(page.Locator($"#{anchor}")).ToHaveCountAsync(1);
        var highlighted = page.Locator($".article-text mark.excerpt[data-excerpts~='{excerptId}']");
        await Expect(highlighted.First).ToBeVisibleAsync();
        Normalize(string.Concat(await highlighted.AllInnerTextsAsync())).ShouldBe(excerpt);
        var back = page.Locator($".article-text a.excerpt-ref[href='{incidentPath}']");
        await Expect(back).ToHaveCountAsync(1);
        await Screenshots.SaveAsync(page, "article");

        await back.ClickAsync();
        await page.WaitForURLAsync(u => new Uri(u).AbsolutePath == incidentPath);
        await Expect(page.Locator("h1")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task The_incident_list_spans_every_border_and_filters_by_border()
    {
        var page = await fx.NewPageAsync();
        await page.GotoAsync("/incidents");
        var list = new IncidentList(page);
        await Expect(page.Locator("h1")).ToHaveTextAsync("Incidents");
        var total = await list.TotalAsync();
        var borders = await list.FacetAsync("border");
        borders.Count.ShouldBeGreaterThan(1);
        total.ShouldBeGreaterThanOrEqualTo(borders.Sum(b => b.Count));
        await Screenshots.SaveAsync(page, "incidents");

        var border = borders.First(b => b.Value != Border);
        await list.MarkPageAsync();
        await list.FacetInput("border", border.Value).CheckAsync();
        await list.WaitForLocationAsync("/incidents", ("border", border.Value));
        await list.ExpectTotalAsync(border.Count);
        await list.ExpectSettledAsync();
        (await list.PageMarkSurvivedAsync()).ShouldBeTrue();
        await Expect(list.Cards.Locator("a.border-badge")).ToHaveCountAsync(border.Count);
        (await list.Cards.Locator("a.border-badge").AllInnerTextsAsync()).ShouldAllBe(t => t.Trim() == border.Value);
    }

    private static string Normalize(string text) => Regex.Replace(text, @"\s+", " ").Trim();
}
