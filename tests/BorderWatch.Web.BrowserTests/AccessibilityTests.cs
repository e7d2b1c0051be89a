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
    [InlineData("/incidents?status=denied,unconfirmed")]
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
        await page.GotoInteractiveAsync(url);
        if (Shots.TryGetValue(url, out var shot)) await Screenshots.SaveAsync(page, shot);
        await page.AddScriptTagAsync(new() { Content = Axe.Value });
        var result = await page.EvaluateAsync<JsonElement>("""
            async () => {
                const r = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
                return r.violations.filter(v => v.impact === 'serious' || v.impact === 'critical')
                    .map(v => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.slice(0, 3).map(n => n.target.join(' ') + ' :: ' + n.failureSummary) }));
            }
            """);
        var violations = result.EnumerateArray().Select(v => v.ToString()).ToList();
        violations.ShouldBeEmpty($"{url}:\n{string.Join("\n", violations)}");
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
        var response = await page.GotoAsync(url);
        response.ShouldNotBeNull().Headers["content-security-policy"].ShouldContain("script-src 'self'");
        await page.GotoInteractiveAsync(url);
        // Inline handlers are refused (and reported) as the page is parsed: none may be left in the markup.
        var inline = await page.EvaluateAsync<string[]>("() => [...document.querySelectorAll('*')].filter(e => [...e.attributes].some(a => a.name.startsWith('on'))).map(e => e.outerHTML.slice(0, 300))");
        inline.ShouldBeEmpty();
        refused.ShouldBeEmpty();
    }

    [Fact]
    public async Task The_skip_link_moves_focus_to_the_content_of_the_same_page()
    {
        var page = await fx.NewPageAsync();
        await page.GotoInteractiveAsync("/actors");
        // It is the first thing in the page; it shows when focused.
        (await page.EvaluateAsync<string>("() => document.querySelector('body a[href], body button').className")).ShouldContain("skip-link");
        await page.Locator("a.skip-link").FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        new Uri(page.Url).AbsolutePath.ShouldBe("/actors");
        (await page.EvaluateAsync<string>("() => document.activeElement.id")).ShouldBe("main");
    }
}
