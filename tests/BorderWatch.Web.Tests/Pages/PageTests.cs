using System.Net;
using BorderWatch.Core.Domain;
using BorderWatch.Web.Dashboard;
using BorderWatch.Web.Tests.Hosting;
using Microsoft.EntityFrameworkCore;

namespace BorderWatch.Web.Tests.Pages;

/// <summary>Every page answers with the right status and shows what the store holds.</summary>
[Collection(SeededDashboard.Name)]
public sealed class PageTests(DashboardFactory app)
{
    [Fact]
    public async Task Overview_has_a_card_per_border_segment_a_map_and_the_latest_incidents()
    {
        await using var db = app.OpenStore();
        var segments = await db.BorderSegments.Include(b => b.Lengths).ToListAsync();
        var (response, doc) = await app.CreateClient().GetPageAsync("/");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        doc.QuerySelector("main h1")!.TextContent.ShouldBe("Border security in Central Asia");
        var cards = doc.QuerySelectorAll(".border-card");
        cards.Length.ShouldBe(segments.Count);
        var afgTkm = cards.Single(c => c.QuerySelector("h3 a")!.GetAttribute("href") == "/borders/AFG-TKM");
        afgTkm.TextContent.Squash().ShouldContain("804 km (CIA World Factbook)");
        var expectedTotal = (await StoredIncident.LoadListedAsync(app)).Count(i => i.Border == "AFG-TKM");
        afgTkm.QuerySelector(".activity-badge")!.TextContent.Trim().ShouldBe(expectedTotal.ToString());
        afgTkm.QuerySelector(".latest a")!.GetAttribute("href")!.ShouldStartWith("/incidents/");

        // The map: Natural Earth countries and one link per tracked border drawn on it.
        var map = doc.QuerySelector("svg.region-map")!;
        map.QuerySelectorAll("path.country").Length.ShouldBeGreaterThan(10);
        var borderLinks = map.QuerySelectorAll("a.border-link").Select(a => a.GetAttribute("href")).ToList();
        // Keyboard focus visits the busiest border first; the legend gives absolute counts.
        borderLinks[0].ShouldBe("/borders/" + (await StoredIncident.LoadListedAsync(app)).Where(i => i.Border != null).GroupBy(i => i.Border).OrderByDescending(g => g.Count()).ThenBy(g => g.Key).First().Key);
        doc.QuerySelector(".map-legend")!.TextContent.ShouldContain("25 or more");
        borderLinks.ShouldContain("/borders/AFG-TKM");
        borderLinks.ShouldContain("/borders/AFG-TJK");
        doc.QuerySelectorAll("#latest-heading ~ ol li").Length.ShouldBeInRange(1, 8);
    }

    [Fact]
    public async Task Border_timeline_draws_every_dated_incident_of_the_border_on_a_time_axis_and_lists_undated_ones_apart()
    {
        var stored = (await StoredIncident.LoadListedAsync(app)).Where(i => i.Border == "AFG-TKM").ToList();
        var (response, doc) = await app.CreateClient().GetPageAsync("/borders/AFG-TKM");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        doc.QuerySelector("main h1")!.TextContent.ShouldBe("Afghanistan–Turkmenistan border");
        var axis = doc.QuerySelector("svg.time-axis")!;
        var drawn = axis.QuerySelectorAll("[data-incident]").Select(e => int.Parse(e.GetAttribute("data-incident")!)).Order().ToList();
        drawn.ShouldBe(stored.Where(i => i.Start is not null).Select(i => i.Id).Order().ToList());
        // A y axis for the monthly histogram and tick labels on the time axis.
        axis.QuerySelectorAll(".tick-label").Length.ShouldBeGreaterThan(3);
        axis.QuerySelectorAll("rect.bar").ShouldNotBeEmpty();
        var undated = stored.Where(i => i.Start is null).ToList();
        if (undated.Count > 0) doc.QuerySelector("#undated-heading")!.TextContent.ShouldContain($"({undated.Count})");
        // Their cards, whose rows the list's page load brings (one listing load for the list and this section).
        var cards = doc.QuerySelectorAll("section[aria-labelledby='undated-heading'] .incident-card > a[href^='/incidents/']");
        cards.Length.ShouldBe(Math.Min(undated.Count, TimelineData.UndatedShown));
        foreach (var card in cards)
        {
            var id = int.Parse(card.GetAttribute("href")!["/incidents/".Length..]);
            undated.Select(i => i.Id).ShouldContain(id);
            card.TextContent.ShouldNotBeNullOrWhiteSpace();
        }
        // The page title names the border.
        doc.Title!.ShouldContain("Afghanistan–Turkmenistan");
    }

    [Fact]
    public async Task Status_badges_differ_for_unconfirmed_denied_and_planned()
    {
        var (_, doc) = await app.CreateClient().GetPageAsync("/incidents?status=unconfirmed,denied,planned");
        var classes = doc.QuerySelectorAll(".incident-grid .bw-badge.status").Select(b => b.ClassList.First(c => c.StartsWith("status-"))).Distinct().Order().ToList();
        classes.ShouldBe(["status-denied", "status-planned", "status-unconfirmed"]);
        doc.QuerySelectorAll(".bw-badge.status-denied").First().TextContent.Trim().ShouldBe("Denied");
    }

    [Fact]
    public async Task Incident_page_shows_each_excerpt_highlighted_in_its_paragraph_with_attribution_and_the_articles_other_incidents()
    {
        await using var db = app.OpenStore();
        var incident = await db.Incidents.Include(i => i.Excerpts).Include(i => i.Article)
            .Where(i => i.Attribution != null).OrderBy(i => i.Id).FirstAsync();
        var excerpt = incident.Excerpts.First();
        var (response, doc) = await app.CreateClient().GetPageAsync($"/incidents/{incident.Id}");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        doc.QuerySelector("main h1")!.TextContent.ShouldBe(incident.Summary);
        var figure = doc.QuerySelector("figure.excerpt-in-context")!;
        string.Concat(figure.QuerySelectorAll("mark.excerpt").Select(m => m.TextContent)).ShouldBe(excerpt.Text);
        // The paragraph around it is the article's own text.
        var paragraph = figure.QuerySelector("p.article-paragraph")!;
        incident.Article!.CleanedText.ShouldContain(paragraph.TextContent);
        figure.QuerySelector("figcaption")!.TextContent.ShouldContain(incident.Attribution!);
        figure.QuerySelector($"figcaption a[href='/articles/{incident.ArticleId}?excerpt={excerpt.Id}#excerpt-{excerpt.Id}']").ShouldNotBeNull();

        var others = await db.Incidents.CountAsync(i => i.ArticleId == incident.ArticleId && i.Id != incident.Id);
        doc.QuerySelector("#same-article-heading")!.ParentElement!.QuerySelectorAll(".incident-card").Length.ShouldBe(others);
    }

    [Fact]
    public async Task Article_page_highlights_every_excerpt_and_links_it_to_its_incident()
    {
        await using var db = app.OpenStore();
        var article = await db.Articles.Include(a => a.Excerpts).OrderByDescending(a => a.Excerpts.Count).FirstAsync();
        var (response, doc) = await app.CreateClient().GetPageAsync($"/articles/{article.Id}");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        foreach (var e in article.Excerpts)
        {
            doc.GetElementById($"excerpt-{e.Id}").ShouldNotBeNull($"anchor for excerpt {e.Id}");
            doc.QuerySelector($".article-text a.excerpt-ref[href='/incidents/{e.IncidentId}']").ShouldNotBeNull($"link for incident {e.IncidentId}");
        }
        // The rendered text, links left out, is the cleaned text paragraph by paragraph.
        var text = doc.QuerySelector(".article-text")!;
        foreach (var link in text.QuerySelectorAll("a.excerpt-ref").ToList()) link.Remove();
        var paragraphs = text.QuerySelectorAll("p.article-paragraph").Select(p => p.TextContent).ToList();
        string.Join("\n", paragraphs).ShouldBe(string.Join("\n", article.CleanedText.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0)));
        // How the publication date was determined is shown, and the raw source is one click away.
        doc.QuerySelector(".article-facts")!.TextContent.ShouldContain(article.PublishedDateSource switch
        {
            PublishedDateSource.Metadata => "from the page's metadata",
            PublishedDateSource.StatedInText => "stated in the text",
            PublishedDateSource.InferredFromText => "inferred from dates in the text",
            _ => "not determined",
        });
        doc.QuerySelector($"a[href='/articles/{article.Id}/raw']").ShouldNotBeNull();
    }

    [Fact]
    public async Task Raw_source_is_served_as_plain_text_never_as_a_page()
    {
        await using var db = app.OpenStore();
        var article = await db.Articles.OrderBy(a => a.Id).FirstAsync();
        var response = await app.CreateClient().GetAsync($"/articles/{article.Id}/raw");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("text/plain");
        response.Headers.GetValues("X-Content-Type-Options").ShouldContain("nosniff");
        (await response.Content.ReadAsStringAsync()).ShouldBe(article.RawContent);
    }

    [Fact]
    public async Task Articles_list_shows_each_article_with_its_incident_count_and_searches()
    {
        await using var db = app.OpenStore();
        var count = await db.Articles.CountAsync();
        var client = app.CreateClient();
        var (response, doc) = await client.GetPageAsync("/articles");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        doc.QuerySelectorAll(".articles-table tbody tr").Length.ShouldBe(count);
        var (_, searched) = await client.GetPageAsync("/articles?q=qishloq");
        searched.QuerySelectorAll(".articles-table tbody tr").Length.ShouldBe(
            await db.Articles.CountAsync(a => a.Title!.ToLower().Contains("qishloq") || a.SourceName.ToLower().Contains("qishloq")));
        searched.QuerySelector("a[href='/api/articles?q=qishloq']").ShouldNotBeNull("the list's JSON link keeps the search");
        var (_, none) = await client.GetPageAsync("/articles?q=no-such-article-anywhere");
        none.QuerySelector(".empty-state")!.TextContent.ShouldContain("No article matches");
    }

    [Fact]
    public async Task Actors_list_counts_incidents_and_filters_by_kind_and_alias()
    {
        var stored = await StoredIncident.LoadListedAsync(app);
        var client = app.CreateClient();
        var (response, doc) = await client.GetPageAsync("/actors?kind=organization");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var rows = doc.QuerySelectorAll("tbody tr").Select(r => r.QuerySelectorAll("td").Select(td => td.TextContent.Squash()).ToList()).ToList();
        rows.ShouldNotBeEmpty();
        rows.ShouldAllBe(r => r[1] == "Organization");
        doc.QuerySelector("a[href='/api/actors?kind=organization']").ShouldNotBeNull("the list's JSON link keeps the filter");
        var csto = rows.Single(r => r[0].StartsWith("Collective Security Treaty Organization"));
        int.Parse(csto[3]).ShouldBe(stored.Count(i => i.Actors.Any(a => a.Name == "CSTO")));

        var (_, byAlias) = await client.GetPageAsync("/actors?q=mirziyoev");
        byAlias.QuerySelectorAll("tbody tr td:first-child a").Select(a => a.TextContent).ShouldContain("Shavkat Mirziyoyev");
    }

    [Fact]
    public async Task Actor_page_lists_the_actors_it_most_often_appears_with()
    {
        var stored = await StoredIncident.LoadListedAsync(app);
        var tkm = stored.SelectMany(i => i.Actors).First(a => a.Name == "TKM").Id;
        var (_, doc) = await app.CreateClient().GetPageAsync($"/actors/{tkm}");

        var companions = doc.QuerySelectorAll(".companions li").Select(li => (
            Id: int.Parse(li.QuerySelector("a")!.GetAttribute("href")!["/actors/".Length..]),
            Shared: int.Parse(li.QuerySelector("span:last-child")!.TextContent.Split(' ')[0]))).ToList();
        companions.ShouldNotBeEmpty();
        companions.Select(c => c.Shared).ShouldBe(companions.Select(c => c.Shared).OrderDescending().ToList());
        foreach (var (id, shared) in companions)
            shared.ShouldBe(stored.Count(i => i.Actors.Any(a => a.Id == tkm) && i.Actors.Any(a => a.Id == id)), $"shared with actor {id}");
    }

    [Fact]
    public async Task Ingest_page_offers_upload_and_a_paste_form_with_the_source_fields()
    {
        var analyst = await app.SignedInClientAsync(AccessRole.Analyst);
        var (response, doc) = await analyst.GetPageAsync("/ingest");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        doc.QuerySelector("input[type=file][multiple]").ShouldNotBeNull();
        foreach (var id in new[] { "ingest-title", "ingest-text", "ingest-url", "ingest-outlet", "ingest-author" })
        {
            doc.GetElementById(id).ShouldNotBeNull(id);
            doc.QuerySelector($"label[for='{id}']").ShouldNotBeNull($"{id} has a label");
        }
        doc.QuerySelectorAll("label").Select(l => l.TextContent).ShouldContain(t => t.Contains("Publication date"));
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/incidents")]
    [InlineData("/borders/AFG-TJK")]
    [InlineData("/articles")]
    [InlineData("/actors")]
    [InlineData("/ingest")]
    public async Task Every_page_has_landmarks_a_skip_link_one_h1_and_labelled_form_fields(string url)
    {
        // Signed in as an analyst, so the ingest page (analysts only) is checked too.
        var (response, doc) = await (await app.SignedInClientAsync(AccessRole.Analyst, followRedirects: true)).GetPageAsync(url);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        doc.DocumentElement.GetAttribute("lang").ShouldBe("en");
        doc.QuerySelector("header").ShouldNotBeNull();
        doc.QuerySelector("[aria-label=Main] nav, nav[aria-label=Main], [aria-label=Main]").ShouldNotBeNull();
        doc.QuerySelector("main#main").ShouldNotBeNull();
        doc.QuerySelector("footer").ShouldNotBeNull();
        // With <base href="/">, "#main" would lead to the overview: the skip link keeps the page's own path.
        var skip = doc.QuerySelector("a.skip-link")!.GetAttribute("href")!;
        skip.ShouldEndWith("#main");
        new Uri(new Uri("http://host/"), skip).AbsolutePath.ShouldBe(new Uri(new Uri("http://host/"), url).AbsolutePath);
        doc.QuerySelectorAll("h1").Length.ShouldBe(1);
        doc.Title.ShouldEndWith("BorderWatch");
        foreach (var input in doc.QuerySelectorAll("main input:not([type=hidden]):not([hidden]), main select, main textarea"))
            (doc.QuerySelector($"label[for='{input.Id}']") is not null || input.HasAttribute("aria-label") || input.Closest("label") is not null)
                .ShouldBeTrue($"{url}: field {input.OuterHtml} has no label");
        // Front-end libraries come from npm through the build (fingerprinted static assets), not from a CDN.
        doc.QuerySelectorAll("link[rel=stylesheet], script[src]").Select(e => e.GetAttribute("href") ?? e.GetAttribute("src"))
            .ShouldAllBe(src => src!.StartsWith("_content/MudBlazor/") || src.StartsWith("_framework/") || src.StartsWith("css/") || src.StartsWith("js/"));
    }

    [Fact]
    public async Task Static_libraries_from_npm_are_served()
    {
        var (_, doc) = await app.CreateClient().GetPageAsync("/");
        foreach (var src in doc.QuerySelectorAll("link[rel=stylesheet], script[src]").Select(e => e.GetAttribute("href") ?? e.GetAttribute("src")))
        {
            var response = await app.CreateClient().GetAsync("/" + src);
            response.StatusCode.ShouldBe(HttpStatusCode.OK, src);
            (await response.Content.ReadAsByteArrayAsync()).Length.ShouldBeGreaterThan(100, src);
        }
    }

    [Fact]
    public async Task Prerendering_a_page_makes_no_JS_interop_call_that_throws()
    {
        // MudBlazor's theme provider asked the browser to stop watching the dark mode when the prerendered layout was
        // disposed: a JS call that cannot be made while prerendering, thrown and ignored on every page (DashboardThemeProvider).
        var thrown = 0;
        void Count(object? sender, System.Runtime.ExceptionServices.FirstChanceExceptionEventArgs e)
        {
            if (e.Exception is InvalidOperationException && e.Exception.Message.Contains("JavaScript interop", StringComparison.Ordinal))
                Interlocked.Increment(ref thrown);
        }
        AppDomain.CurrentDomain.FirstChanceException += Count;
        try
        {
            var (response, doc) = await app.CreateClient().GetPageAsync("/articles");
            response.StatusCode.ShouldBe(HttpStatusCode.OK);
            // The theme's variables are still in the prerendered HTML.
            doc.QuerySelectorAll("style").Select(s => s.TextContent).ShouldContain(css => css.Contains("--mud-palette-primary:"));
        }
        finally { AppDomain.CurrentDomain.FirstChanceException -= Count; }
        thrown.ShouldBe(0);
    }
}
