using BorderWatch.Web.Components.Pages;
using BorderWatch.Web.Tests.Hosting;
using Bunit;
using Microsoft.EntityFrameworkCore;

namespace BorderWatch.Web.Tests.Components;

/// <summary>
/// The article page (issue 7, item 7): "give excerpts distinct, accessible highlights, a list to jump between them,
/// and mark the one an incident link points to" (<c>?excerpt=ID</c>, as the incident page links).
/// </summary>
[Collection(SeededDashboard.Name)]
public sealed class ArticleExcerptListTests(DashboardFactory app)
{
    /// <summary>The seeded article with the most excerpts of its own.</summary>
    private async Task<int> BusiestArticleAsync()
    {
        await using var db = app.OpenStore();
        return await db.Articles.AsNoTracking().Where(a => a.DuplicateOfId == null)
            .OrderByDescending(a => a.Excerpts.Count).ThenBy(a => a.Id).Select(a => a.Id).FirstAsync();
    }

    /// <summary>The excerpt ids the page marks in its text, in text order.</summary>
    private static List<int> MarkedExcerpts(IRenderedComponent<ArticlePage> cut) =>
        cut.FindAll(".article-text mark.excerpt").SelectMany(m => m.GetAttribute("data-excerpts")!.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Select(int.Parse).Distinct().ToList();

    private static List<string> ListedLabels(IRenderedComponent<ArticlePage> cut) =>
        cut.FindAll(".excerpt-list > li mark.excerpt").Select(m => m.TextContent.Trim()).ToList();

    [Fact]
    public async Task The_linked_excerpt_is_marked_in_the_list_and_in_the_text_and_the_list_jumps_to_another()
    {
        var articleId = await BusiestArticleAsync();
        List<int> all;
        await using (var plain = DashboardBunit.Create(app))
        {
            var first = plain.Render<ArticlePage>(p => p.Add(a => a.Id, articleId));
            first.WaitForAssertion(() => first.FindAll(".excerpt-list > li").ShouldNotBeEmpty());
            var count = first.FindAll(".excerpt-list > li").Count;
            count.ShouldBeGreaterThanOrEqualTo(2, "the busiest seed article has several excerpts");
            // Each entry carries the label and highlight style of its excerpt in the text: labels 1..n, styles in turn.
            ListedLabels(first).ShouldBe(Enumerable.Range(1, count).Select(n => n.ToString()));
            first.FindAll(".excerpt-list > li mark.excerpt").Select(m => m.ClassList.First(c => c.StartsWith("hl-", StringComparison.Ordinal)))
                .Take(2).Distinct().Count().ShouldBe(2, "neighbouring excerpts get distinct highlights");
            // Without ?excerpt= nothing is marked as linked.
            first.FindAll(".excerpt-list > li[aria-current]").ShouldBeEmpty();
            first.FindAll(".article-text mark.excerpt.focus").ShouldBeEmpty();
            all = MarkedExcerpts(first);
            all.Count.ShouldBe(count, "one list entry per excerpt marked in the text");
        }

        // Opened from an incident's link to its second excerpt.
        var linked = all[1];
        await using var ctx = DashboardBunit.Create(app);
        ctx.Navigation().NavigateTo($"/articles/{articleId}?excerpt={linked}");
        var cut = ctx.Render<ArticlePage>(p => p.Add(a => a.Id, articleId));
        cut.WaitForAssertion(() => cut.FindAll(".excerpt-list > li[aria-current=true]").Count.ShouldBe(1));
        var current = cut.Find(".excerpt-list > li[aria-current=true]");
        current.TextContent.ShouldContain("(linked)");
        current.ClassList.ShouldContain("linked");
        current.QuerySelector("mark.excerpt")!.TextContent.Trim().ShouldBe("2");
        var focused = cut.FindAll(".article-text mark.excerpt.focus");
        focused.ShouldNotBeEmpty();
        focused.ShouldAllBe(m => m.GetAttribute("data-excerpts")!.Split(' ', StringSplitOptions.None).Contains(linked.ToString()));

        // "Show in the text" on the first entry moves the mark there and focuses its excerpt.
        await cut.FindAll(".excerpt-list > li")[0].QuerySelector("button")!.ClickAsync(new());
        await cut.WaitForAssertionAsync(() => cut.Find(".excerpt-list > li[aria-current=true] mark.excerpt").TextContent.Trim().ShouldBe("1"),
            TimeSpan.FromSeconds(30));
        cut.FindAll(".excerpt-list > li[aria-current=true]").Count.ShouldBe(1);
        cut.FindAll(".article-text mark.excerpt.focus")
            .ShouldAllBe(m => m.GetAttribute("data-excerpts")!.Split(' ', StringSplitOptions.None).Contains(all[0].ToString()));
        ctx.JSInterop.Invocations.Where(i => i.Identifier == "borderWatch.focusElement").Select(i => i.Arguments[0] as string)
            .ShouldContain($"excerpt-{all[0]}");
    }

    [Fact]
    public async Task An_excerpt_of_another_article_in_the_url_marks_nothing()
    {
        var articleId = await BusiestArticleAsync();
        int foreign;
        await using (var db = app.OpenStore())
            foreign = await db.Excerpts.AsNoTracking().Where(e => e.ArticleId != articleId).Select(e => e.Id).FirstAsync();
        await using var ctx = DashboardBunit.Create(app);
        ctx.Navigation().NavigateTo($"/articles/{articleId}?excerpt={foreign}");

        var cut = ctx.Render<ArticlePage>(p => p.Add(a => a.Id, articleId));

        cut.WaitForAssertion(() => cut.FindAll(".excerpt-list > li").ShouldNotBeEmpty());
        cut.FindAll(".excerpt-list > li[aria-current]").ShouldBeEmpty();
        cut.Markup.ShouldNotContain("(linked)");
        cut.FindAll(".article-text mark.excerpt.focus").ShouldBeEmpty();
    }
}
