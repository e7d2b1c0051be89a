using System.Net;
using System.Text;
using AngleSharp.Dom;
using BorderWatch.Web.Tests.Hosting;
using Microsoft.EntityFrameworkCore;

namespace BorderWatch.Web.Tests.Ingest;

/// <summary>The /ingest page: uploads and pasted text go through the real pipeline into the app's store.</summary>
public sealed class IngestPageTests : IAsyncLifetime
{
    private readonly DashboardFactory app = new();

    private const string WireStory = """
        Tajik border guards exchange fire with armed group on Afghan frontier

        DUSHANBE, March 14, 2022 - Tajik border guards exchanged fire with a group of armed men who tried to cross the Panj River from Afghanistan's Badakhshan Province on Sunday, the State Committee for National Security said.

        Two of the intruders were killed in the clash near the border district of Darvaz, according to the statement.

        The Taliban denied that their fighters had taken part.
        """;

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await app.DisposeAsync();

    private static async Task<(HttpClient Client, string Token)> OpenFormAsync(DashboardFactory factory)
    {
        var client = factory.CreateClient();   // keeps the antiforgery cookie
        var (_, doc) = await client.GetPageAsync("/ingest");
        var token = doc.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        return (client, token);
    }

    private static MultipartFormDataContent Form(string token, params (string Name, byte[] Bytes)[] files)
    {
        var form = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new StringContent("ingest"), "_handler" },
        };
        foreach (var (name, bytes) in files) form.Add(new ByteArrayContent(bytes), "files", name);
        return form;
    }

    private static async Task<(HttpStatusCode Status, IDocument Page)> PostAsync(HttpClient client, HttpContent form)
    {
        var response = await client.PostAsync("/ingest", form);
        return (response.StatusCode, Html.Parse(await response.Content.ReadAsStringAsync()));
    }

    private static List<(string Name, string Outcome, string Text)> Results(IDocument page) =>
        page.QuerySelectorAll("li.ingest-result").Select(li => (li.QuerySelector("strong")!.TextContent, li.QuerySelector(".badge")!.TextContent, li.TextContent.Squash())).ToList();

    [Fact]
    public async Task An_uploaded_article_is_stored_and_its_incidents_are_linked()
    {
        var (client, token) = await OpenFormAsync(app);
        var (status, page) = await PostAsync(client, Form(token, ("tajik-clash.txt", Encoding.UTF8.GetBytes(WireStory))));

        status.ShouldBe(HttpStatusCode.OK);
        var result = Results(page).ShouldHaveSingleItem();
        result.Name.ShouldBe("tajik-clash.txt");
        result.Outcome.ShouldBe("Stored");
        var links = page.QuerySelectorAll("li.ingest-result a[href^='/incidents/']").Select(a => a.GetAttribute("href")!).ToList();
        links.ShouldNotBeEmpty();

        await using var db = app.OpenStore();
        var article = await db.Articles.SingleAsync(a => a.SourceName == "tajik-clash.txt");
        var ids = await db.Incidents.Where(i => i.ArticleId == article.Id).Select(i => $"/incidents/{i.Id}").ToListAsync();
        links.ShouldBe(ids, ignoreOrder: true);
        foreach (var link in links)
            (await client.GetAsync(link)).StatusCode.ShouldBe(HttpStatusCode.OK);
        page.QuerySelector($"a[href='/articles/{article.Id}']").ShouldNotBeNull();
    }

    [Fact]
    public async Task The_same_file_again_changes_nothing_and_a_bad_file_fails_alone()
    {
        var (client, token) = await OpenFormAsync(app);
        var story = Encoding.UTF8.GetBytes(WireStory.Replace("Darvaz", "Ishkashim"));
        await PostAsync(client, Form(token, ("first.txt", story)));
        await using var db = app.OpenStore();
        var before = await db.Incidents.CountAsync();

        var (status, page) = await PostAsync(client, Form(token, ("again.txt", story), ("empty.txt", []), ("photo.txt", [0x89, 0x50, 0x4E, 0x47, 0, 0, 0, 13])));

        status.ShouldBe(HttpStatusCode.OK, "some files failed, not all");
        var results = Results(page);
        results.Select(r => (r.Name, r.Outcome)).ShouldBe([("again.txt", "Already stored"), ("empty.txt", "Failed"), ("photo.txt", "Failed")]);
        results[1].Text.ShouldContain("empty.txt:");
        results[2].Text.ShouldContain("photo.txt:");
        (await db.Incidents.CountAsync()).ShouldBe(before);
        page.QuerySelector(".ingest-results p")!.TextContent.ShouldContain("3 documents: 0 stored, 1 unchanged, 0 near-copies, 2 failed");
    }

    [Fact]
    public async Task Pasted_text_is_stored_under_a_pasted_name_with_its_title()
    {
        var (client, token) = await OpenFormAsync(app);
        var form = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new StringContent("ingest"), "_handler" },
            { new StringContent("Uzbek and Afghan officials meet in Termez"), "title" },
            { new StringContent("TERMEZ, 5 May 2023 - Uzbek Foreign Minister Bakhtiyor Saidov met Taliban officials in Termez on Friday to discuss security along the Uzbek-Afghan border, the ministry said."), "text" },
        };

        var (status, page) = await PostAsync(client, form);

        status.ShouldBe(HttpStatusCode.OK);
        var result = Results(page).ShouldHaveSingleItem();
        result.Name.ShouldStartWith("pasted-");
        result.Name.ShouldEndWith("-uzbek-and-afghan-officials-meet-in.txt");
        result.Outcome.ShouldBe("Stored");
        await using var db = app.OpenStore();
        (await db.Articles.SingleAsync(a => a.SourceName == result.Name)).CleanedText.ShouldContain("Termez");
    }

    [Fact]
    public async Task Only_bad_files_give_422_and_an_empty_submission_400()
    {
        var (client, token) = await OpenFormAsync(app);

        var (status, page) = await PostAsync(client, Form(token, ("notes.docx", Encoding.UTF8.GetBytes("hello"))));
        status.ShouldBe(HttpStatusCode.UnprocessableEntity);
        Results(page).ShouldHaveSingleItem().Text.ShouldContain("notes.docx");

        var (emptyStatus, emptyPage) = await PostAsync(client, Form(token));
        emptyStatus.ShouldBe(HttpStatusCode.BadRequest);
        emptyPage.QuerySelector("[role=alert]")!.TextContent.ShouldContain("choose one or more files, or paste an article's text");
    }

    [Fact]
    public async Task A_post_without_the_antiforgery_token_is_refused_and_stores_nothing()
    {
        var client = app.CreateClient();
        var form = new MultipartFormDataContent { { new StringContent("ingest"), "_handler" } };
        form.Add(new ByteArrayContent(Encoding.UTF8.GetBytes(WireStory)), "files", "forged.txt");

        var response = await client.PostAsync("/ingest", form);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        await using var db = app.OpenStore();
        (await db.Articles.AnyAsync(a => a.SourceName == "forged.txt")).ShouldBeFalse();
    }
}

/// <summary>A fresh store imports the seeds on first start; an empty store's pages say what to do.</summary>
public sealed class FirstStartTests
{
    [Fact]
    public async Task A_new_store_imports_the_seed_articles_once()
    {
        await using var app = new DashboardFactory();
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
