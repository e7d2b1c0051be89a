using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace BorderWatch.Web.BrowserTests;

/// <summary>Adding articles through the upload form: the per-file result, links to the new incidents, bad files named.</summary>
public sealed class IngestTests(BrowserFixture fx) : IClassFixture<BrowserFixture>
{
    private const string WireStory = """
        Tajik border guards repel Taliban fighters on the Panj

        DUSHANBE, March 14, 2024 (Wire) — Tajik border guards exchanged fire with Taliban fighters near the Panj river on the border with Afghanistan on Wednesday, the State Committee for National Security said.

        The committee said a group of armed men tried to cross the Panj river into Tajikistan's Khatlon province and withdrew after a two-hour clash. Two fighters were killed, according to the committee. The Taliban denied that its fighters took part.

        Tajikistan deployed additional border troops to the Shamsiddin Shohin district after the clash.
        """;

    [Fact]
    public async Task Uploading_a_text_article_shows_its_result_with_links_to_the_new_incidents()
    {
        var page = await fx.NewPageAsync();
        await page.GotoAsync("/ingest");
        await Expect(page.Locator("h1")).ToHaveTextAsync("Add articles");

        await page.GetByLabel("Files").SetInputFilesAsync(new FilePayload
        {
            Name = "panj-wire.txt",
            MimeType = "text/plain",
            Buffer = Encoding.UTF8.GetBytes(WireStory),
        });
        await page.GetByRole(AriaRole.Button, new() { Name = "Add" }).ClickAsync();

        var result = page.Locator("li.ingest-result");
        await Expect(result).ToHaveCountAsync(1);
        await Expect(result).ToContainTextAsync("panj-wire.txt");
        await Expect(result.Locator(".badge")).ToHaveTextAsync("Stored");
        await Expect(page.Locator(".ingest-results > p").First).ToContainTextAsync("1 document: 1 stored");
        var incidentLinks = result.Locator("a[href^='/incidents/']").Filter(new() { HasTextRegex = new Regex(@"^#\d+$") });
        (await incidentLinks.CountAsync()).ShouldBeGreaterThan(0);
        await Screenshots.SaveAsync(page, "ingest-result");

        // A new incident reads back to a sentence of the story.
        await incidentLinks.First.ClickAsync();
        await page.WaitForURLAsync(new Regex(@"/incidents/\d+$"));
        var marked = string.Concat(await page.Locator("figure.excerpt-in-context mark.excerpt").AllInnerTextsAsync());
        Normalize(WireStory).ShouldContain(Normalize(marked));
        await Expect(page.Locator("figure.excerpt-in-context figcaption")).ToContainTextAsync("Tajik border guards repel Taliban fighters on the Panj");
    }

    [Fact]
    public async Task An_empty_file_gets_an_error_line_naming_it()
    {
        var page = await fx.NewPageAsync();
        await page.GotoAsync("/ingest");

        await page.GetByLabel("Files").SetInputFilesAsync(new FilePayload { Name = "empty-dispatch.txt", MimeType = "text/plain", Buffer = [] });
        await page.GetByRole(AriaRole.Button, new() { Name = "Add" }).ClickAsync();

        var result = page.Locator("li.ingest-result");
        await Expect(result).ToHaveCountAsync(1);
        await Expect(result).ToHaveClassAsync(new Regex(@"\boutcome-failed\b"));
        await Expect(result).ToContainTextAsync("empty-dispatch.txt");
        await Expect(result.Locator(".badge")).ToHaveTextAsync("Failed");
        var error = result.Locator("p.text-danger-emphasis");
        await Expect(error).ToHaveTextAsync(new Regex(@"\S"));
        await Expect(page.Locator(".ingest-results > p").First).ToContainTextAsync("1 failed");
    }

    private static string Normalize(string text) => Regex.Replace(text, @"\s+", " ").Trim();
}
