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
