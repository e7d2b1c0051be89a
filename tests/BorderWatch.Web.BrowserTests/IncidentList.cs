using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace BorderWatch.Web.BrowserTests;

/// <summary>One value of a facet as the filter panel shows it.</summary>
public sealed record FacetOption(string Value, string Label, int Count, bool Checked);

/// <summary>One incident card as the list shows it.</summary>
public sealed record ShownIncident(int Id, bool Undated, string[] Chips, string[] ActiveChips);

/// <summary>What the tests read from and do to a filterable incident list (#incident-browser), the way an analyst would.</summary>
public sealed partial class IncidentList(IPage page)
{
    public IPage Page { get; } = page;

    public ILocator Browser => Page.Locator("#incident-browser");

    public ILocator ResultCount => Browser.Locator(".result-count");

    public ILocator Cards => Browser.Locator("article.incident-card");

    public ILocator FacetInput(string key, string value) =>
        Page.Locator($"#facet-{key} input[value=\"{value.Replace("\\", "\\\\").Replace("\"", "\\\"")}\"]");

    /// <summary>The total the list states ("Showing 1–13 of 13 incidents"; 0 for "No incidents").</summary>
    public async Task<int> TotalAsync()
    {
        var text = await ResultCount.InnerTextAsync();
        var m = TotalPattern().Match(text);
        return m.Success ? int.Parse(m.Groups[1].Value) : text.Contains("No incidents") ? 0 : throw new InvalidOperationException($"Unreadable count: {text}");
    }

    /// <summary>Waits (polling the DOM) until the list states this total.</summary>
    public Task ExpectTotalAsync(int total) => total == 0
        ? Expect(ResultCount).ToHaveTextAsync(new Regex(@"No incidents"))
        : Expect(ResultCount).ToHaveTextAsync(new Regex($@"\bof {total} incidents?\b"));

    /// <summary>Waits until no htmx request is in flight on the list (htmx marks the indicator while it runs).</summary>
    public Task ExpectSettledAsync() => Expect(Browser).Not.ToHaveClassAsync(new Regex(@"\bhtmx-(request|swapping|settling)\b"));

    public async Task<IReadOnlyList<FacetOption>> FacetAsync(string key)
    {
        var json = await Page.EvaluateAsync<JsonElement>("""
            key => [...document.querySelectorAll(`#facet-${key} .facet-value`)].map(v => {
                const input = v.querySelector('input');
                const label = v.querySelector('label');
                const spans = label.querySelectorAll('span');
                return {
                    value: input.value,
                    label: (spans[0] ?? label).textContent.trim(),
                    count: parseInt(spans[1]?.textContent ?? '0', 10),
                    checked: input.checked,
                };
            })
            """, key);
        return json.EnumerateArray()
            .Select(v => new FacetOption(v.GetProperty("value").GetString()!, v.GetProperty("label").GetString()!,
                v.GetProperty("count").GetInt32(), v.GetProperty("checked").GetBoolean()))
            .ToList();
    }

    /// <summary>The cards in page order: id, whether it sits under "Date unknown", its actor chips (and the active ones).</summary>
    public async Task<IReadOnlyList<ShownIncident>> ShownAsync()
    {
        var json = await Page.EvaluateAsync<JsonElement>("""
            () => [...document.querySelectorAll('#incident-browser article.incident-card')].map(card => {
                const year = card.closest('section.timeline-year')?.querySelector('.timeline-year-heading')?.textContent ?? '';
                const chips = [...card.querySelectorAll('.actor-chips a.chip')];
                return {
                    id: parseInt(card.id.replace('incident-', ''), 10),
                    undated: year.trim().startsWith('Date unknown'),
                    chips: chips.map(c => c.textContent.trim()),
                    active: chips.filter(c => c.classList.contains('active')).map(c => c.textContent.trim()),
                };
            })
            """);
        return json.EnumerateArray()
            .Select(c => new ShownIncident(c.GetProperty("id").GetInt32(), c.GetProperty("undated").GetBoolean(),
                c.GetProperty("chips").EnumerateArray().Select(x => x.GetString()!).ToArray(),
                c.GetProperty("active").EnumerateArray().Select(x => x.GetString()!).ToArray()))
            .ToList();
    }

    /// <summary>Sets a property on window: a full page load loses it, an htmx swap keeps it.</summary>
    public Task MarkPageAsync() => Page.EvaluateAsync("() => { window.__borderWatchNoReload = 'still-here'; }");

    public async Task<bool> PageMarkSurvivedAsync() =>
        await Page.EvaluateAsync<bool>("() => window.__borderWatchNoReload === 'still-here'");

    /// <summary>The current URL's path and query values (repeated keys and comma lists joined by commas).</summary>
    public (string Path, Dictionary<string, string> Query) Location()
    {
        var uri = new Uri(Page.Url);
        var query = QueryHelpers.ParseQuery(uri.Query)
            .ToDictionary(kv => kv.Key, kv => string.Join(",", kv.Value.Where(v => !string.IsNullOrEmpty(v))), StringComparer.OrdinalIgnoreCase);
        return (uri.AbsolutePath, query);
    }

    /// <summary>Waits for the address bar to show this path with exactly these non-empty query values.</summary>
    public Task WaitForLocationAsync(string path, params (string Key, string Value)[] query) =>
        Page.WaitForURLAsync(url =>
        {
            var uri = new Uri(url);
            if (!string.Equals(uri.AbsolutePath, path, StringComparison.Ordinal)) return false;
            var actual = QueryHelpers.ParseQuery(uri.Query)
                .Select(kv => (kv.Key, Value: string.Join(",", kv.Value.Where(v => !string.IsNullOrEmpty(v)))))
                .Where(kv => kv.Value.Length > 0)
                .OrderBy(kv => kv.Key, StringComparer.Ordinal)
                .ToList();
            var expected = query.OrderBy(kv => kv.Key, StringComparer.Ordinal).ToList();
            return actual.SequenceEqual(expected);
        });

    [GeneratedRegex(@"\bof (\d+) incidents?\b")]
    private static partial Regex TotalPattern();
}
