using System.Text;
using BorderWatch.Core.Domain;
using Microsoft.EntityFrameworkCore;

namespace BorderWatch.Ingestion.Tests.Storing;

public class IngestionServiceTests
{
    [Fact]
    public async Task Seeds_are_stored_with_exact_excerpts_and_every_incident_has_one()
    {
        await using var store = await TempStore.CreateAsync();
        await using var db = store.Open();
        var report = await store.Service(db).IngestPathsAsync([TempStore.SeedsFolder]);

        report.Failed.ShouldBe(0);
        report.Results.Count.ShouldBe(5);
        report.Results.ShouldAllBe(r => r.Outcome == IngestOutcome.Stored);
        report.IncidentsFound.ShouldBeGreaterThan(50);

        var articles = await db.Articles.Include(a => a.Excerpts).ToListAsync();
        foreach (var excerpt in articles.SelectMany(a => a.Excerpts))
        {
            var article = articles.Single(a => a.Id == excerpt.ArticleId);
            excerpt.Text.ShouldBe(article.CleanedText[excerpt.Start..excerpt.End]);
        }
        (await db.Incidents.CountAsync(i => i.Excerpts.Count == 0)).ShouldBe(0);
        (await db.Incidents.CountAsync()).ShouldBe(report.IncidentsFound);
        articles.ShouldAllBe(a => a.RawContent.Length > 0 && a.ContentHash.Length == 64 && a.SimHash != null);
    }

    [Fact]
    public async Task Reingesting_the_same_document_changes_nothing()
    {
        await using var store = await TempStore.CreateAsync();
        await using var db = store.Open();
        var service = store.Service(db);
        var first = await service.IngestPathsAsync([TempStore.SeedsFolder]);
        var incidents = await db.Incidents.CountAsync();

        var second = await service.IngestPathsAsync([TempStore.SeedsFolder]);

        second.Results.ShouldAllBe(r => r.Outcome == IngestOutcome.Unchanged);
        second.Results.Select(r => r.ArticleId).ShouldBe(first.Results.Select(r => r.ArticleId));
        (await db.Articles.CountAsync()).ShouldBe(5);
        (await db.Incidents.CountAsync()).ShouldBe(incidents);
    }

    [Fact]
    public async Task A_syndicated_copy_in_other_site_chrome_is_linked_and_adds_no_listed_incidents()
    {
        await using var store = await TempStore.CreateAsync();
        await using var db = store.Open();
        var service = store.Service(db);
        var seed = Directory.GetFiles(TempStore.SeedsFolder, "*.txt").Order().Last();
        var original = await service.IngestPathsAsync([seed]);
        var incidents = await db.Incidents.CountAsync();

        var paragraphs = File.ReadAllText(seed).Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(p => $"<p>{System.Net.WebUtility.HtmlEncode(p)}</p>");
        var html = $"""
            <html><head><title>Republished</title><meta property="og:site_name" content="Other Outlet"></head>
            <body><nav><a href="/">Home</a><a href="/world">World</a></nav>
            <article>{string.Join("\n", paragraphs)}</article>
            <footer>© Other Outlet. All rights reserved.</footer></body></html>
            """;
        var copy = await service.IngestContentAsync("republished.html", Encoding.UTF8.GetBytes(html));

        var result = copy.Results.ShouldHaveSingleItem();
        result.Outcome.ShouldBe(IngestOutcome.Duplicate);
        result.DuplicateOfId.ShouldBe(original.Results[0].ArticleId);
        // Its own incidents (ADR 0015) are hidden: the listed ones are the original's alone.
        (await db.Incidents.CountAsync(i => !i.Hidden)).ShouldBe(incidents);
        (await db.Incidents.Where(i => i.ArticleId == result.ArticleId).AllAsync(i => i.Hidden)).ShouldBeTrue();
        (await db.Articles.SingleAsync(a => a.Id == result.ArticleId)).DuplicateOfId.ShouldBe(original.Results[0].ArticleId);
    }

    [Fact]
    public async Task A_different_story_is_not_taken_for_a_duplicate()
    {
        await using var store = await TempStore.CreateAsync();
        await using var db = store.Open();
        var service = store.Service(db);
        await service.IngestPathsAsync([TempStore.SeedsFolder]);
        var other = await service.IngestContentAsync("other.txt", Encoding.UTF8.GetBytes(
            "Tajik border guards clashed with drug smugglers near the Panj river on 3 March 2023, the State Committee for National Security said.\n\n" +
            "Two smugglers were detained and 40 kilograms of heroin seized, according to Asia-Plus."));
        other.Results.ShouldHaveSingleItem().Outcome.ShouldBe(IngestOutcome.Stored);
    }

    [Fact]
    public async Task Bad_files_fail_one_by_one_and_the_batch_goes_on_without_touching_the_store()
    {
        await using var store = await TempStore.CreateAsync();
        var dir = Path.Combine(store.Folder, "batch");
        Directory.CreateDirectory(dir);
        File.WriteAllText(Path.Combine(dir, "a-empty.txt"), "");
        File.WriteAllBytes(Path.Combine(dir, "b-binary.txt"), [0x25, 0x50, 0x44, 0x46, 0x00, 0x01, 0x02]);
        File.WriteAllBytes(Path.Combine(dir, "c-invalid.txt"), [0x41, 0xC3, 0x28, 0x42]);
        File.WriteAllText(Path.Combine(dir, "d-broken.xml"), "<rss><channel><item><title>x</item></rss>");
        File.WriteAllText(Path.Combine(dir, "e-chrome-only.txt"), "Load more\nplease wait\nShare\n");
        File.WriteAllText(Path.Combine(dir, "e-truncated.html"), "<html><body><article><p>Tajik guards closed the Panj crossing on Monday.</p>\n<div class=\"share");
        File.Copy(Directory.GetFiles(TempStore.SeedsFolder, "*.txt").Order().First(), Path.Combine(dir, "f-good.txt"));

        await using var db = store.Open();
        var report = await store.Service(db).IngestPathsAsync([dir, Path.Combine(dir, "missing.txt")]);

        report.Results.Count(r => r.Outcome == IngestOutcome.Stored).ShouldBe(1);
        var failed = report.Results.Where(r => r.Outcome == IngestOutcome.Failed).ToList();
        failed.Count.ShouldBe(7);
        foreach (var name in new[] { "a-empty.txt", "b-binary.txt", "c-invalid.txt", "d-broken.xml", "e-chrome-only.txt", "e-truncated.html", "missing.txt" })
            failed.ShouldContain(f => f.Error!.Contains(name), $"an error names {name}");
        failed.ShouldAllBe(f => !f.Error!.Contains('\n'));
        failed.ShouldContain(f => f.Error == "e-truncated.html: malformed HTML (ends inside an attribute value at line 2)");
        (await db.Articles.CountAsync()).ShouldBe(1, "failed documents leave no half-written article");
    }

    [Fact]
    public async Task Files_of_a_folder_that_no_reader_handles_are_reported_as_skipped_not_failed()
    {
        await using var store = await TempStore.CreateAsync();
        var dir = Path.Combine(store.Folder, "mixed");
        Directory.CreateDirectory(Path.Combine(dir, "sub"));
        File.WriteAllText(Path.Combine(dir, "notes.docx"), "not really a Word file");
        File.WriteAllText(Path.Combine(dir, "sources.json"), "{}");
        File.WriteAllText(Path.Combine(dir, "README"), "no extension");
        File.WriteAllText(Path.Combine(dir, "sub", "photo.JPG"), "x");
        File.WriteAllText(Path.Combine(dir, "sub", "story.TXT"),
            "Uzbek border guards detained two men who tried to cross the Amu Darya near Termez on 4 May 2022, the State Security Service said.");

        await using var db = store.Open();
        var report = await store.Service(db).IngestPathsAsync([dir]);

        report.Failed.ShouldBe(0);
        report.Skipped.ShouldBe(4);
        report.Results.Count(r => r.Outcome == IngestOutcome.Stored).ShouldBe(1, "extensions match case-insensitively");
        var skipped = report.Results.Where(r => r.Outcome == IngestOutcome.Skipped).ToDictionary(r => Path.GetFileName(r.Source), r => r.Error);
        skipped["notes.docx"].ShouldBe("notes.docx: unsupported file type '.docx'");
        skipped["sources.json"].ShouldBe("sources.json: unsupported file type '.json'");
        skipped["README"].ShouldBe("README: no file extension");
        skipped["photo.JPG"].ShouldBe("photo.JPG: unsupported file type '.JPG'");
        report.Results.Where(r => r.Outcome == IngestOutcome.Skipped).ShouldAllBe(r => r.ArticleId == null && r.IncidentIds.Count == 0);
        (await db.Articles.CountAsync()).ShouldBe(1);
    }

    [Fact]
    public async Task A_file_of_an_unsupported_type_named_on_its_own_fails()
    {
        await using var store = await TempStore.CreateAsync();
        var file = Path.Combine(store.Folder, "notes.docx");
        File.WriteAllText(file, "x");
        await using var db = store.Open();
        var result = (await store.Service(db).IngestPathsAsync([file])).Results.ShouldHaveSingleItem();
        result.Outcome.ShouldBe(IngestOutcome.Failed);
        result.Error.ShouldStartWith("notes.docx: unsupported file type '.docx' (supported: .txt");
    }

    [Fact]
    public async Task Each_feed_item_becomes_an_article()
    {
        await using var store = await TempStore.CreateAsync();
        await using var db = store.Open();
        const string feed = """
            <?xml version="1.0" encoding="utf-8"?>
            <rss version="2.0"><channel><title>Border Desk</title>
            <item><title>Clash on the Tajik-Afghan border</title><link>https://example.org/a</link><guid>a</guid>
              <pubDate>Tue, 07 Mar 2023 10:00:00 GMT</pubDate>
              <description>Tajik border guards exchanged fire with armed men who tried to cross the Panj river from Afghanistan on Monday, the border service said.</description></item>
            <item><title>Drills in Surkhandarya</title><link>https://example.org/b</link><guid>b</guid>
              <pubDate>Wed, 08 Mar 2023 10:00:00 GMT</pubDate>
              <description>Uzbek troops held military exercises near Termez on the Afghan border, the Defence Ministry of Uzbekistan said on Wednesday.</description></item>
            </channel></rss>
            """;
        var report = await store.Service(db).IngestContentAsync("desk.rss", Encoding.UTF8.GetBytes(feed));

        report.Results.Count.ShouldBe(2);
        report.Results.ShouldAllBe(r => r.Outcome == IngestOutcome.Stored);
        var articles = await db.Articles.Include(a => a.Outlet).OrderBy(a => a.Id).ToListAsync();
        articles.Select(a => a.FeedItemKey).ShouldBe(["a", "b"]);
        articles.ShouldAllBe(a => a.PublishedDateSource == PublishedDateSource.Metadata && a.Outlet!.Name == "Border Desk");
        articles[0].Published.ShouldBe(PartialDate.OfDay(2023, 3, 7));
        report.IncidentsFound.ShouldBeGreaterThanOrEqualTo(2);
    }

    [Fact]
    public async Task Syncing_the_gazetteer_twice_adds_nothing_the_second_time()
    {
        await using var store = await TempStore.CreateAsync();
        await using var db = store.Open();
        var before = (await db.Actors.CountAsync(), await db.ActorAliases.CountAsync(), await db.Places.CountAsync(), await db.BorderLengths.CountAsync());
        await store.Service(db).SyncGazetteerAsync();
        (await db.Actors.CountAsync(), await db.ActorAliases.CountAsync(), await db.Places.CountAsync(), await db.BorderLengths.CountAsync()).ShouldBe(before);
        before.Item1.ShouldBeGreaterThan(20);
        (await db.BorderSegments.SingleAsync(b => b.Code == "AFG-TKM")).StateA.ShouldBe("AFG");
    }
}
