using System.Text;
using BorderWatch.Core.Domain;
using BorderWatch.Core.Queries;
using Microsoft.EntityFrameworkCore;

namespace BorderWatch.Ingestion.Tests.Storing;

/// <summary>
/// ADR 0015: a syndicated near-copy is a source in its own right. On a real SQLite store through the whole pipeline its
/// incidents are stored with excerpts into its own text, hidden (the store's rule for a copy), so lists and tallies count
/// the original's alone; the export carries the copy's records under its own doc, after its original's; re-ingesting
/// the copy changes nothing.
/// </summary>
public class NearCopyRecordsTests
{
    // A wire story of our own (no corpus sentence), and the same story as a partner site reprints it.
    private const string Wire = """
        Kyrgyz border guards detain three herders near Batken pass

        BATKEN, 14 May 2024 (Alai Wire) - Kyrgyz border guards detained three herders from Tajikistan on 13 May 2024 near the Karavshin pass after their flock crossed the line at dawn, the Border Service of Kyrgyzstan said.

        The herders were taken to the Batken district outpost and questioned for several hours before being handed back to Tajik officials at the Kairagach crossing.

        A spokesman for the border service said the flock of about two hundred sheep had strayed across an unmarked stretch of pasture that both sides claim.

        Local elders on both sides of the valley asked the two governments to mark the pasture line before the summer grazing season begins in earnest.

        The Tajik side has not commented on the detention, and officials in Isfara did not answer calls on Tuesday evening.
        """;

    private static string Reprint(string body) => $"""
        <html><head><title>Herders detained near Batken pass</title><meta property="og:site_name" content="Valley Courier"></head>
        <body><nav><a href="/">Home</a><a href="/region">Region</a></nav>
        <article>{string.Join("\n", body.Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(p => $"<p>{System.Net.WebUtility.HtmlEncode(p.Trim())}</p>"))}
        <p>This story was republished by arrangement with Alai Wire.</p></article>
        <footer>© Valley Courier. All rights reserved.</footer></body></html>
        """;

    private static async Task<(List<IncidentTally> Tallies, int Listed)> CountsAsync(Core.Store.BorderWatchDbContext db) =>
        ((await db.IncidentTallies.AsNoTracking().Where(t => t.Count > 0).ToListAsync())
            .OrderBy(t => t.BorderKey).ThenBy(t => t.Type).ThenBy(t => t.Status).ToList(),
         await db.Incidents.CountAsync(i => !i.Hidden));

    [Fact]
    public async Task A_near_copy_gets_its_own_hidden_incidents_with_excerpts_into_its_own_text()
    {
        await using var store = await TempStore.CreateAsync();
        await using var db = store.Open();
        var service = store.Service(db);
        var original = (await service.IngestContentAsync("alaiwire_herders.txt", Encoding.UTF8.GetBytes(Wire))).Results.ShouldHaveSingleItem();
        original.Outcome.ShouldBe(IngestOutcome.Stored, original.Error);
        original.IncidentIds.ShouldNotBeEmpty();
        var before = await CountsAsync(db);

        var copy = (await service.IngestContentAsync("courier_herders.html", Encoding.UTF8.GetBytes(Reprint(Wire)))).Results.ShouldHaveSingleItem();

        copy.Outcome.ShouldBe(IngestOutcome.Duplicate, copy.Error);
        copy.DuplicateOfId.ShouldBe(original.ArticleId);
        copy.IncidentIds.ShouldNotBeEmpty("the copy reported the detention too");
        var article = await db.Articles.AsNoTracking().SingleAsync(a => a.Id == copy.ArticleId);
        var incidents = await db.Incidents.AsNoTracking().Include(i => i.Excerpts).Where(i => i.ArticleId == copy.ArticleId).ToListAsync();
        incidents.Select(i => i.Id).Order().ShouldBe(copy.IncidentIds.Order());
        incidents.ShouldAllBe(i => i.Hidden && !i.Superseded);
        foreach (var excerpt in incidents.SelectMany(i => i.Excerpts))
            excerpt.Text.ShouldBe(article.CleanedText[excerpt.Start..excerpt.End], "an excerpt into the copy's own text");
        // Counted once: the listed incidents and every tally are the original's alone.
        var after = await CountsAsync(db);
        after.Listed.ShouldBe(before.Listed);
        after.Tallies.Select(t => (t.BorderKey, t.Type, t.Status, t.Count)).ShouldBe(before.Tallies.Select(t => (t.BorderKey, t.Type, t.Status, t.Count)));
        (await db.Incidents.CountAsync(i => i.ArticleId == original.ArticleId && i.Hidden)).ShouldBe(0);
        // Not a candidate of later copies: only originals are indexed.
        (await db.ArticleBands.CountAsync(b => b.ArticleId == copy.ArticleId)).ShouldBe(0);

        // Re-ingesting the copy is a no-op.
        var again = (await service.IngestContentAsync("courier_herders.html", Encoding.UTF8.GetBytes(Reprint(Wire)))).Results.ShouldHaveSingleItem();
        again.Outcome.ShouldBe(IngestOutcome.Unchanged);
        again.ArticleId.ShouldBe(copy.ArticleId);
        (await db.Incidents.CountAsync()).ShouldBe(original.IncidentIds.Count + copy.IncidentIds.Count);
    }

    [Fact]
    public async Task The_export_carries_the_copys_records_under_its_own_doc_after_the_originals_and_filters_them_alike()
    {
        await using var store = await TempStore.CreateAsync();
        await using var db = store.Open();
        var service = store.Service(db);
        var original = (await service.IngestContentAsync("alaiwire_herders.txt", Encoding.UTF8.GetBytes(Wire))).Results.Single();
        var copy = (await service.IngestContentAsync("courier_herders.html", Encoding.UTF8.GetBytes(Reprint(Wire)))).Results.Single();
        copy.Outcome.ShouldBe(IngestOutcome.Duplicate, copy.Error);

        var records = await IncidentExport.LoadAsync(db, new IncidentFilter());
        records.Select(r => r.Id).ShouldBe(original.IncidentIds.Order().Concat(copy.IncidentIds.Order()));
        records.Where(r => r.ArticleId == copy.ArticleId).ShouldAllBe(r => r.Doc == "courier_herders.html");
        records.Where(r => r.Doc == "courier_herders.html").ShouldAllBe(r => r.Excerpt != null);

        // The copy's records answer the same filter as the original's: a type neither reported gives neither.
        var other = Enum.GetValues<IncidentType>().First(t => records.All(r => r.Type != t.ToCode()));
        (await IncidentExport.LoadAsync(db, new IncidentFilter { Types = [other] })).ShouldBeEmpty();
        var first = Enum.GetValues<IncidentType>().Single(t => t.ToCode() == records[0].Type);
        (await IncidentExport.LoadAsync(db, new IncidentFilter { Types = [first] })).Select(r => r.Doc).Distinct()
            .ShouldBe(["alaiwire_herders.txt", "courier_herders.html"], ignoreOrder: true);

        // A copy's incident that an analyst rejects leaves the export as a listed one does.
        db.IncidentReviews.Add(new IncidentReview { IncidentId = copy.IncidentIds[0], Decision = ReviewDecision.Rejected, Analyst = "analyst", DecidedAt = DateTimeOffset.UtcNow });
        await db.SaveChangesAsync();
        (await IncidentExport.LoadAsync(db, new IncidentFilter())).Select(r => r.Id).ShouldNotContain(copy.IncidentIds[0]);
    }
}
