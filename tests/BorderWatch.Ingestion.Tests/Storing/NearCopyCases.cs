using System.Text;
using BorderWatch.Core;
using BorderWatch.Core.Domain;
using BorderWatch.Core.Store;
using BorderWatch.Core.Tests.Store;
using BorderWatch.Ingestion.Duplicates;
using BorderWatch.Ingestion.Pipeline;
using BorderWatch.Ingestion.Storing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.Logging.Abstractions;
using static BorderWatch.Ingestion.Tests.Storing.NearCopyTexts;

namespace BorderWatch.Ingestion.Tests.Storing;

/// <summary>
/// The one near-copy rule (<see cref="NearCopyLookup"/>), on a context's connection and through the batch writer, on
/// SQLite and PostgreSQL: the copy is found among many stored articles as a full scan would find it, also when more newer
/// originals share its bands than the lookup reads per band; the SimHashes the lookup keeps never outlive a rolled-back
/// transaction; the confirmation reads the originals' stored shingle hashes, not their texts (which it reads only for
/// originals stored without them).
/// </summary>
public abstract class NearCopyCases(StoreFixture stores)
{
    private async Task<BorderWatchDbContext> OpenStoreAsync()
    {
        var options = await stores.NewMigratedDatabaseAsync();
        var db = StoreSetup.Open(options);
        await Service(db).SyncGazetteerAsync();
        return db;
    }

    private static IngestionService Service(BorderWatchDbContext db) => new(db, NullLogger<IngestionService>.Instance, TempStore.Generous);

    /// <summary>Stores N distinct stories through one writer (no incidents: the pipeline is not what is tested here).</summary>
    private static async Task<List<(int Id, string Text)>> StoreStoriesAsync(BorderWatchDbContext db, int count)
    {
        await using var writer = new ArticleWriter(db, NullLogger.Instance);
        var stored = new List<(int, string)>();
        for (var n = 0; n < count; n++)
        {
            var text = Story(n);
            var analysis = new AnalyzedArticle(text, new DateContext(PartialDate.Unknown, PublishedDateSource.None, null), []);
            var result = await writer.WriteAsync(PreparedArticle.Of(TextArticles.Document($"story-{n}.txt", text), analysis), CancellationToken.None);
            result.Outcome.ShouldBe(IngestOutcome.Stored, result.Error);
            stored.Add((result.ArticleId!.Value, text));
        }
        return stored;
    }

    /// <summary>One lookup on the context's connection (in its transaction, if one is open), with what it confirmed from.</summary>
    private static async Task<int?> FindAsync(BorderWatchDbContext db, ShinglePrint print, CancellationToken ct, Action<NearCopyLookup>? after = null)
    {
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            using var lookup = new NearCopyLookup(db.Database.GetDbConnection());
            var found = await lookup.FindAsync(print, db.Database.CurrentTransaction?.GetDbTransaction(), ct);
            after?.Invoke(lookup);
            return found;
        }
        finally { await db.Database.CloseConnectionAsync(); }
    }

    /// <summary>An original's band and shingle rows, as the writer adds them (saved with the article, in its transaction).</summary>
    private static void AddOriginal(BorderWatchDbContext db, Article article, ShinglePrint print)
    {
        for (var b = 0; b < print.Bands.Count; b++)
            db.ArticleBands.Add(new ArticleBand { Article = article, Band = (short)b, Value = print.Bands[b] });
        db.ArticleShingles.Add(new ArticleShingles { Article = article, Hashes = print.Packed });
    }

    /// <summary>What the lookup decided before the index: every stored hash compared, then Jaccard on the five nearest.</summary>
    private static int? ByFullScan(IEnumerable<(int Id, string Text)> stored, string text)
    {
        var shingles = NearDuplicates.Shingles(text);
        var hash = NearDuplicates.SimHash(shingles);
        return stored.Select(s => (s.Id, s.Text, Distance: NearDuplicates.Distance(NearDuplicates.SimHash(s.Text), hash)))
            .Where(c => c.Distance <= NearDuplicates.CandidateDistance).OrderBy(c => c.Distance).ThenBy(c => c.Id).Take(NearCopyLookup.MaxConfirmed)
            .Where(c => NearDuplicates.Jaccard(shingles, NearDuplicates.Shingles(c.Text)) >= NearDuplicates.SameStoryThreshold)
            .Select(c => (int?)c.Id).FirstOrDefault();
    }

    private static async Task<IngestResult> IngestAsync(BorderWatchDbContext db, string name, string text)
    {
        var report = await Service(db).IngestContentAsync(name, Encoding.UTF8.GetBytes(text));
        return report.Results.ShouldHaveSingleItem();
    }

    [Fact]
    public async Task A_near_copy_is_found_among_many_articles_and_an_unrelated_story_is_not()
    {
        await using var db = await OpenStoreAsync();
        var stored = await StoreStoriesAsync(db, 300);
        (await db.ArticleBands.CountAsync()).ShouldBe(300 * ShingleBands.Count);

        var original = stored[217];
        var copy = Edited(original.Text, every: 40);
        NearDuplicates.Similarity(copy, original.Text).ShouldBeInRange(0.6, 0.95, "an edited copy, not the same text");
        ByFullScan(stored, copy).ShouldBe(original.Id);
        (await FindAsync(db, ShinglePrint.Of(copy), CancellationToken.None)).ShouldBe(original.Id);

        var unrelated = Story(100_000);
        ByFullScan(stored, unrelated).ShouldBeNull();
        (await FindAsync(db, ShinglePrint.Of(unrelated), CancellationToken.None)).ShouldBeNull();

        // Through the whole pipeline: stored as a near-copy of the original, linked (its incidents hidden, ADR 0015).
        var result = await IngestAsync(db, "partner-copy.txt", copy);
        result.Outcome.ShouldBe(IngestOutcome.Duplicate, result.Error);
        result.DuplicateOfId.ShouldBe(original.Id);
        (await db.ArticleBands.CountAsync(b => b.ArticleId == result.ArticleId)).ShouldBe(0, "a near-copy is not indexed: copies link to the original");
        (await IngestAsync(db, "unrelated.txt", unrelated)).Outcome.ShouldBe(IngestOutcome.Stored);
    }

    [Fact]
    public async Task Originals_are_stored_with_their_shingle_hashes_and_confirmed_from_them_not_from_their_text()
    {
        await using var db = await OpenStoreAsync();
        var stored = await StoreStoriesAsync(db, 30);
        var rows = await db.ArticleShingles.AsNoTracking().OrderBy(s => s.ArticleId).ToListAsync();
        rows.Select(r => r.ArticleId).ShouldBe(stored.Select(s => s.Id).Order());
        foreach (var (row, (_, text)) in rows.Zip(stored.OrderBy(s => s.Id))) row.Hashes.ShouldBe(ShinglePrint.Of(text).Packed);

        // The originals' texts changed under the lookup (as no product path does): the copy is still confirmed, from the
        // stored hashes alone.
        var original = stored[11];
        var copy = Edited(original.Text, every: 40);
        await db.Articles.ExecuteUpdateAsync(a => a.SetProperty(x => x.CleanedText, "Replaced text shares nothing with the story."));
        (int FromHashes, int FromTexts) confirmed = default;
        (await FindAsync(db, ShinglePrint.Of(copy), CancellationToken.None, l => confirmed = l.Confirmed)).ShouldBe(original.Id);
        confirmed.FromTexts.ShouldBe(0);
        confirmed.FromHashes.ShouldBeGreaterThan(0);

        // An original stored before the table (no row): confirmed from its text, which now says something else.
        await db.ArticleShingles.Where(s => s.ArticleId == original.Id).ExecuteDeleteAsync();
        (await FindAsync(db, ShinglePrint.Of(copy), CancellationToken.None, l => confirmed = l.Confirmed)).ShouldBeNull();
        confirmed.FromTexts.ShouldBe(1);
        await db.Articles.Where(a => a.Id == original.Id).ExecuteUpdateAsync(a => a.SetProperty(x => x.CleanedText, original.Text));
        (await FindAsync(db, ShinglePrint.Of(copy), CancellationToken.None)).ShouldBe(original.Id);

        // A near-copy the writer stores gets no row: copies link to their original and are never candidates.
        var result = await IngestAsync(db, "partner-copy.txt", copy);
        result.Outcome.ShouldBe(IngestOutcome.Duplicate, result.Error);
        (await db.ArticleShingles.AnyAsync(s => s.ArticleId == result.ArticleId)).ShouldBeFalse();
    }

    [Fact]
    public async Task A_near_copy_is_found_when_many_newer_originals_share_some_of_its_bands()
    {
        await using var db = await OpenStoreAsync();
        var stored = await StoreStoriesAsync(db, 3 * NearCopyLookup.BandCandidates + 1);
        var original = stored[0];
        // Every newer original shares the first half of the original's band values (more of them than the lookup
        // reads per band), as texts that repeat a passage do; the other half stays the original's own.
        await db.Database.ExecuteSqlRawAsync("""
            UPDATE "ArticleBands" SET "Value" = (SELECT o."Value" FROM "ArticleBands" o WHERE o."ArticleId" = {0} AND o."Band" = "ArticleBands"."Band")
            WHERE "ArticleId" <> {0} AND "Band" < 10
            """, original.Id);
        var shared = await db.ArticleBands.Where(b => b.ArticleId == original.Id && b.Band == 0).Select(b => b.Value).SingleAsync();
        (await db.ArticleBands.CountAsync(b => b.Value == shared)).ShouldBeGreaterThan(NearCopyLookup.BandCandidates);

        var copy = Edited(original.Text, every: 40);
        ByFullScan(stored, copy).ShouldBe(original.Id);
        (await FindAsync(db, ShinglePrint.Of(copy), CancellationToken.None)).ShouldBe(original.Id);
        // The writer's prepared statements keep the same rule.
        var result = await IngestAsync(db, "partner-copy.txt", copy);
        result.Outcome.ShouldBe(IngestOutcome.Duplicate, result.Error);
        result.DuplicateOfId.ShouldBe(original.Id);
    }

    [Fact]
    public async Task Copies_of_originals_the_same_writer_stored_are_found_whether_the_simhash_was_written_or_read()
    {
        await using var db = await OpenStoreAsync();
        var before = await StoreStoriesAsync(db, 5);   // another writer: this one reads their SimHashes
        await using var writer = new ArticleWriter(db, NullLogger.Instance);
        var results = new List<IngestResult>();
        foreach (var (name, text) in new[]
                 {
                     ("new-story.txt", Story(500)), ("copy-of-new.txt", Edited(Story(500), 40)),
                     ("copy-of-old.txt", Edited(before[3].Text, 40)), ("again-old.txt", Edited(before[3].Text, 30)),
                 })
        {
            await writer.StageAsync(TextArticles.Prepared(name, text), CancellationToken.None);
            if (name == "copy-of-new.txt") results.AddRange(await writer.CommitAsync(CancellationToken.None));
        }
        results.AddRange(await writer.CommitAsync(CancellationToken.None));
        results.Select(r => r.Outcome).ShouldBe([IngestOutcome.Stored, IngestOutcome.Duplicate, IngestOutcome.Duplicate, IngestOutcome.Duplicate]);
        results[1].DuplicateOfId.ShouldBe(results[0].ArticleId, "found within the group that wrote its original");
        results[2].DuplicateOfId.ShouldBe(before[3].Id);
        results[3].DuplicateOfId.ShouldBe(before[3].Id, "found again from what the lookup kept");
    }

    [Fact]
    public async Task What_a_rolled_back_transaction_wrote_is_not_kept_for_the_next()
    {
        await using var db = await OpenStoreAsync();
        await StoreStoriesAsync(db, 3);
        await db.Database.OpenConnectionAsync();
        using var lookup = new NearCopyLookup(db.Database.GetDbConnection());
        var (first, second) = (Story(700), Story(701));

        // An original this lookup wrote and found in a transaction that is rolled back (on SQLite its id is given out again).
        var firstId = await WriteAndFindAsync(first, wroteIt: true, commit: false);
        (await FindAsync(db, ShinglePrint.Of(Edited(first, 40)), CancellationToken.None)).ShouldBeNull();
        // Another text written next (as by another writer): its copy is found by its own SimHash, not the rolled-back one's.
        var secondId = await WriteAndFindAsync(second, wroteIt: false, commit: true);
        if (db.Database.IsSqlite()) secondId.ShouldBe(firstId, "the rolled-back id is given out again");
        lookup.Known.Begin();
        (await lookup.FindAsync(ShinglePrint.Of(Edited(second, 40)), null, CancellationToken.None)).ShouldBe(secondId);
        (await lookup.FindAsync(ShinglePrint.Of(Edited(first, 40)), null, CancellationToken.None)).ShouldBeNull();

        async Task<int> WriteAndFindAsync(string text, bool wroteIt, bool commit)
        {
            await using var tx = await db.Database.BeginTransactionAsync();
            lookup.Known.Begin();
            var print = ShinglePrint.Of(text);
            var article = SampleIncidents.NewArticle($"story-{text.Length}.txt", text);
            article.SimHash = print.SimHash;
            db.Articles.Add(article);
            AddOriginal(db, article, print);
            await db.SaveChangesAsync();
            db.ChangeTracker.Clear();
            if (wroteIt) lookup.Known.Remember(article.Id, article.SimHash);   // as the writer does for an original it wrote
            (await lookup.FindAsync(ShinglePrint.Of(Edited(text, 40)), tx.GetDbTransaction(), CancellationToken.None)).ShouldBe(article.Id);
            if (!commit) await tx.RollbackAsync();
            else
            {
                await tx.CommitAsync();
                lookup.Known.Committed();
            }
            return article.Id;
        }
    }

    [Fact]
    public async Task Articles_stored_before_the_index_get_their_bands_and_are_found_again()
    {
        await using var db = await OpenStoreAsync();
        var stored = await StoreStoriesAsync(db, 20);
        var before = await db.ArticleBands.AsNoTracking().OrderBy(b => b.ArticleId).ThenBy(b => b.Band).Select(b => b.Value).ToListAsync();
        await db.ArticleBands.ExecuteDeleteAsync();

        (await Service(db).IndexNearDuplicatesAsync()).ShouldBe(20);
        (await db.ArticleBands.AsNoTracking().OrderBy(b => b.ArticleId).ThenBy(b => b.Band).Select(b => b.Value).ToListAsync()).ShouldBe(before);
        (await FindAsync(db, ShinglePrint.Of(Edited(stored[7].Text, 40)), CancellationToken.None)).ShouldBe(stored[7].Id);
        (await Service(db).IndexNearDuplicatesAsync()).ShouldBe(0, "a second run has nothing left to do");
    }
}

public sealed class SqliteNearCopyTests(SqliteFixture stores) : NearCopyCases(stores), IClassFixture<SqliteFixture>;

[Collection(IngestionPostgresCollection.Name)]
public sealed class PostgresNearCopyTests(PostgresFixture stores) : NearCopyCases(stores);
