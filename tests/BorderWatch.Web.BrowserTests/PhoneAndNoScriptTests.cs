using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace BorderWatch.Web.BrowserTests;

/// <summary>The dashboard on a phone, and with JavaScript switched off.</summary>
public sealed class PhoneAndNoScriptTests(BrowserFixture fx) : IClassFixture<BrowserFixture>
{
    private const int PhoneWidth = 390;

    private Task<IPage> PhoneAsync() => fx.NewPageAsync(new BrowserNewContextOptions
    {
        ViewportSize = new ViewportSize { Width = PhoneWidth, Height = 844 },
        IsMobile = true,
        HasTouch = true,
        DeviceScaleFactor = 1,
    });

    [Fact]
    public async Task On_a_phone_the_overview_and_a_timeline_fit_the_screen_and_the_menu_opens()
    {
        var page = await PhoneAsync();
        await page.GotoAsync("/");
        await Expect(page.Locator("h1")).ToBeVisibleAsync();
        await ShouldFitWidthAsync(page);
        await Screenshots.SaveAsync(page, "phone-overview");

        // The wide menu is hidden; the menu button opens it and its links work.
        await Expect(page.Locator("nav[aria-label=Main] .d-md-flex")).ToBeHiddenAsync();
        var menu = page.Locator("nav[aria-label=Main] details.nav-collapse");
        var toggle = menu.Locator("summary");
        await Expect(toggle).ToBeVisibleAsync();
        await Expect(toggle).ToHaveAccessibleNameAsync("Menu");
        var incidents = menu.GetByRole(AriaRole.Link, new() { Name = "Incidents" });
        await Expect(incidents).ToBeHiddenAsync();
        await toggle.ClickAsync();
        await Expect(incidents).ToBeVisibleAsync();
        await ShouldFitWidthAsync(page);
        await incidents.ClickAsync();
        await page.WaitForURLAsync(u => new Uri(u).AbsolutePath == "/incidents");
        await Expect(page.Locator("h1")).ToHaveTextAsync("Incidents");

        var href = await page.Locator("a.border-badge").First.GetAttributeAsync("href");
        await page.GotoAsync(href.ShouldNotBeNull());
        await Expect(page.Locator("#incident-browser .result-count")).ToBeVisibleAsync();
        await ShouldFitWidthAsync(page);
        // Open an incident's excerpts too: long quotes must wrap, not widen the page.
        await page.Locator("details.incident-excerpts > summary").First.ClickAsync();
        await ShouldFitWidthAsync(page);
    }

    [Fact]
    public async Task Without_javascript_the_filter_form_navigates_to_the_filtered_url()
    {
        var page = await fx.NewPageAsync(new BrowserNewContextOptions { JavaScriptEnabled = false });
        await page.GotoAsync("/incidents");
        var list = new IncidentList(page);
        var total = await list.TotalAsync();
        var countries = await list.FacetAsync("country");
        var country = countries.First(v => v.Count > 0 && v.Count < total);

        await list.FacetInput("country", country.Value).CheckAsync();
        // Without htmx nothing happens on change: the analyst applies the form, a plain GET.
        (await list.TotalAsync()).ShouldBe(total);
        await page.GetByRole(AriaRole.Button, new() { Name = "Apply" }).ClickAsync();

        await list.WaitForLocationAsync("/incidents", ("country", country.Value));
        await list.ExpectTotalAsync(country.Count);
        await Expect(list.FacetInput("country", country.Value)).ToBeCheckedAsync();
        (await list.ShownAsync()).ShouldAllBe(i => i.ActiveChips.Contains(country.Label));

        // Links work as links: the sort toggle keeps the filter.
        await list.Browser.GetByRole(AriaRole.Link, new() { Name = "Oldest first" }).ClickAsync();
        await list.WaitForLocationAsync("/incidents", ("country", country.Value), ("sort", "oldest"));
        await list.ExpectTotalAsync(country.Count);
    }

    private static async Task ShouldFitWidthAsync(IPage page)
    {
        var widths = await page.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, window.innerWidth]");
        var (scrollWidth, innerWidth) = (widths[0], widths[1]);
        innerWidth.ShouldBe(PhoneWidth, "the page zoomed out to fit something too wide");
        scrollWidth.ShouldBeLessThanOrEqualTo(innerWidth, $"{page.Url} scrolls sideways on a phone");
    }
}
