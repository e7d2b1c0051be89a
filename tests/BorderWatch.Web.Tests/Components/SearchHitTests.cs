using System.Text.RegularExpressions;
using BorderWatch.Core.Queries;
using BorderWatch.Web.Components.Pages;
using BorderWatch.Web.Components.Shared;
using BorderWatch.Web.Dashboard;
using BorderWatch.Web.Tests.Hosting;
using Bunit;
using Microsoft.EntityFrameworkCore;

namespace BorderWatch.Web.Tests.Components;

/// <summary>A page reached from a text search marks the search's hits in its excerpts (with &lt;mark&gt;, not colour alone).</summary>
[Collection(SeededDashboard.Name)]
public sealed partial class SearchHitTests(DashboardFactory app)
{
    private sealed record Sample(int IncidentId, int ArticleId, int ExcerptId, string Word, string ArticleText);

    /// <summary>A listed incident's excerpt and its longest word, read from the stored rows.</summary>
    private async Task<Sample> SampleAsync()
    {
        await using var db = app.OpenStore();
        var listed = db.Incidents.Apply(new IncidentFilter()).Select(i => i.Id);
        var x = await db.Excerpts.AsNoTracking().Where(e => listed.Contains(e.IncidentId) && e.Text.Length > 40).OrderBy(e => e.Id)
            .Select(e => new { e.Id, e.IncidentId, e.ArticleId, e.Text, e.Article!.CleanedText }).FirstAsync();
        var word = Letters().Matches(x.Text).Select(m => m.Value).OrderByDescending(w => w.Length).ThenBy(w => w, StringComparer.Ordinal).First();
        return new Sample(x.IncidentId, x.ArticleId, x.Id, word, x.CleanedText);
    }

    [GeneratedRegex(@"\p{L}{6,}")]
    private static partial Regex Letters();

    [Fact]
    public async Task The_article_page_marks_every_hit_of_the_search_and_inside_excerpts_too()
    {
        var s = await SampleAsync();
        var expected = SearchQuery.Parse(s.Word).FindHits(s.ArticleText);
        expected.ShouldNotBeEmpty();
        await using var ctx = DashboardBunit.Create(app);
        ctx.Navigation().NavigateTo($"/articles/{s.ArticleId}?q={Uri.EscapeDataString(s.Word)}");

        var cut = ctx.Render<ArticlePage>(p => p.Add(a => a.Id, s.ArticleId));

        cut.WaitForAssertion(() => cut.FindAll("mark.search-hit").ShouldNotBeEmpty());
        var marks = cut.FindAll("mark.search-hit");
        string.Concat(marks.Select(m => m.TextContent)).ShouldBe(string.Concat(expected.Select(h => s.ArticleText.Substring(h.Start, h.Length))));
        marks.ShouldContain(m => m.ParentElement!.ClassList.Contains("excerpt"), "a hit inside an excerpt is marked within the excerpt's mark");
        cut.Find(".search-note").TextContent.ShouldContain($"{expected.Count} hit");
    }

    [Fact]
    public async Task The_incident_page_marks_hits_in_its_excerpts_and_carries_the_search_to_the_article()
    {
        var s = await SampleAsync();
        await using var ctx = DashboardBunit.Create(app);
        ctx.Navigation().NavigateTo($"/incidents/{s.IncidentId}?q={Uri.EscapeDataString(s.Word)}");

        var cut = ctx.Render<BorderWatch.Web.Components.Pages.IncidentPage>(p => p.Add(a => a.Id, s.IncidentId));

        cut.WaitForAssertion(() => cut.FindAll(".excerpt-in-context mark.search-hit").ShouldNotBeEmpty());
        foreach (var m in cut.FindAll("mark.search-hit"))
            m.TextContent.ShouldBe(s.Word, StringCompareShould.IgnoreCase);
        cut.FindAll(".excerpt-in-context mark.excerpt mark.search-hit").ShouldNotBeEmpty();
        cut.FindAll("a").Select(a => a.GetAttribute("href")).ShouldContain(h => h != null && h.StartsWith($"/articles/{s.ArticleId}?excerpt=") && h.Contains("&q=" + Uri.EscapeDataString(s.Word)));
    }

    [Fact]
    public async Task Without_a_search_nothing_is_marked_as_a_hit()
    {
        var s = await SampleAsync();
        await using var ctx = DashboardBunit.Create(app);
        ctx.Navigation().NavigateTo($"/articles/{s.ArticleId}");

        var cut = ctx.Render<ArticlePage>(p => p.Add(a => a.Id, s.ArticleId));

        cut.WaitForAssertion(() => cut.FindAll("mark.excerpt").ShouldNotBeEmpty());
        cut.FindAll("mark.search-hit").ShouldBeEmpty();
        cut.FindAll(".search-note").ShouldBeEmpty();
    }

    [Fact]
    public async Task The_incidents_grid_links_carry_the_search()
    {
        var s = await SampleAsync();
        await using var ctx = DashboardBunit.Create(app);
        ctx.Navigation().NavigateTo($"/incidents?q={Uri.EscapeDataString(s.Word)}");

        var cut = ctx.Render<IncidentBrowser>(p => p.Add(b => b.Path, "/incidents").Add(b => b.Title, "Incidents"));

        cut.WaitForAssertion(() => cut.FindAll("a.incident-link").ShouldNotBeEmpty());
        cut.FindAll("a.incident-link").ShouldAllBe(a => a.GetAttribute("href")!.EndsWith("?q=" + Uri.EscapeDataString(s.Word)));
    }

    [Fact]
    public void Hits_are_cut_at_piece_boundaries_and_keep_the_text_whole()
    {
        const string text = "the Amu Darya river";
        var hits = SearchQuery.Parse("\"amu darya\"").FindHits(text);
        // A piece covering "Amu Da" (an excerpt boundary in the middle of the hit) and the rest.
        var first = ExcerptMarking.SplitHits(0, text[..10], hits).ToList();
        var second = ExcerptMarking.SplitHits(10, text[10..], hits).ToList();

        first.ShouldBe([("the ", false), ("Amu Da", true)]);
        second.ShouldBe([("rya", true), (" river", false)]);
    }
}
