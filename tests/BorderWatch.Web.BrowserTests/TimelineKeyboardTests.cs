using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace BorderWatch.Web.BrowserTests;

/// <summary>
/// A border's time axis from the keyboard (arrows move and resize a selection, Enter applies it, Escape clears it,
/// "?" opens the shortcuts dialog), and the incident selected on the axis as <c>incident=</c> in the URL.
/// </summary>
public sealed partial class TimelineKeyboardTests(BrowserFixture fx) : IClassFixture<BrowserFixture>
{
    private const string Border = "/borders/AFG-TKM";

    [GeneratedRegex(@"^Selected (\w+ \d{4})(?: to (\w+ \d{4}))?:")]
    private static partial Regex Selected();

    private static async Task<IPage> OpenBorderAsync(IPage page, string url = Border)
    {
        await page.OpenAsync(url);
        await page.WaitForListAsync();
        await page.Locator("svg.time-axis[data-interactive=true]").ScrollIntoViewIfNeededAsync();
        return page;
    }

    private static DateOnly Month(string text) => DateOnly.ParseExact("1 " + text, "d MMMM yyyy", CultureInfo.GetCultureInfo("en-GB"));

    [Fact]
    public async Task Arrows_select_a_period_enter_applies_it_and_escape_clears_it()
    {
        var page = await OpenBorderAsync(await fx.NewPageAsync());
        var before = await page.TotalAsync();
        var axis = page.Locator("svg.time-axis");
        await axis.FocusAsync();
        (await page.EvaluateAsync<bool>("() => document.activeElement.matches('svg.time-axis')")).ShouldBeTrue();
        var scroll = await page.EvaluateAsync<double>("() => window.scrollY");
        var entries = await page.EvaluateAsync<int>("() => history.length");

        await page.Keyboard.PressAsync("End");   // the last month of the border's axis
        foreach (var _ in Enumerable.Range(0, 5)) await page.Keyboard.PressAsync("ArrowLeft");
        foreach (var _ in Enumerable.Range(0, 5)) await page.Keyboard.PressAsync("Shift+ArrowRight");
        await Expect(page.Locator("svg.time-axis rect.brush.pending")).ToBeVisibleAsync();
        var status = page.Locator("#time-axis-status");
        await Expect(status).ToHaveTextAsync(Selected());
        // The circuit handles the key presses one after another: the status may still show the fourth step, so it is
        // read until it settles on six months (or the wait runs out and the assertion below says what it showed).
        (DateOnly First, DateOnly Last) span = default;
        for (var attempt = 0; attempt < 50; attempt++)
        {
            var match = Selected().Match(await status.InnerTextAsync());
            var from = Month(match.Groups[1].Value);
            span = (from, Month(match.Groups[2].Success ? match.Groups[2].Value : match.Groups[1].Value).AddMonths(1).AddDays(-1));
            if (span.Last.Year * 12 + span.Last.Month - span.First.Year * 12 - span.First.Month == 5) break;
            await Task.Delay(100);
        }
        var (first, last) = span;
        (last.Year * 12 + last.Month - first.Year * 12 - first.Month).ShouldBe(5, "six months: five Shift+→ past the first");
        page.Here().ShouldBe(Border, "nothing is applied before Enter");
        (await page.EvaluateAsync<double>("() => window.scrollY")).ShouldBe(scroll, "the arrows do not scroll the page");

        await page.Keyboard.PressAsync("Enter");
        // Polled: the same-document navigation can finish before a navigation wait would start listening.
        await Expect(page).ToHaveURLAsync(new Regex(@"\?from="));
        page.Here().ShouldBe($"{Border}?from={first:yyyy-MM-dd}&to={last:yyyy-MM-dd}");
        (await page.EvaluateAsync<int>("() => history.length")).ShouldBe(entries + 1, "one applied period is one step");
        await Expect(page.Locator("svg.time-axis rect.brush:not(.pending)")).ToBeVisibleAsync();
        (await page.TotalAsync()).ShouldBeLessThan(before);
        await Expect(page.Locator(".active-filters")).ToContainTextAsync("From ");

        await page.Locator("svg.time-axis").FocusAsync();
        await page.Keyboard.PressAsync("Escape");
        await Expect(page).ToHaveURLAsync(new Regex(@"/borders/AFG-TKM$"));
        await Expect(page.Locator(".result-count")).ToContainTextAsync($"of {before} incident");
        await Expect(page.Locator("svg.time-axis rect.brush")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task The_shortcuts_dialog_opens_from_the_chart_and_its_button_and_closes_with_escape()
    {
        var page = await OpenBorderAsync(await fx.NewPageAsync());
        await page.Locator("svg.time-axis").FocusAsync();
        await page.Keyboard.PressAsync("?");
        var dialog = page.GetByRole(AriaRole.Dialog);
        await Expect(dialog).ToBeVisibleAsync();
        await Expect(dialog).ToContainTextAsync("Timeline keyboard shortcuts");
        await Expect(dialog.Locator("tbody tr")).ToHaveCountAsync(7);
        await Expect(dialog).ToContainTextAsync("Escape");
        await Screenshots.SaveAsync(page, "timeline-keys-dialog");
        await page.Keyboard.PressAsync("Escape");
        await Expect(dialog).ToHaveCountAsync(0);
        page.Here().ShouldBe(Border, "Escape in the dialog closes the dialog only");

        await page.GetByRole(AriaRole.Button, new() { Name = "Keyboard shortcuts" }).ClickAsync();
        await Expect(dialog).ToBeVisibleAsync();
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Close", Exact = true }).ClickAsync();
        await Expect(dialog).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task Clicking_an_incident_on_the_axis_puts_it_in_the_url_a_copied_link_shows_it_and_back_or_close_removes_it()
    {
        var page = await OpenBorderAsync(await fx.NewPageAsync());
        await Expect(page.Locator(".selected-incident")).ToHaveCountAsync(0);
        var dot = page.Locator("svg.time-axis .dots [data-incident]").First;
        var id = await dot.GetAttributeAsync("data-incident");
        id.ShouldNotBeNull();
        await dot.ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex(@"\?incident=\d+$"));
        page.Here().ShouldBe($"{Border}?incident={id}");
        var card = page.Locator(".selected-incident");
        await Expect(card).ToBeVisibleAsync();
        await Expect(card.Locator($"a[href='/incidents/{id}']").First).ToBeVisibleAsync();
        await Expect(page.Locator($"svg.time-axis [data-incident='{id}']")).ToHaveClassAsync(new Regex(@"\bselected\b"));

        // The copied link, in a fresh context, shows the same incident selected.
        var other = await fx.NewPageAsync();
        await OpenBorderAsync(other, $"{Border}?incident={id}");
        await Expect(other.Locator($".selected-incident a[href='/incidents/{id}']").First).ToBeVisibleAsync();
        await Expect(other.Locator($"svg.time-axis [data-incident='{id}']")).ToHaveClassAsync(new Regex(@"\bselected\b"));

        // Back: no incident selected. Forward, then the card's close button: none either.
        await page.BackAsync();
        await Expect(page).ToHaveURLAsync(new Regex(@"/borders/AFG-TKM$"));
        await Expect(card).ToHaveCountAsync(0);
        await page.ForwardAsync();
        await Expect(card).ToBeVisibleAsync();
        await card.Locator("button").Last.ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex(@"/borders/AFG-TKM$"));
        await Expect(card).ToHaveCountAsync(0);
        await Expect(page.Locator("svg.time-axis .dots .selected")).ToHaveCountAsync(0);
    }
}
