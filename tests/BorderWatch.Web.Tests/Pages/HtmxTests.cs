using System.Net;
using BorderWatch.Web.Tests.Hosting;

namespace BorderWatch.Web.Tests.Pages;

/// <summary>Partial updates: htmx requests get the page without the site frame; the filter form works without them.</summary>
[Collection(SeededDashboard.Name)]
public sealed class HtmxTests(DashboardFactory app)
{
    [Fact]
    public async Task An_htmx_request_gets_the_page_body_without_the_document_shell()
    {
        var (response, doc) = await app.CreateClient().GetPageAsync("/incidents?country=TKM", r => r.Headers.Add("HX-Request", "true"));

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Headers.Vary.ShouldContain("HX-Request");
        var raw = doc.DocumentElement.OuterHtml;
        raw.ShouldNotContain("<script");
        doc.QuerySelector("nav[aria-label=Main]").ShouldBeNull();
        doc.QuerySelector("#incident-browser").ShouldNotBeNull();
        doc.QuerySelector("#facet-country input[value=TKM]")!.HasAttribute("checked").ShouldBeTrue();
    }

    [Fact]
    public async Task A_history_restore_or_a_plain_request_gets_the_whole_page()
    {
        var client = app.CreateClient();
        var (_, restored) = await client.GetPageAsync("/incidents", r => { r.Headers.Add("HX-Request", "true"); r.Headers.Add("HX-History-Restore-Request", "true"); });
        var (_, plain) = await client.GetPageAsync("/incidents");

        restored.QuerySelector("nav[aria-label=Main]").ShouldNotBeNull();
        plain.QuerySelector("script[src*='htmx']").ShouldNotBeNull();
    }

    [Fact]
    public async Task The_filter_form_is_a_plain_get_form_targeting_its_own_page_and_swapped_by_htmx()
    {
        var (_, doc) = await app.CreateClient().GetPageAsync("/borders/AFG-TJK");

        var browser = doc.QuerySelector("#incident-browser")!;
        browser.GetAttribute("hx-target").ShouldBe("#incident-browser");
        browser.GetAttribute("hx-select").ShouldBe("#incident-browser");
        browser.GetAttribute("hx-push-url").ShouldBe("true");
        var form = browser.QuerySelector("form[role=search]")!;
        form.GetAttribute("method").ShouldBe("get");
        form.GetAttribute("action").ShouldBe("/borders/AFG-TJK");
        form.GetAttribute("hx-get").ShouldBe("/borders/AFG-TJK");
        form.QuerySelector("button[type=submit]").ShouldNotBeNull("without JavaScript the form still submits");
    }

    [Fact]
    public async Task Actor_chips_and_removable_filter_chips_are_links_to_the_filtered_list()
    {
        var (_, doc) = await app.CreateClient().GetPageAsync("/borders/AFG-TKM?type=statement");

        var chip = doc.QuerySelector("article.incident-card a.chip-state")!;
        var href = chip.GetAttribute("href")!;
        href.ShouldStartWith("/borders/AFG-TKM?");
        href.ShouldContain("type=statement");
        href.ShouldContain("country=");
        chip.GetAttribute("hx-get").ShouldBe(href);
        var remove = doc.QuerySelector(".active-filters a.chip-filter")!;
        remove.GetAttribute("href").ShouldBe("/borders/AFG-TKM");
        remove.TextContent.Squash().ShouldStartWith("Type: Statement");
    }

    [Fact]
    public async Task Paging_links_keep_the_filters()
    {
        var (_, first) = await app.CreateClient().GetPageAsync("/incidents");
        var next = first.QuerySelector(".pagination a[rel=next]")!.GetAttribute("href")!;
        next.ShouldBe("/incidents?page=2");
        var (_, filtered) = await app.CreateClient().GetPageAsync("/incidents?sort=oldest");
        filtered.QuerySelector(".pagination a[rel=next]")!.GetAttribute("href").ShouldBe("/incidents?sort=oldest&page=2");
        var (_, second) = await app.CreateClient().GetPageAsync(next);
        second.IncidentCardIds().Intersect(first.IncidentCardIds()).ShouldBeEmpty();
    }
}
