using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace BorderWatch.Web.BrowserTests;

/// <summary>Brushing a border's time axis, uploading with live progress, and the phone layout.</summary>
public sealed class TimelineAndIngestTests(BrowserFixture fx) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task Brushing_the_timeline_selects_a_range_that_filters_the_list_and_goes_into_the_url()
    {
        var page = await fx.NewPageAsync();
        await page.OpenAsync("/borders/AFG-TKM");
        var before = await page.TotalAsync();
        await page.Locator("svg.time-axis[data-interactive=true]").ScrollIntoViewIfNeededAsync();
        var box = (await page.Locator("svg.time-axis").BoundingBoxAsync()).ShouldNotBeNull();

        // Drag across the right half of the plot (the axis is 1000 units wide, the plot from 48 to 984).
        var y = box.Y + box.Height * 0.6f;
        await page.Mouse.MoveAsync(box.X + box.Width * 0.5f, y);
        await page.Mouse.DownAsync();
        await page.Mouse.MoveAsync(box.X + box.Width * 0.7f, y, new() { Steps = 5 });
        await page.Mouse.MoveAsync(box.X + box.Width * 0.97f, y, new() { Steps = 5 });
        var entries = await page.EvaluateAsync<int>("() => history.length");
        await page.Mouse.UpAsync();
        await page.WaitForAddressAsync(new Regex("^(?=.*from=)(?=.*to=)"));
        page.Here().ShouldMatch(@"^/borders/AFG-TKM\?from=\d{4}-\d{2}-\d{2}&to=\d{4}-\d{2}-\d{2}");
        await Expect(page.Locator("svg.time-axis rect.brush")).ToBeVisibleAsync();
        (await page.EvaluateAsync<int>("() => history.length")).ShouldBe(entries + 1, "one brushed range is one step");
        await Screenshots.SaveAsync(page, "border-timeline");
        var after = await page.TotalAsync();
        after.ShouldBeLessThan(before);
        await Expect(page.Locator(".active-filters")).ToContainTextAsync("From ");

        await page.BackAsync();
        await page.WaitForAddressAsync(new Regex("^(?!.*from=)"));
        await Expect(page.Locator(".result-count")).ToContainTextAsync($"of {before} incident");
    }

    [Fact]
    public async Task Uploading_files_shows_progress_and_a_table_of_what_was_extracted()
    {
        var page = await fx.SignedInPageAsync(BorderWatch.Core.Domain.AccessRole.Analyst);
        await page.OpenAsync("/ingest");
        var good = "TERMEZ, 3 May 2023. Uzbek border guards detained four armed men who crossed the Amu Darya from Afghanistan near Termez on Monday, the State Border Committee said.";
        await page.Locator("input[type=file]").SetInputFilesAsync(new FilePayload[]
        {
            new() { Name = "termez.txt", MimeType = "text/plain", Buffer = System.Text.Encoding.UTF8.GetBytes(good) },
            new() { Name = "blank.txt", MimeType = "text/plain", Buffer = System.Text.Encoding.UTF8.GetBytes("   ") },
        });
        await Expect(page.Locator(".chosen-files")).ToContainTextAsync("2 files chosen");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add 2 files" }).ClickAsync();

        await Expect(page.Locator(".ingest-progress .progress-text")).ToContainTextAsync("2 of 2 documents done");
        await Expect(page.Locator(".ingest-result[data-outcome=stored] .result-table tbody tr").First).ToBeVisibleAsync();
        var firstLink = await page.Locator(".ingest-result[data-outcome=stored] .result-table a[href^='/incidents/']").First.GetAttributeAsync("href");
        firstLink.ShouldNotBeNull();
        await Expect(page.Locator(".ingest-result[data-outcome=failed] .ingest-error")).ToContainTextAsync("blank.txt");
        await Screenshots.SaveAsync(page, "ingest-result");
    }

    [Fact]
    public async Task On_a_phone_the_facts_come_before_the_excerpt_and_nothing_is_wider_than_the_screen()
    {
        var page = await fx.NewPageAsync(new() { ViewportSize = new() { Width = 390, Height = 844 }, IsMobile = true, HasTouch = true });
        await page.OpenAsync("/incidents/1");
        var facts = (await page.Locator(".detail-facts").BoundingBoxAsync()).ShouldNotBeNull();
        var excerpt = (await page.Locator(".detail-main").BoundingBoxAsync()).ShouldNotBeNull();
        facts.Y.ShouldBeLessThan(excerpt.Y);
        facts.Y.ShouldBeLessThan(844, "the facts are on the first screen");
        (await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth + 1")).ShouldBeTrue();
        await Screenshots.SaveAsync(page, "phone-incident");
    }

    [Fact]
    public async Task The_dark_theme_is_remembered()
    {
        var page = await fx.NewPageAsync();
        await page.OpenAsync("/");
        await Screenshots.SaveAsync(page, "overview");
        await page.GetByRole(AriaRole.Button, new() { Name = "Switch to the dark theme" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Switch to the light theme" })).ToBeVisibleAsync();
        await page.ReloadReadyAsync();
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Switch to the light theme" })).ToBeVisibleAsync();
    }
}
