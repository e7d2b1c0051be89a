using System.Net;
using System.Text;
using AngleSharp.Dom;
using BorderWatch.Web.Tests.Hosting;
using Microsoft.EntityFrameworkCore;

namespace BorderWatch.Web.Tests.Ingest;

/// <summary>A fresh store imports the seeds on first start; an empty store's pages say what to do.</summary>
public sealed class FirstStartTests
{
    [Fact]
    public async Task A_new_store_imports_the_seed_articles_once()
    {
        // The first start's own import, never a copy of another dashboard's store (review38 C1).
        await using var app = new FirstStartDashboardFactory();
        await using (var db = app.OpenStore())
        {
            (await db.Articles.CountAsync()).ShouldBe(5);
            (await db.Incidents.CountAsync()).ShouldBeGreaterThan(50);
        }
        // A second start on the same store does not import again (and changes nothing).
        await using var db2 = app.OpenStore();
        var articles = await db2.Articles.Select(a => a.Id).ToListAsync();
        await BorderWatch.Web.Hosting.StoreStartup.InitializeAsync(app.Services);
        (await db2.Articles.Select(a => a.Id).ToListAsync()).ShouldBe(articles);
    }

    [Fact]
    public async Task An_empty_store_shows_empty_states_that_say_what_to_do()
    {
        await using var app = new EmptyDashboardFactory();
        var client = app.CreateClient();

        var (overview, home) = await client.GetPageAsync("/");
        overview.StatusCode.ShouldBe(HttpStatusCode.OK);
        home.QuerySelector("main [role=status] a[href='/ingest']").ShouldNotBeNull();
        var (_, list) = await client.GetPageAsync("/incidents");
        list.QuerySelector(".empty-state")!.TextContent.ShouldContain("No incidents here yet");
        list.QuerySelector(".empty-state a[href='/ingest']").ShouldNotBeNull();
        var (_, articles) = await client.GetPageAsync("/articles");
        articles.QuerySelector(".empty-state")!.TextContent.ShouldContain("No articles yet");
        var (_, border) = await client.GetPageAsync("/borders/AFG-TKM");
        border.QuerySelector("main h1")!.TextContent.ShouldBe("Afghanistan–Turkmenistan border");
    }
}

/// <summary>The seeds' sources.json puts the real headline and outlet on the imported articles.</summary>
public sealed class SeedSourceTests
{
    [Fact]
    public async Task Seed_articles_carry_the_headline_outlet_and_author_from_sources_json()
    {
        // What the import itself applied from sources.json, not a copy (review38 C1).
        await using var app = new FirstStartDashboardFactory();
        var sources = BorderWatch.Web.Hosting.SeedSources.Read(Path.Combine(AppContext.BaseDirectory, "seeds"));
        sources.Count.ShouldBe(5);
        await using var db = app.OpenStore();
        foreach (var article in await db.Articles.Include(a => a.Outlet).ToListAsync())
        {
            var source = sources[Path.GetFileName(article.SourceName)];
            if (source.Title is not null) article.Title.ShouldBe(source.Title);
            if (source.Outlet is not null) article.Outlet!.Name.ShouldBe(source.Outlet);
            if (source.Author is not null) article.Author.ShouldBe(source.Author);
        }
        (await db.Articles.CountAsync(a => a.Title == "Russia Ready to Help Turkmenistan Protect its Afghan Border")).ShouldBe(1);
        (await db.Articles.CountAsync(a => a.Outlet!.Name == "NATO Defense College Foundation")).ShouldBe(1);
    }
}
