using System.Text.Json;
using Microsoft.Playwright;

namespace BorderWatch.Web.BrowserTests;

/// <summary>An axe-core scan (WCAG 2.1 A/AA rules) of every page: no serious or critical violation; the skip link works.</summary>
public sealed class AccessibilityTests(BrowserFixture fx) : IClassFixture<BrowserFixture>
{
    private static readonly Lazy<string> Axe = new(() => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "axe", "axe.min.js")));

    private static readonly Dictionary<string, string> Shots = new() { ["/incidents/1"] = "incident", ["/articles/3"] = "article", ["/actors"] = "actors" };

    [Theory]
    [InlineData("/")]
    [InlineData("/incidents")]
    [InlineData("/incidents?status=denied,unconfirmed&country=TKM&org=CSTO&q=border")]   // with filter chips in the panel and the header
    [InlineData("/borders/AFG-TKM")]
    [InlineData("/incidents/1")]
    [InlineData("/articles")]
    [InlineData("/articles/3")]
    [InlineData("/actors")]
    [InlineData("/ingest")]
    public async Task Pages_have_no_serious_accessibility_violations(string url)
    {
        // axe-core is the test's own script, injected inline: the page's policy (own scripts only) would refuse it.
        // Adding articles is for analysts: that page is checked signed in as one.
        var page = url == "/ingest"
            ? await fx.SignedInPageAsync(BorderWatch.Core.Domain.AccessRole.Analyst, new() { BypassCSP = true })
            : await fx.NewPageAsync(new() { BypassCSP = true });
        await page.OpenAsync(url);
        if (Shots.TryGetValue(url, out var shot)) await Screenshots.SaveAsync(page, shot);
        await ScanAsync(page, url);
    }

    /// <summary>The workbench's pages (analysts' and admins'), scanned signed in as the role that sees them.</summary>
    [Theory]
    [InlineData("/review", BorderWatch.Core.Domain.AccessRole.Analyst, true)]
    [InlineData("/events", BorderWatch.Core.Domain.AccessRole.Analyst, true)]
    [InlineData("/audit", BorderWatch.Core.Domain.AccessRole.Admin, true)]
    [InlineData("/admin/users", BorderWatch.Core.Domain.AccessRole.Admin, false)]   // a static page: its forms post without a circuit
    public async Task Workbench_pages_have_no_serious_accessibility_violations(string url, BorderWatch.Core.Domain.AccessRole role, bool interactive)
    {
        var page = await fx.SignedInPageAsync(role, new() { BypassCSP = true });
        await page.OpenAsync(url);
        (await page.GetAttributeAsync("html", "data-render")).ShouldBe(interactive ? "interactive" : "static", url);
        await ScanAsync(page, url);
    }

    /// <summary>The dark theme has colours of its own: the same scan after switching to it.</summary>
    [Theory]
    [InlineData("/")]
    [InlineData("/incidents?status=denied,unconfirmed&country=TKM&q=border")]
    [InlineData("/borders/AFG-TKM")]
    [InlineData("/incidents/1")]
    public async Task Pages_in_the_dark_theme_have_no_serious_accessibility_violations(string url)
    {
        var page = await fx.NewPageAsync(new() { BypassCSP = true });
        await page.OpenAsync(url);
        await page.GetByRole(AriaRole.Button, new() { Name = "Switch to the dark theme" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Switch to the light theme" }).WaitForAsync();
        // Colours change with CSS transitions (input labels: 200 ms): scan the settled page, not a frame in between.
        await page.WaitForSettledStylesAsync();
        await ScanAsync(page, url + " (dark theme)");
    }

    /// <summary>axe does not check SVG fills: the timeline's status dots need 3:1 against the page in both themes
    /// (WCAG 1.4.11, non-text contrast).</summary>
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Timeline_dots_keep_three_to_one_against_the_background(bool dark)
    {
        var page = await fx.NewPageAsync();
        await page.OpenAsync("/borders/AFG-TKM");
        if (dark)
        {
            await page.GetByRole(AriaRole.Button, new() { Name = "Switch to the dark theme" }).ClickAsync();
            await page.GetByRole(AriaRole.Button, new() { Name = "Switch to the light theme" }).WaitForAsync();
            await page.WaitForSettledStylesAsync();
        }
        var ratios = await page.EvaluateAsync<double[]>("""
            () => {
                const rgb = c => c.match(/[\d.]+/g).slice(0, 4).map(Number);
                const lum = ([r, g, b]) => { const f = v => { v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); }; return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b); };
                const background = el => { for (; el; el = el.parentElement) { const c = rgb(getComputedStyle(el).backgroundColor); if (c.length < 4 || c[3] > 0) return c; } return [255, 255, 255]; };
                return [...document.querySelectorAll('svg.time-axis circle.dot')].map(d => {
                    const a = lum(rgb(getComputedStyle(d).fill)), b = lum(background(d.closest('svg')));
                    return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
                });
            }
            """);
        ratios.ShouldNotBeEmpty();
        ratios.Min().ShouldBeGreaterThanOrEqualTo(3.0);
    }

    private static async Task ScanAsync(IPage page, string what)
    {
        await page.AddScriptTagAsync(new() { Content = Axe.Value });
        var result = await page.EvaluateAsync<JsonElement>("""
            async () => {
                const r = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
                return r.violations.filter(v => v.impact === 'serious' || v.impact === 'critical')
                    .map(v => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.slice(0, 3).map(n => n.target.join(' ') + ' :: ' + n.failureSummary) }));
            }
            """);
        var violations = result.EnumerateArray().Select(v => v.ToString()).ToList();
        violations.ShouldBeEmpty($"{what}:\n{string.Join("\n", violations)}");
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/borders/AFG-TKM")]
    [InlineData("/incidents")]
    public async Task Pages_run_interactively_under_the_content_security_policy(string url)
    {
        var page = await fx.NewPageAsync();
        var refused = new List<string>();
        page.Console += (_, m) => { if (m.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase)) refused.Add(m.Text); };
        var response = await page.OpenForResponseAsync(url);
        response.Status.ShouldBe(200, url);
        response.Headers["content-security-policy"].ShouldContain("script-src 'self'");
        (await page.GetAttributeAsync("html", "data-interactive")).ShouldBe("true", url);
        // Inline handlers are refused (and reported) as the page is parsed: none may be left in the markup.
        var inline = await page.EvaluateAsync<string[]>("() => [...document.querySelectorAll('*')].filter(e => [...e.attributes].some(a => a.name.startsWith('on'))).map(e => e.outerHTML.slice(0, 300))");
        inline.ShouldBeEmpty();
        refused.ShouldBeEmpty();
    }

    /// <summary>
    /// WCAG 2.4.7 from the keyboard: Tab through the whole page; every stop draws a focus ring of at least 2 px (links,
    /// buttons, navigation links, chips; checkboxes and radios ring their visible box), except text inputs and selects,
    /// whose focused border MudBlazor draws. Each stop has a name.
    /// </summary>
    [Theory]
    [InlineData("/incidents?country=TKM&q=border")]
    [InlineData("/actors")]
    public async Task Every_tab_stop_shows_a_focus_ring_and_has_a_name(string url)
    {
        var page = await fx.NewPageAsync();
        await page.OpenAsync(url);
        if (url.StartsWith("/incidents")) await page.WaitForListAsync();
        var stops = new List<string>();
        var failures = new List<string>();
        for (var i = 0; i < 120; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            var stop = await page.EvaluateAsync<string?>("""
                () => {
                    const e = document.activeElement;
                    if (!e || e === document.body) return null;
                    if (e.dataset.tabSeen) return '';
                    e.dataset.tabSeen = '1';
                    const box = e.matches('.mud-checkbox-input, .mud-radio-input') ? e.closest('label').querySelector('.mud-button-root')
                        : e.matches('.mud-switch-input') ? e.closest('label').querySelector('.mud-switch-span') : e;
                    const textual = e.matches('input:not([type=checkbox]):not([type=radio]), select, textarea, [role=combobox]');
                    const cs = getComputedStyle(box);
                    const ring = cs.outlineStyle !== 'none' && parseFloat(cs.outlineWidth) >= 2;
                    const name = (e.getAttribute('aria-label') || e.labels?.[0]?.innerText || e.innerText || e.title || '').trim();
                    const what = e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + ' "' + name.slice(0, 40) + '"';
                    return (textual || ring ? '' : 'NO RING ') + (name ? '' : 'NO NAME ') + what;
                }
                """);
            if (stop is null) continue;   // the page itself, between the last control and the first
            if (stop.Length == 0) break;  // round again
            stops.Add(stop);
            if (stop.StartsWith("NO ", StringComparison.Ordinal)) failures.Add(stop);
        }
        stops.Count.ShouldBeGreaterThan(15, string.Join("\n", stops));
        failures.ShouldBeEmpty($"{url}:\n{string.Join("\n", failures)}");
    }

    [Fact]
    public async Task The_skip_link_moves_focus_to_the_content_of_the_same_page()
    {
        var page = await fx.NewPageAsync();
        await page.OpenAsync("/actors");
        // It is the first thing in the page; it shows when focused.
        (await page.EvaluateAsync<string>("() => document.querySelector('body a[href], body button').className")).ShouldContain("skip-link");
        await page.Locator("a.skip-link").FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        new Uri(page.Url).AbsolutePath.ShouldBe("/actors");
        (await page.EvaluateAsync<string>("() => document.activeElement.id")).ShouldBe("main");
    }
}
