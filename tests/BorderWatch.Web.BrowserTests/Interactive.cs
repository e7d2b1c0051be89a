using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace BorderWatch.Web.BrowserTests;

/// <summary>Waiting for the Blazor circuit: the prerendered page is readable at once, clickable once this holds.</summary>
public static class Interactive
{
    public static async Task<IPage> GotoInteractiveAsync(this IPage page, string url)
    {
        var response = await page.GotoAsync(url);
        (response?.Status ?? 0).ShouldBe(200, url);
        await page.WaitForSelectorAsync("html[data-interactive=true]", new() { State = WaitForSelectorState.Attached });
        return page;
    }

    /// <summary>
    /// Waits until the page's URL matches <paramref name="url"/> (after a click, a key or Back that navigates, inside the
    /// page or to a new document). Not <c>IPage.WaitForURLAsync</c>, which BannedSymbols.txt refuses: Playwright .NET
    /// reads the URL and only then subscribes to navigation events, so a navigation that lands between the two is
    /// missed and the wait runs out its 20 s with the URL already matching. An in-page navigation arrives one circuit
    /// round trip after the click, so on a loaded machine it does land there: CI's intermittent timeouts, reproduced
    /// as 1 miss in 300 same-document navigations at load average ~55 (0 in 600 with this assertion, which polls).
    /// </summary>
    public static Task WaitForAddressAsync(this IPage page, Regex url) => Assertions.Expect(page).ToHaveURLAsync(url);

    /// <summary>Waits until the page's path and query are exactly <paramref name="pathAndQuery"/> (see <see cref="WaitForAddressAsync"/>).</summary>
    public static Task WaitForPathAsync(this IPage page, string pathAndQuery) =>
        page.WaitForAddressAsync(new Regex($"^[a-z]+://[^/]+{Regex.Escape(pathAndQuery)}$"));

    /// <summary>
    /// Waits until no finite animation or transition is running (a theme switch fades colours over 200 ms), so a colour
    /// check sees the settled page. <c>getAnimations()</c> flushes styles first, so transitions the switch has just
    /// triggered are counted; endless ones (a spinner) are not waited for.
    /// </summary>
    public static Task WaitForSettledStylesAsync(this IPage page) => page.WaitForFunctionAsync("""
        () => document.getAnimations().every(a => a.playState !== 'running' || a.effect?.getComputedTiming().endTime === Infinity)
        """);

    /// <summary>The path and query of the page's URL.</summary>
    public static string Here(this IPage page) => new Uri(page.Url).PathAndQuery;

    /// <summary>Waits until the incident list shows the URL in the address bar (the URL changes first, the list follows).</summary>
    public static async Task<IPage> WaitForListAsync(this IPage page)
    {
        await page.WaitForFunctionAsync("""
            () => { const b = document.querySelector('.incident-browser');
                    return b && b.getAttribute('data-interactive') === 'true'
                        && b.getAttribute('data-loaded') === location.pathname + location.search; }
            """);
        return page;
    }

    /// <summary>"Showing 1–50 of 101 incidents" → 101; 0 for "No incidents".</summary>
    public static async Task<int> TotalAsync(this IPage page)
    {
        await page.WaitForListAsync();
        var text = await page.Locator(".result-count").InnerTextAsync();
        var match = System.Text.RegularExpressions.Regex.Match(text, @"of (\d+) incident");
        return match.Success ? int.Parse(match.Groups[1].Value) : 0;
    }
}
