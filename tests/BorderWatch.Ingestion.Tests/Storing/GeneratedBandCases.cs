using BorderWatch.Core.Generation;
using BorderWatch.Core.Store;
using BorderWatch.Core.Tests.Store;
using BorderWatch.Ingestion.Duplicates;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;

namespace BorderWatch.Ingestion.Tests.Storing;

/// <summary>
/// A store made by <c>generate</c> (the generator given the ingestion's near-copy print, as the CLI gives it) holds the
/// derived near-copy rows a real ingest writes: the web app's band back-fill finds nothing to do on it, its band rows
/// equal what that back-fill writes once they are removed, every article's SimHash is its text's, and an ingested copy
/// of a generated original is recognised as a near-copy of it. SQLite and PostgreSQL.
/// </summary>
public abstract class GeneratedBandCases(StoreFixture stores)
{
    [Fact]
    public async Task A_generated_store_has_the_band_rows_and_SimHashes_a_backfill_and_an_ingest_would_write()
    {
        var options = await stores.NewMigratedDatabaseAsync();
        await using var db = StoreSetup.Open(options);
        var service = new IngestionService(db, NullLogger<IngestionService>.Instance);
        await service.SyncGazetteerAsync();
        var result = await new StoreGenerator(db, 3) { Print = NearDuplicateIndex.PrintOf }.GenerateAsync(900);

        var originals = await db.Articles.AsNoTracking().Where(a => a.DuplicateOfId == null).Select(a => a.Id).ToListAsync();
        result.Duplicates.ShouldBeGreaterThan(0, "the store has syndicated copies, which get no bands");
        result.BandRows.ShouldBe(originals.Count * ShingleBands.Count, stores.ProviderName);
        var generated = await BandsAsync(db);
        generated.Select(r => r.ArticleId).Distinct().Order().ShouldBe(originals.Order());
        (await service.IndexNearDuplicatesAsync()).ShouldBe(0, "nothing left for the web app's first start to back-fill");

        await db.ArticleBands.ExecuteDeleteAsync();
        (await service.IndexNearDuplicatesAsync()).ShouldBe(originals.Count);
        (await BandsAsync(db)).ShouldBe(generated, "the generated band rows are the back-fill's");

        var texts = await db.Articles.AsNoTracking().Select(a => new { a.Id, a.SimHash, a.CleanedText, a.DuplicateOfId }).ToListAsync();
        texts.ShouldAllBe(a => a.SimHash == NearDuplicates.SimHash(a.CleanedText));

        // A copy of a generated original, with a line of site chrome, ingested: the near-copy rule finds the original.
        var original = texts.First(a => a.DuplicateOfId == null && a.CleanedText.Length > 600);
        var report = await service.IngestContentAsync("syndicated.txt", System.Text.Encoding.UTF8.GetBytes("Reprinted by Example Wire.\n\n" + original.CleanedText));
        report.Results.Single().Outcome.ShouldBe(IngestOutcome.Duplicate);
        report.Results.Single().DuplicateOfId.ShouldBe(original.Id);
    }

    private static async Task<List<(int ArticleId, short Band, long Value)>> BandsAsync(Core.Store.BorderWatchDbContext db) =>
        (await db.ArticleBands.AsNoTracking().OrderBy(b => b.ArticleId).ThenBy(b => b.Band).Select(b => new { b.ArticleId, b.Band, b.Value }).ToListAsync())
        .Select(b => (b.ArticleId, b.Band, b.Value)).ToList();
}

public sealed class SqliteGeneratedBandTests(SqliteFixture stores) : GeneratedBandCases(stores), IClassFixture<SqliteFixture>;

[Collection(IngestionPostgresCollection.Name)]
public sealed class PostgresGeneratedBandTests(PostgresFixture stores) : GeneratedBandCases(stores);
