using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace BorderWatch.Web.BrowserTests;

/// <summary>
/// Opening pages so that a test never acts on a page before it can answer. An interactive page is prerendered, so it is
/// readable at once but its buttons, links and keys do nothing until the circuit has rendered it: the layout then sets
/// <c>html[data-interactive=true]</c>. A static page (<c>html[data-render=static]</c>: the account pages) is usable as
/// soon as it has loaded. Every page load in these tests goes through here; <c>BannedSymbols.txt</c> refuses
/// <c>GotoAsync</c>, <c>ReloadAsync</c>, <c>GoBackAsync</c> and <c>GoForwardAsync</c> anywhere else.
/// </summary>
public static class Interactive
{
    /// <summary>The page can be used: its circuit is up (an interactive page) or it has loaded (a static page).</summary>
    public const string Ready = "html[data-render=static], html[data-render=interactive][data-interactive=true]";

    /// <summary>Opens <paramref name="url"/>, checks the final response's status (after redirects) and waits until the page is <see cref="Ready"/>.</summary>
    public static async Task<IPage> OpenAsync(this IPage page, string url, int status = 200)
    {
#pragma warning disable RS0030 // the one place that may load a page: it waits for the page to be ready
        var response = await page.GotoAsync(url);
#pragma warning restore RS0030
        (response?.Status ?? 0).ShouldBe(status, url);
        await page.WaitForReadyAsync();
        return page;
    }

    /// <summary>Opens <paramref name="url"/> and returns the response (its headers), once the page is <see cref="Ready"/>.</summary>
    public static async Task<IResponse> OpenForResponseAsync(this IPage page, string url)
    {
#pragma warning disable RS0030 // see OpenAsync
        var response = await page.GotoAsync(url);
#pragma warning restore RS0030
        await page.WaitForReadyAsync();
        return response.ShouldNotBeNull(url);
    }

    /// <summary>Reloads the page and waits until it is <see cref="Ready"/> again.</summary>
    public static async Task ReloadReadyAsync(this IPage page)
    {
#pragma warning disable RS0030 // see OpenAsync
        await page.ReloadAsync();
#pragma warning restore RS0030
        await page.WaitForReadyAsync();
    }

    /// <summary>The browser's Back button; waits until the page shown is <see cref="Ready"/> (a new document or the same circuit).</summary>
    public static async Task BackAsync(this IPage page)
    {
#pragma warning disable RS0030 // see OpenAsync
        await page.GoBackAsync();
#pragma warning restore RS0030
        await page.WaitForReadyAsync();
    }

    /// <summary>The browser's Forward button; waits until the page shown is <see cref="Ready"/>.</summary>
    public static async Task ForwardAsync(this IPage page)
    {
#pragma warning disable RS0030 // see OpenAsync
        await page.GoForwardAsync();
#pragma warning restore RS0030
        await page.WaitForReadyAsync();
    }

    /// <summary>Waits until the page is <see cref="Ready"/> (after a click or a form that loaded a new document).</summary>
    public static Task WaitForReadyAsync(this IPage page) =>
        page.WaitForSelectorAsync(Ready, new() { State = WaitForSelectorState.Attached });

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
