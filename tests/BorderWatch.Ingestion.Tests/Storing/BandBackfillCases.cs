using BorderWatch.Core.Domain;
using BorderWatch.Core.Store;
using BorderWatch.Core.Tests.Store;
using BorderWatch.Ingestion.Duplicates;
using BorderWatch.Ingestion.Tests.Review;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;

namespace BorderWatch.Ingestion.Tests.Storing;

/// <summary>
/// The near-duplicate index's back-fill (articles stored before the band index) inserts set-based, several
/// transactions of <see cref="NearDuplicateIndex.BackfillArticles"/> articles: every original gets exactly the bands of
/// its text, copies get none, rows already there are kept, and a second run has nothing to do. SQLite and PostgreSQL.
/// </summary>
public abstract class BandBackfillCases(StoreFixture stores)
{
    private static string Text(int n) =>
        $"Report {n}: border guards of post {n * 7919 % 1000} counted {n % 13} crossings near village {n * 31 % 97} on day {n % 28 + 1}; " +
        $"the district office number {n} said the checkpoint {n * 17 % 89} stayed open while talks on sector {n % 41} went on.";

    [Fact]
    public async Task Articles_without_bands_get_the_bands_of_their_text_in_set_based_batches()
    {
        var options = await stores.NewMigratedDatabaseAsync();
        var originals = NearDuplicateIndex.BackfillArticles + 137;   // two transactions
        await using var db = StoreSetup.Open(options);
        var articles = Enumerable.Range(1, originals).Select(n => SampleIncidents.NewArticle($"old/{n:D4}.txt", Text(n))).ToList();
        db.Articles.AddRange(articles);
        await db.SaveChangesAsync();
        var copy = SampleIncidents.NewArticle("old/copy.txt", Text(1));
        copy.DuplicateOfId = articles[0].Id;
        db.Articles.Add(copy);
        // One article already has its bands (another writer's back-fill got there first): kept, not doubled.
        var first = ShingleBands.Of(NearDuplicates.Shingles(Text(1)));
        for (var b = 0; b < first.Length; b++) db.ArticleBands.Add(new ArticleBand { ArticleId = articles[0].Id, Band = (short)b, Value = first[b] });
        await db.SaveChangesAsync();
        db.ChangeTracker.Clear();

        var service = new IngestionService(db, NullLogger<IngestionService>.Instance);
        (await service.IndexNearDuplicatesAsync()).ShouldBe(originals - 1);
        (await service.IndexNearDuplicatesAsync()).ShouldBe(0, "a second run has nothing left to do");

        var stored = (await db.ArticleBands.AsNoTracking().ToListAsync()).ToLookup(r => r.ArticleId);
        stored.Count.ShouldBe(originals);
        stored[copy.Id].ShouldBeEmpty("a near-copy is not indexed");
        foreach (var (article, n) in articles.Select((a, i) => (a, i + 1)))
            stored[article.Id].OrderBy(r => r.Band).Select(r => r.Value).ShouldBe(ShingleBands.Of(NearDuplicates.Shingles(Text(n))), $"article {n}");
    }
}

public sealed class SqliteBandBackfillTests(SqliteFixture stores) : BandBackfillCases(stores), IClassFixture<SqliteFixture>;

[Collection(IngestionPostgresCollection.Name)]
public sealed class PostgresBandBackfillTests(PostgresFixture stores) : BandBackfillCases(stores);
